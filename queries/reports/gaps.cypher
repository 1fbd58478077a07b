// Every top-level entry attributed to $regime with its coverage by $against, derived at import within its own
// list (seed/enrich/coverage.ts): status GAP, PARTIAL or COVERED, the units examined and the evidence. For gap
// rows, the technology areas shared with an $against entry of the same list come along as hints, never as coverage.
MATCH (e:Entry {kind: 'ENTRY'})-[c:COVERAGE {regime: $regime}]->(:Regime {code: $against})
WHERE ($list IS NULL OR e.listId = $list)
  AND ($category IS NULL OR e.category = $category)
RETURN e{.id, .listId, .code, .title, .category, .group, .kind} AS entry,
       c{.status, .units, .coveredUnits, .partialUnits, .servedItems, .servedItemsUncovered, .evidence} AS coverage,
       [(e)-[a:ATTRIBUTED_TO]->(r:Regime {code: $regime}) | a{.basis, .scope, .wholeEntry, .column, .coverage, .parts, .exceptParts, .conditional, .via, .rules, regime: r.code}] AS attributions,
       [(e)-[:CONTROLS]->(t:Technology) | t{.id, .name}] AS technologies,
       CASE WHEN c.status = 'GAP'
         THEN [(e)-[a:ATTRIBUTED_TO]->(:Regime {code: $against}) WHERE a.basis = 'REASON_FOR_CONTROL' | a.scope]
         ELSE [] END AS againstRows,
       // For a gap row of the EU list: software or technology entries of $against's numbering that name the entry (often
       // its whole group, "specified in … 9B"), which the reason must account for.
       CASE WHEN c.status = 'GAP' AND EXISTS { (e)-[:IN_LIST]->(:ControlList {jurisdiction: 'EU'}) }
         THEN COLLECT { MATCH (e)<-[:SUPPORTS]-(s:Entry)-[:ATTRIBUTED_TO {basis: 'CODE_ORIGIN'}]->(:Regime {code: $against}) RETURN DISTINCT s.code AS code ORDER BY code }
         ELSE [] END AS againstServing,
       CASE WHEN c.status = 'GAP'
         THEN [(e)-[:CONTROLS]->(t:Technology) WHERE EXISTS { (t)<-[:CONTROLS]-(o:Entry {listId: e.listId})-[:ATTRIBUTED_TO]->(:Regime {code: $against}) } | t{.id, .name}]
         ELSE [] END AS hints
ORDER BY e.category, e.code, e.listId
