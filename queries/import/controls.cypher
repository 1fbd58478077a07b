// An entry's technology areas, each with the rule that matched and the words it matched.
UNWIND $rows AS row
MATCH (e:Entry {id: row.entry})
MATCH (t:Technology {id: row.technology})
MERGE (e)-[c:CONTROLS]->(t)
SET c.ruleId = row.ruleId, c.evidence = row.evidence
