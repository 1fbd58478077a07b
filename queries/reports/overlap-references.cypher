// Cross-regime references: an entry written for one regime (its origin: code digit or regime list) that names
// an entry written for another of $regimes. The evidence is the referencing phrase.
MATCH (a:Entry {kind: 'ENTRY'})-[ref:REFERENCES]->(b:Entry)
WHERE ($list IS NULL OR a.listId = $list)
  AND ($category IS NULL OR a.category = $category OR b.category = $category)
MATCH (a)-[:ATTRIBUTED_TO {basis: 'CODE_ORIGIN'}]->(ra:Regime)
MATCH (b)-[:ATTRIBUTED_TO {basis: 'CODE_ORIGIN'}]->(rb:Regime)
WHERE ra.code IN $regimes AND rb.code IN $regimes AND ra.code <> rb.code
RETURN a{.id, .listId, .code, .title, .category, .group, .kind} AS from, ra.code AS fromRegime,
       b{.id, .listId, .code, .title, .category, .group, .kind} AS to, rb.code AS toRegime,
       collect(DISTINCT ref.text)[0] AS evidence
ORDER BY from.code, to.code, from.listId
