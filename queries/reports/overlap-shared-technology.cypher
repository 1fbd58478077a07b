// Cross-regime technology links: two entries of one list, written for different regimes of $regimes,
// that fall in the same technology area. Each pair once, with the areas they share.
MATCH (a:Entry {kind: 'ENTRY'})-[:CONTROLS]->(t:Technology)<-[:CONTROLS]-(b:Entry {kind: 'ENTRY'})
WHERE a.listId = b.listId AND a.id < b.id
  AND ($list IS NULL OR a.listId = $list)
  AND ($category IS NULL OR a.category = $category OR b.category = $category)
MATCH (a)-[:ATTRIBUTED_TO]->(ra:Regime)
WHERE ra.code IN $regimes
MATCH (b)-[:ATTRIBUTED_TO]->(rb:Regime)
WHERE rb.code IN $regimes AND ra.code <> rb.code
  AND NOT EXISTS { (a)-[:ATTRIBUTED_TO]->(rb) } AND NOT EXISTS { (b)-[:ATTRIBUTED_TO]->(ra) }
WITH a, b, ra, rb, collect(DISTINCT t.name) AS areas
RETURN a{.id, .listId, .code, .title, .category, .group, .kind} AS from, ra.code AS fromRegime,
       b{.id, .listId, .code, .title, .category, .group, .kind} AS to, rb.code AS toRegime,
       'both in technology area: ' + reduce(s = head(areas), x IN tail(areas) | s + '; ' + x) AS evidence
ORDER BY from.code, to.code, from.listId
