// Before re-deriving one list's counterparts: removes its same-code comparisons and the no-counterpart reasons
// between it and the other lists (both ways), so the derivation can run again with the same result.
MATCH (l:ControlList {id: $listId})
OPTIONAL MATCH (e:Entry {listId: $listId, kind: 'ENTRY'})-[s:SAME_CODE]-(:Entry)
DELETE s
WITH DISTINCT l
OPTIONAL MATCH (e:Entry {listId: $listId, kind: 'ENTRY'})-[n:NO_COUNTERPART]->(:ControlList)
DELETE n
WITH DISTINCT l
OPTIONAL MATCH (:Entry)-[n:NO_COUNTERPART]->(l)
DELETE n
