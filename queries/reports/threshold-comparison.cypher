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
     [(e)-[a:ATTRIBUTED_TO]->(r:Regime) WHERE r.code IN $regimes | r.code] AS entryRegimes
OPTIONAL MATCH (e)-[:HAS_THRESHOLD]->(t:Threshold)
WHERE areaParts IS NULL OR any(inArea IN areaParts WHERE t.part = inArea OR t.part STARTS WITH inArea + '.')
OPTIONAL MATCH (t)-[:IN_PART]->(p:Entry)
// The regimes each number belongs to were derived at import (seed/enrich/thresholdBelonging.ts): a reason row's to its
// regime, a paragraph's to the regimes reaching it (on the row's condition when it has one), the rest to the regimes
// reaching the whole entry.
WITH e, areaParts, entryRegimes, t, p,
     CASE WHEN t IS NULL THEN [] ELSE
       [i IN range(0, size(coalesce(t.belongsRegimes, [])) - 1) | {regime: t.belongsRegimes[i], via: t.belongsVias[i],
         condition: CASE WHEN t.belongsConditions[i] = '' THEN null ELSE t.belongsConditions[i] END}] END AS belongs
WITH e, areaParts, entryRegimes,
     collect(CASE WHEN t IS NULL THEN null ELSE t{.id, .parameter, .comparator, .value, .valueMax, .unit, .phrase, .role, .source, .regime,
       .reason, .clause, .rule, .baseUnit, .baseValue, .baseValueMax,
       paragraph: t.part, part: CASE WHEN p IS NULL THEN null ELSE p{.id, .listId, .code, .title, .category, .group, .kind} END,
       belongsTo: belongs} END) AS thresholds
RETURN e{.id, .listId, .code, .title, .category, .group, .kind} AS entry, entryRegimes, areaParts, thresholds
ORDER BY entry.listId, entry.code
