// Entries attributed to every one of $regimes (any basis), with each attribution and its scope.
// Anchored on the list (the listId, kind index): one list's question reads that list's entries and no others.
MATCH (l:ControlList)
WHERE $list IS NULL OR l.id = $list
CALL (l) {
  MATCH (e:Entry {listId: l.id, kind: 'ENTRY'})
  USING INDEX e:Entry(listId, kind)
  WHERE ($category IS NULL OR e.category = $category)
    // A heading of a regime list (MTCR item 2, NSG N1A) groups entries; only the entries themselves count.
    AND NOT EXISTS { (e)-[:HAS_PART]->(:Entry {kind: 'ENTRY'}) }
    AND all(code IN $regimes WHERE EXISTS { (e)-[:ATTRIBUTED_TO]->(:Regime {code: code}) })
  RETURN e
}
MATCH (e)-[a:ATTRIBUTED_TO]->(r:Regime)
WHERE r.code IN $regimes
WITH e, collect(a{.basis, .scope, .wholeEntry, .column, .coverage, .parts, .exceptParts, .servedItems, .conditionalItems, .conditional, .via, .rules, regime: r.code}) AS attributions
RETURN e{.id, .listId, .code, .title, .category, .group, .kind} AS entry, attributions
ORDER BY e.category, e.code, e.listId
