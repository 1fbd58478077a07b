// Entries attributed to $regime that the list does not control itself: ITAR placeholders ("subject to the ITAR"),
// controlled on the US Munitions List. They are neither regime hardware of the list nor gaps.
MATCH (e:Entry {kind: 'ENTRY', itar: true})-[a:ATTRIBUTED_TO]->(:Regime {code: $regime})
WHERE ($list IS NULL OR e.listId = $list)
  AND ($category IS NULL OR e.category = $category)
WITH e, collect(a.scope)[0] AS scope
RETURN e{.id, .listId, .code, .title, .category, .group, .kind} AS entry, scope
ORDER BY e.category, e.code, e.listId
