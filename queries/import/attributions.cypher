// An entry's attribution to a regime, one per basis, with the source's words as scope.
UNWIND $rows AS row
MATCH (e:Entry {id: row.entry})
MATCH (r:Regime {code: row.regime})
MERGE (e)-[a:ATTRIBUTED_TO {basis: row.basis}]->(r)
SET a.scope = row.scope, a.wholeEntry = row.wholeEntry
