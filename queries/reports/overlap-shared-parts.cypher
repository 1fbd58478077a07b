// How many parts (sub-paragraphs) are attributed to every one of $regimes, each part by its own attribution.
MATCH (p:Entry {kind: 'PART'})
WHERE ($list IS NULL OR p.listId = $list)
  AND ($category IS NULL OR p.category = $category)
  AND all(code IN $regimes WHERE EXISTS { (p)-[:ATTRIBUTED_TO|PART_ATTRIBUTED_TO]->(:Regime {code: code}) })
RETURN count(p) AS total
