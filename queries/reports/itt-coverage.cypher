// Hardware entries (product groups A, B, C) attributed to $regime, each with the software (D) and technology (E)
// entries that serve it, per phase (and per paragraph, when they name paragraphs of it), and whether that support counts for $regime: only through the row or the code
// that ties the D/E entry to $regime (derived at import on the SUPPORTS edge). ITAR placeholders are not hardware
// of the list. Without $list, national lists only: the regime lists carry codes without text, so they have no support links.
// Anchored on the list (the listId, kind index: its top-level entries, not its parts), so one list's report reads
// that list's entries and no others.
MATCH (l:ControlList)
WHERE ($list IS NULL AND l.kind = 'NATIONAL') OR l.id = $list
CALL (l) {
  MATCH (h:Entry {listId: l.id, kind: 'ENTRY'})
  USING INDEX h:Entry(listId, kind)
  WHERE h.group IN ['A', 'B', 'C'] AND NOT h.itar
    AND ($category IS NULL OR h.category = $category)
    AND EXISTS { (h)-[:ATTRIBUTED_TO]->(:Regime {code: $regime}) }
  RETURN h
}
CALL (h) {
  OPTIONAL MATCH (s:Entry)-[sup:SUPPORTS]->(h)
  WITH s, collect(sup) AS links
  WHERE s IS NOT NULL
  WITH s, links, [x IN links WHERE $regime IN coalesce(x.regimes, [])] AS counting
  RETURN collect({
    entry: s{.id, .listId, .code, .title, .category, .group, .kind},
    phases: [x IN links | x.phase],
    regimePhases: [x IN counting | x.phase],
    evidence: links[0].text,
    parts: CASE WHEN any(x IN links WHERE x.toPart IS NULL) THEN [] ELSE [x IN links | x.toPart] END,
    regimeParts: CASE WHEN any(x IN counting WHERE x.toPart IS NULL) THEN [] ELSE [x IN counting | x.toPart] END,
    tieRule: CASE WHEN size(counting) > 0 THEN counting[0].tieRules[[i IN range(0, size(counting[0].regimes) - 1) WHERE counting[0].regimes[i] = $regime][0]] END,
    tieWords: CASE WHEN size(counting) > 0 THEN counting[0].tieWords[[i IN range(0, size(counting[0].regimes) - 1) WHERE counting[0].regimes[i] = $regime][0]] END,
    attributedToRegime: EXISTS { (s)-[:ATTRIBUTED_TO]->(:Regime {code: $regime}) }
  }) AS coveredBy
}
RETURN h{.id, .listId, .code, .title, .category, .group, .kind} AS entry, coveredBy,
       [(h)-[:CONTROLS]->(t:Technology) | t{.id, .name}] AS technologies
ORDER BY h.category, h.code, h.listId
