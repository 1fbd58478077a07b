// One page of entries matching the filter, in id order after the cursor (keyset pagination: stable under inserts).
// Anchored on the list: one list's entries are reached from it, so the cost does not grow with the other lists
// (a `$list IS NULL OR e.listId = $list` filter cannot use an index, and read every entry).
MATCH (l:ControlList)
WHERE $list IS NULL OR l.id = $list
CALL (l) { MATCH (e:Entry)-[:IN_LIST]->(l) RETURN e }
WITH e
WHERE ($category IS NULL OR e.category = $category)
  AND ($group IS NULL OR e.group = $group)
  AND ($kind IS NULL OR e.kind = $kind)
  AND ($itar IS NULL OR e.itar = $itar)
  AND ($after IS NULL OR e.id > $after)
  AND ($regime IS NULL OR EXISTS { (e)-[a:ATTRIBUTED_TO|PART_ATTRIBUTED_TO]->(:Regime {code: $regime}) WHERE $basis IS NULL OR a.basis = $basis })
  AND ($technology IS NULL OR EXISTS { (e)-[:CONTROLS]->(:Technology {id: $technology}) })
  AND ($hasThreshold IS NULL OR EXISTS { (e)-[:HAS_THRESHOLD]->() } = $hasThreshold)
RETURN e{.id, .listId, .code, .title, .text, .category, .group, .kind, .depth, .itar, .flags} AS entry
ORDER BY e.id
LIMIT $limit
