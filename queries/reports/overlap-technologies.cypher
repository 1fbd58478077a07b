// Technology areas in which every one of $regimes has entries: the entries per regime with their thresholds.
MATCH (t:Technology)<-[:CONTROLS]-(e:Entry {kind: 'ENTRY'})-[:ATTRIBUTED_TO]->(r:Regime)
WHERE r.code IN $regimes
  AND ($list IS NULL OR e.listId = $list)
  AND ($category IS NULL OR e.category = $category)
  AND NOT EXISTS { (e)-[:HAS_PART]->(:Entry {kind: 'ENTRY'}) }
WITH t, r.code AS regime, collect(DISTINCT e) AS entries
WITH t, collect({regime: regime, entries: entries}) AS perRegime
WHERE size(perRegime) = size($regimes)
UNWIND perRegime AS pr
UNWIND pr.entries AS e
WITH t, pr.regime AS regime, e,
     [(e)-[:HAS_THRESHOLD]->(th:Threshold) | th{.parameter, .comparator, .value, .valueMax, .unit, .phrase}] AS thresholds
WITH t, regime, collect({entry: e{.id, .listId, .code, .title, .category, .group, .kind}, thresholds: thresholds}) AS entries
RETURN t{.id, .name} AS technology, collect({regime: regime, entries: entries}) AS regimes
ORDER BY technology.name
