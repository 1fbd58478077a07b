// An entry's technology areas, each with the rule that matched, the words it matched and, when the words were found
// in some paragraphs only, those paragraphs (`parts`; absent when the area covers the whole entry). The edge carries
// the entry's list and the area's id for the controls_list_technology index (one list's entries in an area).
UNWIND $rows AS row
MATCH (e:Entry {id: row.entry})
MATCH (t:Technology {id: row.technology})
MERGE (e)-[c:CONTROLS]->(t)
SET c.ruleId = row.ruleId, c.evidence = row.evidence, c.parts = row.parts, c.listId = e.listId, c.technology = t.id
