// Every top-level entry attributed to $regime with its coverage by $against, derived at import within its own
// list (seed/enrich/coverage.ts): status GAP, PARTIAL or COVERED, the units examined and the evidence. For gap
// rows, the technology areas shared with an $against entry of the same list come along as hints, never as coverage.
// Anchored on the list (the listId, kind index): one list's rows read that list's entries and no others.
MATCH (l:ControlList)
WHERE $list IS NULL OR l.id = $list
CALL (l) {
  MATCH (e:Entry {listId: l.id, kind: 'ENTRY'})-[c:COVERAGE {regime: $regime}]->(b:Regime)
  USING INDEX e:Entry(listId, kind)
  WHERE b.code = $against AND ($category IS NULL OR e.category = $category)
  RETURN e, c
}
WITH l, collect({entry: e, coverage: c}) AS rows
// The technology areas of the list's $against entries, read once per list and only when it has a gap row (areas are
// assigned to top-level entries only, seed/enrich/technologies.ts).
WITH l, rows,
     CASE WHEN any(row IN rows WHERE row.coverage.status = 'GAP')
       THEN COLLECT {
         MATCH (o:Entry {listId: l.id, kind: 'ENTRY'})-[:CONTROLS]->(t:Technology)
         USING INDEX o:Entry(listId, kind)
         WHERE EXISTS { (o)-[:ATTRIBUTED_TO]->(:Regime {code: $against}) }
         RETURN DISTINCT t.id }
       ELSE [] END AS againstAreas
UNWIND rows AS row
WITH l, row.entry AS e, row.coverage AS c, againstAreas
RETURN e{.id, .listId, .code, .title, .category, .group, .kind} AS entry,
       c{.status, .units, .coveredUnits, .partialUnits, .servedItems, .conditionalItems, .servedItemsUncovered, .evidence} AS coverage,
       [(e)-[a:ATTRIBUTED_TO]->(r:Regime {code: $regime}) | a{.basis, .scope, .wholeEntry, .column, .coverage, .parts, .exceptParts, .servedItems, .conditionalItems, .conditional, .via, .rules, regime: r.code}] AS attributions,
       [(e)-[:CONTROLS]->(t:Technology) | t{.id, .name}] AS technologies,
       CASE WHEN c.status = 'GAP'
         THEN [(e)-[a:ATTRIBUTED_TO]->(:Regime {code: $against}) WHERE a.basis = 'REASON_FOR_CONTROL' | a.scope]
         ELSE [] END AS againstRows,
       // For a gap row of the EU list: software or technology entries of $against's numbering that name the entry (often
       // its whole group, "specified in … 9B"), which the reason must account for.
       CASE WHEN c.status = 'GAP' AND l.jurisdiction = 'EU'
         THEN COLLECT { MATCH (e)<-[:SUPPORTS]-(s:Entry)-[:ATTRIBUTED_TO {basis: 'CODE_ORIGIN'}]->(:Regime {code: $against}) RETURN DISTINCT s.code AS code ORDER BY code }
         ELSE [] END AS againstServing,
       // For a gap row of a US list: software or technology entries that serve it under a row of $against over their
       // entire entry (9E002 "NS applies to entire entry" serves 9B116): a US reason, $against's only for its own items.
       CASE WHEN c.status = 'GAP' AND l.jurisdiction = 'US'
         THEN COLLECT {
           MATCH (e)<-[sp:SUPPORTS]-(s:Entry)
           UNWIND range(0, size(coalesce(sp.regimes, [])) - 1) AS i
           WITH s, sp, i WHERE sp.regimes[i] = $against AND sp.tieRules[i] = 'ITT_WHOLE_ROW'
           RETURN DISTINCT {code: s.code, words: sp.tieWords[i]} AS serving ORDER BY serving.code }
         ELSE [] END AS againstWholeRows,
       // For a hardware gap row: $against hardware it names by code as what it is used in or with (EU 9A118 "Devices to
       // regulate combustion usable in engines … specified in 9A011 or 9A111"), a lead the reason names, never coverage.
       CASE WHEN c.status = 'GAP' AND e.group IN ['A', 'B', 'C']
         THEN COLLECT {
           MATCH (e)-[r:REFERENCES {kind: 'ASSOCIATED_ITEM'}]->(o:Entry)
           WHERE o.id <> e.id AND o.group IN ['A', 'B', 'C'] AND r.text CONTAINS o.code
             AND EXISTS { (o)-[:ATTRIBUTED_TO]->(:Regime {code: $against}) }
           RETURN DISTINCT {code: o.code, words: r.text} AS named ORDER BY named.code, named.words }
         ELSE [] END AS againstNamed,
       CASE WHEN c.status = 'GAP'
         THEN [(e)-[:CONTROLS]->(t:Technology) WHERE t.id IN againstAreas | t{.id, .name}]
         ELSE [] END AS hints
ORDER BY e.category, e.code, e.listId
