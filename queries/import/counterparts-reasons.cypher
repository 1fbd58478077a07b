// Why an entry has no agreeing counterpart in another list, in the sources' words.
UNWIND $rows AS row
MATCH (e:Entry {id: row.entry})
MATCH (l:ControlList {id: row.list})
MERGE (e)-[n:NO_COUNTERPART]->(l)
SET n.reason = row.reason, n.rule = row.rule, n.evidence = row.evidence, n.source = row.source
