// The same entry code in several lists (EU 1C010, US 1C010): every top-level entry points at its (:Code),
// so counterparts are one hop away through it, at a cost that grows with the number of lists, not its square.
MATCH (e:Entry {listId: $listId, kind: 'ENTRY'})
MERGE (c:Code {value: e.code})
MERGE (e)-[:HAS_CODE]->(c)
