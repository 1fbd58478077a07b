// One entry lookup, in one statement: the entries of one list with any of the given codes (the readings of one typed
// code; the composite index on listId, code answers it), whether the list exists, so that an unknown list and an
// unknown code are told apart, and of each entry the links the query selects. $links holds a flag per link
// (attributions, reasons, references, referencedBy, supports, supportedBy, sameCode, technologies, thresholds, parts,
// parent): a link not asked for is not read (CASE evaluates only the branch taken), and comes back null. One text for
// every selection, so one plan. The links have the shapes of entries/details; an entry's thresholds are all its
// paragraphs', a part's those placed in it or its sub-paragraphs, each in their text order
// (their ordinal is in the map they return: sorting on a property left out of it did not keep the order).
OPTIONAL MATCH (l:ControlList {id: $list})
OPTIONAL MATCH (e:Entry {listId: $list})
  WHERE e.code IN $codes
WITH l, e
RETURN l IS NOT NULL AS listExists,
  collect(e{.id, .listId, .code, .title, .text, .category, .group, .kind, .depth, .itar, .flags,
    attributions: CASE WHEN $links.attributions THEN
      [(e)-[a:ATTRIBUTED_TO|PART_ATTRIBUTED_TO]->(r:Regime) | a{.basis, .scope, .wholeEntry, .column, .coverage, .parts, .exceptParts, .servedItems, .conditionalItems, .conditional, .via, .rules, regime: r.code}] END,
    reasons: CASE WHEN $links.reasons THEN
      [(e)-[c:CONTROLLED_FOR]->(cr:ControlReason) | {code: cr.code, name: cr.name, regime: c.regime, column: c.column, scope: c.scope, wholeEntry: c.wholeEntry, rule: c.rule}] END,
    references: CASE WHEN $links.references THEN
      [(e)-[r:REFERENCES]->(o:Entry) | {entry: o{.id, .listId, .code, .title, .category, .group, .kind}, kind: r.kind, toPart: r.toPart, text: r.text}] END,
    referencedBy: CASE WHEN $links.referencedBy THEN
      [(e)<-[r:REFERENCES]-(o:Entry) | {entry: o{.id, .listId, .code, .title, .category, .group, .kind}, kind: r.kind, toPart: r.toPart, text: r.text}] END,
    supports: CASE WHEN $links.supports THEN
      [(e)-[s:SUPPORTS]->(o:Entry) | {entry: o{.id, .listId, .code, .title, .category, .group, .kind}, phase: s.phase, toPart: s.toPart, reach: CASE WHEN coalesce(s.reach, '') = '' THEN [] ELSE split(s.reach, ' ') END, text: s.text}] END,
    supportedBy: CASE WHEN $links.supportedBy THEN
      [(e)<-[s:SUPPORTS]-(o:Entry) | {entry: o{.id, .listId, .code, .title, .category, .group, .kind}, phase: s.phase, toPart: s.toPart, reach: CASE WHEN coalesce(s.reach, '') = '' THEN [] ELSE split(s.reach, ' ') END, text: s.text}] END,
    sameCode: CASE WHEN $links.sameCode THEN
      [(e)-[:HAS_CODE]->(:Code)<-[:HAS_CODE]-(o:Entry) | o{.id, .listId, .code, .title, .category, .group, .kind}] END,
    technologies: CASE WHEN $links.technologies THEN
      [(e)-[c:CONTROLS]->(t:Technology) | {technology: t{.id, .name}, ruleId: c.ruleId, evidence: c.evidence, parts: c.parts}] END,
    thresholds: CASE WHEN $links.thresholds THEN
      CASE WHEN e.kind = 'PART'
        THEN COLLECT { MATCH (e)-[:HAS_PART*0..]->(:Entry)<-[:IN_PART]-(t:Threshold) RETURN DISTINCT t{.ordinal, .parameter, .comparator, .value, .valueMax, .unit, .phrase, .role, .source, .regime, .reason, .clause, .rule, paragraph: t.part,
        belongsTo: [i IN range(0, size(coalesce(t.belongsRegimes, [])) - 1) | {regime: t.belongsRegimes[i], via: t.belongsVias[i], condition: CASE WHEN t.belongsConditions[i] = '' THEN null ELSE t.belongsConditions[i] END}],
        part: head([(t)-[:IN_PART]->(p:Entry) | p{.id, .listId, .code, .title, .category, .group, .kind}])}
          ORDER BY t.ordinal }
        ELSE COLLECT { MATCH (e)-[:HAS_THRESHOLD]->(t:Threshold) RETURN t{.ordinal, .parameter, .comparator, .value, .valueMax, .unit, .phrase, .role, .source, .regime, .reason, .clause, .rule, paragraph: t.part,
        belongsTo: [i IN range(0, size(coalesce(t.belongsRegimes, [])) - 1) | {regime: t.belongsRegimes[i], via: t.belongsVias[i], condition: CASE WHEN t.belongsConditions[i] = '' THEN null ELSE t.belongsConditions[i] END}],
        part: head([(t)-[:IN_PART]->(p:Entry) | p{.id, .listId, .code, .title, .category, .group, .kind}])}
          ORDER BY t.ordinal } END END,
    parts: CASE WHEN $links.parts THEN
      [(e)-[:HAS_PART]->(p:Entry) | p{.id, .listId, .code, .title, .category, .group, .kind}] END,
    parent: CASE WHEN $links.parent THEN
      [(p:Entry)-[:HAS_PART]->(e) | p{.id, .listId, .code, .title, .category, .group, .kind}] END
  }) AS entries
