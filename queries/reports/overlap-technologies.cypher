// Technology areas in which every one of $regimes has entries: the entries per regime with their thresholds.
// Anchored on the list (the listId, kind index): one list's areas read that list's entries and no others.
MATCH (l:ControlList)
WHERE $list IS NULL OR l.id = $list
CALL (l) {
  MATCH (t:Technology)<-[:CONTROLS]-(e:Entry {listId: l.id, kind: 'ENTRY'})-[:ATTRIBUTED_TO]->(r:Regime)
  USING INDEX e:Entry(listId, kind)
  WHERE r.code IN $regimes
    AND ($category IS NULL OR e.category = $category)
    AND NOT EXISTS { (e)-[:HAS_PART]->(:Entry {kind: 'ENTRY'}) }
  RETURN t, e, r
}
// Each regime's entries by code (then list): a defined order, not the order the graph happens to store them in.
WITH t, r, e
ORDER BY e.code, e.listId
WITH t, r.code AS regime, collect(DISTINCT e) AS entries
WITH t, collect({regime: regime, entries: entries}) AS perRegime
WHERE size(perRegime) = size($regimes)
UNWIND perRegime AS pr
UNWIND pr.entries AS e
WITH t, pr.regime AS regime, e,
     COLLECT { MATCH (e)-[:HAS_THRESHOLD]->(th:Threshold) RETURN th{.ordinal, .parameter, .comparator, .value, .valueMax, .unit, .phrase} ORDER BY th.ordinal } AS thresholds
WITH t, regime, collect({entry: e{.id, .listId, .code, .title, .category, .group, .kind}, thresholds: thresholds}) AS entries
RETURN t{.id, .name} AS technology, collect({regime: regime, entries: entries}) AS regimes
ORDER BY technology.name
