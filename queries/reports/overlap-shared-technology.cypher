// Cross-regime technology links: two entries of one list, each attributed to exactly one of $regimes and not
// the same one, that fall in the same technology area. Entries are grouped per area, list and regime first,
// so pairs are only formed between groups. Each pair once, with the areas they share. Anchored on the list (the
// listId, kind index): one list's links read that list's entries and no others. The shared areas are named in the
// taxonomy's order (the order its areas were written in), whatever order the entries reach them in, each with what
// placed both entries there: the paragraphs and words the area's rule matched (EU 9A112.b.2.a, 9A112.b.2.b "…
// Incorporating an «aerosol dispensing system»…"), or the code rule.
MATCH (area:Technology)
WITH collect(area) AS taxonomy
MATCH (l:ControlList)
WHERE $list IS NULL OR l.id = $list
CALL (l) {
  MATCH (e:Entry {listId: l.id, kind: 'ENTRY'})-[c:CONTROLS]->(t:Technology)
  USING INDEX e:Entry(listId, kind)
  WHERE $category IS NULL OR e.category = $category
  RETURN e, t, e.code + CASE WHEN c.parts IS NULL OR size(c.parts) = 0 THEN ''
                             ELSE ' (' + reduce(s = head(c.parts), p IN tail(c.parts) | s + ', ' + p) + ')' END
               + ': ' + c.evidence AS why
}
WITH taxonomy, e, t, why, reduce(acc = [], code IN [(e)-[:ATTRIBUTED_TO]->(r:Regime) WHERE r.code IN $regimes | r.code] |
                  CASE WHEN code IN acc THEN acc ELSE acc + code END) AS regimes
WHERE size(regimes) = 1
WITH taxonomy, t, e.listId AS list, regimes[0] AS regime, collect({entry: e, why: why}) AS entries
WITH taxonomy, t, list, collect({regime: regime, entries: entries}) AS groups
WHERE size(groups) >= 2
UNWIND groups AS x
UNWIND groups AS y
WITH taxonomy, t, x, y
// Direction follows the order the regimes were asked in: from the earlier regime to the later one.
WHERE size([i IN range(0, size($regimes) - 1) WHERE $regimes[i] = x.regime | i]) > 0
  AND [i IN range(0, size($regimes) - 1) WHERE $regimes[i] = x.regime][0] < [i IN range(0, size($regimes) - 1) WHERE $regimes[i] = y.regime][0]
UNWIND x.entries AS ax
UNWIND y.entries AS bx
WITH taxonomy, ax.entry AS a, bx.entry AS b, x.regime AS fromRegime, y.regime AS toRegime,
     collect({area: t, words: t.name + ' (' + ax.why + '; ' + bx.why + ')'}) AS shared
WITH a, b, fromRegime, toRegime, [area IN taxonomy WHERE any(s IN shared WHERE s.area = area) | head([s IN shared WHERE s.area = area]).words] AS areas
RETURN a{.id, .listId, .code, .title, .category, .group, .kind} AS from, fromRegime,
       b{.id, .listId, .code, .title, .category, .group, .kind} AS to, toRegime,
       'both in technology area: ' + reduce(s = head(areas), x IN tail(areas) | s + ' | ' + x) AS evidence
ORDER BY from.code, to.code, from.listId
