// Hardware entries (product groups A, B, C) attributed to $regime, each with the software (D) and technology (E)
// entries that serve it, per phase, with the paragraphs each link reaches (`reach`: '' for the whole entry, else
// space-separated), and whether that support counts for $regime, and where: only through the row or the code that ties
// the D/E entry to $regime, and only in the paragraphs that tie reaches (derived at import on the SUPPORTS edge). ITAR placeholders are not hardware
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
  // Each link counting for $regime with the index of $regime in its parallel tie lists.
  WITH s, links, [x IN links WHERE $regime IN coalesce(x.regimes, []) | {link: x, i: [i IN range(0, size(x.regimes) - 1) WHERE x.regimes[i] = $regime][0]}] AS counting
  RETURN collect({
    entry: s{.id, .listId, .code, .title, .category, .group, .kind},
    phases: [x IN links | x.phase],
    regimePhases: [c IN counting | c.link.phase],
    // The words of a link that counts for $regime, when one does: 8E620.a for 8A620, not 8E620.y, which NS leaves out.
    evidence: CASE WHEN size(counting) > 0 THEN counting[0].link.text ELSE links[0].text END,
    reach: [x IN links | {phase: x.phase, parts: x.reach}],
    regimeReach: [c IN counting | {phase: c.link.phase, parts: c.link.tieParts[c.i]}],
    tieRule: CASE WHEN size(counting) > 0 THEN counting[0].link.tieRules[counting[0].i] END,
    tieWords: CASE WHEN size(counting) > 0 THEN counting[0].link.tieWords[counting[0].i] END,
    attributedToRegime: EXISTS { (s)-[:ATTRIBUTED_TO]->(:Regime {code: $regime}) }
  }) AS coveredBy
}
// The hardware's paragraphs that are $regime's (the units its gap report examines): reaching all of them is reaching
// the whole of what the regime controls there.
RETURN h{.id, .listId, .code, .title, .category, .group, .kind} AS entry, coveredBy,
       coalesce(head([(h)-[c:COVERAGE {regime: $regime}]->(:Regime) | c.units]), []) AS regimeUnits,
       [(h)-[:CONTROLS]->(t:Technology) | t{.id, .name}] AS technologies
ORDER BY h.category, h.code, h.listId
