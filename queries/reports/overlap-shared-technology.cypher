// Cross-regime technology links: two entries of one list, each attributed to exactly one of $regimes and not
// the same one, that fall in the same technology area. Entries are grouped per area, list and regime first,
// so pairs are only formed between groups. Each pair once, with the areas they share.
MATCH (e:Entry {kind: 'ENTRY'})-[:CONTROLS]->(t:Technology)
WHERE ($list IS NULL OR e.listId = $list)
  AND ($category IS NULL OR e.category = $category)
WITH e, t, reduce(acc = [], code IN [(e)-[:ATTRIBUTED_TO]->(r:Regime) WHERE r.code IN $regimes | r.code] |
                  CASE WHEN code IN acc THEN acc ELSE acc + code END) AS regimes
WHERE size(regimes) = 1
WITH t, e.listId AS list, regimes[0] AS regime, collect(e) AS entries
WITH t, list, collect({regime: regime, entries: entries}) AS groups
WHERE size(groups) >= 2
UNWIND groups AS x
UNWIND groups AS y
WITH t, x, y
// Direction follows the order the regimes were asked in: from the earlier regime to the later one.
WHERE size([i IN range(0, size($regimes) - 1) WHERE $regimes[i] = x.regime | i]) > 0
  AND [i IN range(0, size($regimes) - 1) WHERE $regimes[i] = x.regime][0] < [i IN range(0, size($regimes) - 1) WHERE $regimes[i] = y.regime][0]
UNWIND x.entries AS a
UNWIND y.entries AS b
WITH a, b, x.regime AS fromRegime, y.regime AS toRegime, collect(t.name) AS areas
RETURN a{.id, .listId, .code, .title, .category, .group, .kind} AS from, fromRegime,
       b{.id, .listId, .code, .title, .category, .group, .kind} AS to, toRegime,
       'both in technology area: ' + reduce(s = head(areas), x IN tail(areas) | s + '; ' + x) AS evidence
ORDER BY from.code, to.code, from.listId
