// Cross-regime references: an entry written for one regime (its origin: code digit or regime list) that names
// an entry written for another of $regimes. The evidence is the referencing phrase.
// Anchored on the list of the referencing entry (the listId, kind index), so one list's links read that list's entries.
MATCH (l:ControlList)
WHERE $list IS NULL OR l.id = $list
CALL (l) {
  MATCH (a:Entry {listId: l.id, kind: 'ENTRY'})-[:ATTRIBUTED_TO {basis: 'CODE_ORIGIN'}]->(ra:Regime)
  USING INDEX a:Entry(listId, kind)
  WHERE ra.code IN $regimes
  RETURN a, ra
}
MATCH (a)-[:REFERENCES]->(b:Entry)
WHERE ($category IS NULL OR a.category = $category OR b.category = $category)
WITH DISTINCT a, ra, b
MATCH (b)-[:ATTRIBUTED_TO {basis: 'CODE_ORIGIN'}]->(rb:Regime)
WHERE rb.code IN $regimes AND ra.code <> rb.code
// Of several phrases naming the same entry, the first as read from the named entry's side.
RETURN a{.id, .listId, .code, .title, .category, .group, .kind} AS from, ra.code AS fromRegime,
       b{.id, .listId, .code, .title, .category, .group, .kind} AS to, rb.code AS toRegime,
       head([(b)<-[ref:REFERENCES]-(x) WHERE x = a | ref.text]) AS evidence
ORDER BY from.code, to.code, from.listId
