// One page of entries matching the filter, in id order after the cursor (keyset pagination: stable under inserts).
// Read in the order of the entry-id index, from $idAfter to $idBefore, until the page is full: an entry id is
// '<list id>:<code>', so one list's entries are one range of that index and other lists cost nothing; a page of
// matches that are common stops after a few rows instead of reading and sorting the whole list.
MATCH (e:Entry)
WHERE e.id > $idAfter AND e.id < $idBefore
  AND ($category IS NULL OR e.category = $category)
  AND ($group IS NULL OR e.group = $group)
  AND ($kind IS NULL OR e.kind = $kind)
  AND ($itar IS NULL OR e.itar = $itar)
  AND ($regime IS NULL OR EXISTS { (e)-[a:ATTRIBUTED_TO|PART_ATTRIBUTED_TO]->(:Regime {code: $regime}) WHERE $basis IS NULL OR a.basis = $basis })
  AND ($technology IS NULL OR EXISTS { (e)-[:CONTROLS]->(:Technology {id: $technology}) })
  AND ($hasThreshold IS NULL OR EXISTS { (e)-[:HAS_THRESHOLD]->() } = $hasThreshold)
RETURN e{.id, .listId, .code, .title, .text, .category, .group, .kind, .depth, .itar, .flags} AS entry
ORDER BY e.id
LIMIT $limit
