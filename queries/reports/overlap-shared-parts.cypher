// How many parts (sub-paragraphs) are attributed to every one of $regimes, each part by its own attribution.
// Anchored on the list, so one list's count does not read the parts of the others.
MATCH (l:ControlList)
WHERE $list IS NULL OR l.id = $list
CALL (l) { MATCH (p:Entry {kind: 'PART'})-[:IN_LIST]->(l) RETURN p }
WITH p
WHERE ($category IS NULL OR p.category = $category)
  AND all(code IN $regimes WHERE EXISTS { (p)-[:ATTRIBUTED_TO|PART_ATTRIBUTED_TO]->(:Regime {code: code}) })
RETURN count(p) AS total
