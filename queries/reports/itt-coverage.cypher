// Hardware entries (product groups A, B, C) attributed to $regime, each with the software (D) and
// technology (E) entries that support it, their phases, and whether those are attributed to $regime too.
// Without $list, national lists only: the regime lists carry codes without text, so they have no support links.
MATCH (h:Entry {kind: 'ENTRY'})-[:IN_LIST]->(l:ControlList)
WHERE h.group IN ['A', 'B', 'C']
  AND (($list IS NULL AND l.kind = 'NATIONAL') OR l.id = $list)
  AND ($category IS NULL OR h.category = $category)
  AND EXISTS { (h)-[:ATTRIBUTED_TO]->(:Regime {code: $regime}) }
CALL (h) {
  OPTIONAL MATCH (s:Entry)-[sup:SUPPORTS]->(h)
  WITH s, collect(DISTINCT sup.phase) AS phases, collect(sup.text)[0] AS evidence
  WHERE s IS NOT NULL
  RETURN collect({
    entry: s{.id, .listId, .code, .title, .category, .group, .kind},
    phases: phases,
    evidence: evidence,
    attributedToRegime: EXISTS { (s)-[:ATTRIBUTED_TO]->(:Regime {code: $regime}) }
  }) AS coveredBy
}
RETURN h{.id, .listId, .code, .title, .category, .group, .kind} AS entry, coveredBy,
       [(h)-[:CONTROLS]->(t:Technology) | t{.id, .name}] AS technologies
ORDER BY h.category, h.code, h.listId
