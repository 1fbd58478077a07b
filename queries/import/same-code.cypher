// The same entry code in two lists (EU 1C010 and US 1C010): linked once, read in both directions.
MATCH (e:Entry {listId: $listId, kind: 'ENTRY'})
MATCH (other:Entry {code: e.code, kind: 'ENTRY'})
WHERE other.listId <> $listId
MERGE (e)-[:SAME_CODE]-(other)
