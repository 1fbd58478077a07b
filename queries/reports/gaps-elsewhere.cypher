// Entries attributed to $regime that the list does not control itself: ITAR placeholders ("subject to the ITAR"),
// controlled on the US Munitions List. They are neither regime hardware of the list nor gaps.
// Anchored on the list (the listId, kind index), so one list's question reads that list's entries and no others.
MATCH (l:ControlList)
WHERE $list IS NULL OR l.id = $list
CALL (l) {
  MATCH (e:Entry {listId: l.id, kind: 'ENTRY'})-[a:ATTRIBUTED_TO]->(:Regime {code: $regime})
  USING INDEX e:Entry(listId, kind)
  WHERE e.itar = true AND ($category IS NULL OR e.category = $category)
  RETURN e, a
}
WITH e, collect(a.scope)[0] AS scope
RETURN e{.id, .listId, .code, .title, .category, .group, .kind} AS entry, scope
ORDER BY e.category, e.code, e.listId
