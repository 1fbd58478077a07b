// The entries of $regimes in a technology area (or with the given codes), each threshold with the regimes it
// belongs to: a reason row's number to that row's regime; an item-text number to its paragraph's regimes
// (part-level PART_ATTRIBUTED_TO edges when the entry carries paragraph attributions, i.e. its edges have a
// `coverage`), else to the regimes attributed to the whole entry. A partial entry attribution never reaches
// a paragraph it may not cover.
// In one list the entries are found among that list's own (decisions 0024, 0026), so its comparison does not read more
// as other lists are loaded: an area's CONTROLS edges and the code index hold every list's entries.
CALL {
  // Across lists every list's entries in the area are wanted, and the area's own edges lead to exactly those. The
  // UNWIND yields no row when a list is given, so a one-list comparison never reads the edges of other lists.
  UNWIND CASE WHEN $list IS NULL AND $technology IS NOT NULL THEN [$technology] ELSE [] END AS areaId
  MATCH (:Technology {id: areaId})<-[c:CONTROLS]-(e:Entry {kind: 'ENTRY'})
  RETURN e, c.parts AS scope
  UNION
  // In one list, the area's edges of that list (the controls_list_technology index; areas belong to top-level entries).
  MATCH (e:Entry)-[c:CONTROLS {listId: $list, technology: $technology}]->(:Technology)
  USING INDEX c:CONTROLS(listId, technology)
  WHERE e.kind = 'ENTRY'
  RETURN e, c.parts AS scope
  UNION
  // The named codes, per list (the listId, code index): a code names an entry in each list that has it. A given list is
  // not looked up among the others, which would read every list node.
  UNWIND CASE WHEN $list IS NULL THEN COLLECT { MATCH (l:ControlList) RETURN l.id } ELSE [$list] END AS listId
  UNWIND $codes AS code
  MATCH (e:Entry {listId: listId, code: code})
  USING INDEX e:Entry(listId, code)
  WHERE e.kind = 'ENTRY'
  RETURN e, null AS scope
}
// The paragraphs the area covers in the entry: an edge's `parts` when the area's words were found only there (US 2B352
// is in agent-dissemination by 2B352.i, "Spraying or fogging systems"), else the whole entry (null), as it is for a named
// code. Only the thresholds of those paragraphs, and of the paragraphs under them, are the area's.
WITH e, collect(scope) AS scopes, count(*) AS found
WITH e, CASE WHEN size(scopes) < found THEN null ELSE reduce(all = [], s IN scopes | all + s) END AS areaParts
WHERE EXISTS { (e)-[:ATTRIBUTED_TO]->(r:Regime) WHERE r.code IN $regimes }
WITH e, areaParts,
     EXISTS { (e)-[a:ATTRIBUTED_TO]->(:Regime) WHERE a.coverage IS NOT NULL } AS byParagraph,
     [(e)-[a:ATTRIBUTED_TO]->(r:Regime) WHERE r.code IN $regimes | r.code] AS entryRegimes
OPTIONAL MATCH (e)-[:HAS_THRESHOLD]->(t:Threshold)
WHERE areaParts IS NULL OR any(inArea IN areaParts WHERE t.part = inArea OR t.part STARTS WITH inArea + '.')
OPTIONAL MATCH (t)-[:IN_PART]->(p:Entry)
WITH e, areaParts, entryRegimes, t, p,
     CASE
       WHEN t IS NULL THEN []
       WHEN t.source = 'REASON_ROW' THEN [x IN [t.regime] WHERE x IS NOT NULL | {regime: x, via: 'REASON_ROW', condition: null}]
       WHEN byParagraph AND p IS NOT NULL THEN [(p)-[pa:ATTRIBUTED_TO|PART_ATTRIBUTED_TO]->(r:Regime) |
         // A row that reaches the paragraph on a condition makes its numbers the regime's only on that condition, whether
         // the condition sets bounds of its own ("that meet or exceed the control criteria of ECCN 1C210", 1C007 "when the
         // dielectric constant is less than 6") or names a use or design ("when usable in “missiles”", 6A002 "that are
         // “specially designed” or modified to protect “missiles” against nuclear effects"): such values are not ranked.
         // An EXCEPT clause is no condition: what it excepts is read as exclusions (2B001's NP row), the rest is the regime's.
         CASE WHEN coalesce(pa.conditional, false) AND NOT pa.scope =~ '(?s).*\\bEXCEPT\\b.*'
           THEN {regime: r.code, via: 'CONDITIONAL_PARAGRAPH', condition: pa.scope}
           ELSE {regime: r.code, via: 'PARAGRAPH', condition: null} END]
         // A row that names no paragraph but parameters reaches every paragraph under them (1C116 "NP applies to items
         // that meet or exceed the parameters of 1C216").
         + [(e)-[a:ATTRIBUTED_TO]->(r:Regime) WHERE a.coverage = 'PARAMETERS'
              AND a.scope =~ '(?is).*\\b(?:meets?|meeting) or exceeds?\\b.*|.*\\b(?:parameters|criteria|characteristics)\\s+(?:of|in|stated in|specified in|described in)\\b.*'
            | {regime: r.code, via: 'CONDITIONAL_PARAGRAPH', condition: a.scope}]
       WHEN byParagraph THEN [(e)-[a:ATTRIBUTED_TO]->(r:Regime) WHERE a.coverage = 'WHOLE_ENTRY' | {regime: r.code, via: 'WHOLE_ENTRY', condition: null}]
       ELSE [(e)-[a:ATTRIBUTED_TO]->(r:Regime) WHERE a.wholeEntry | {regime: r.code, via: 'WHOLE_ENTRY', condition: null}]
     END AS belongs
WITH e, areaParts, entryRegimes,
     collect(CASE WHEN t IS NULL THEN null ELSE t{.id, .parameter, .comparator, .value, .valueMax, .unit, .phrase, .role, .source, .regime,
       .reason, .clause, .rule, .baseUnit, .baseValue, .baseValueMax,
       paragraph: t.part, part: CASE WHEN p IS NULL THEN null ELSE p{.id, .listId, .code, .title, .category, .group, .kind} END,
       belongsTo: belongs} END) AS thresholds
RETURN e{.id, .listId, .code, .title, .category, .group, .kind} AS entry, entryRegimes, areaParts, thresholds
ORDER BY entry.listId, entry.code
