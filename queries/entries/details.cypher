// Everything an entry links to, for a batch of entries in one round trip: attributions with their scope,
// reasons for control, references and supports both ways, same-code counterparts, technology areas,
// thresholds (a part's: those placed in it or its sub-paragraphs), parts and parent. Linked entries come back as summaries; their own details load lazily.
UNWIND $ids AS id
MATCH (e:Entry {id: id})
RETURN id,
  [(e)-[a:ATTRIBUTED_TO|PART_ATTRIBUTED_TO]->(r:Regime) | a{.basis, .scope, .wholeEntry, .column, .coverage, .parts, .exceptParts, .servedItems, .conditionalItems, .conditional, .via, .rules, regime: r.code}] AS attributions,
  [(e)-[c:CONTROLLED_FOR]->(cr:ControlReason) | {code: cr.code, name: cr.name, regime: c.regime, column: c.column, scope: c.scope, wholeEntry: c.wholeEntry, rule: c.rule}] AS reasons,
  [(e)-[r:REFERENCES]->(o:Entry) | {entry: o{.id, .listId, .code, .title, .category, .group, .kind}, kind: r.kind, toPart: r.toPart, text: r.text}] AS references,
  [(e)<-[r:REFERENCES]-(o:Entry) | {entry: o{.id, .listId, .code, .title, .category, .group, .kind}, kind: r.kind, toPart: r.toPart, text: r.text}] AS referencedBy,
  [(e)-[s:SUPPORTS]->(o:Entry) | {entry: o{.id, .listId, .code, .title, .category, .group, .kind}, phase: s.phase, toPart: s.toPart, reach: CASE WHEN coalesce(s.reach, '') = '' THEN [] ELSE split(s.reach, ' ') END, text: s.text}] AS supports,
  [(e)<-[s:SUPPORTS]-(o:Entry) | {entry: o{.id, .listId, .code, .title, .category, .group, .kind}, phase: s.phase, toPart: s.toPart, reach: CASE WHEN coalesce(s.reach, '') = '' THEN [] ELSE split(s.reach, ' ') END, text: s.text}] AS supportedBy,
  [(e)-[:HAS_CODE]->(:Code)<-[:HAS_CODE]-(o:Entry) | o{.id, .listId, .code, .title, .category, .group, .kind}] AS sameCode,
  [(e)-[c:CONTROLS]->(t:Technology) | {technology: t{.id, .name}, ruleId: c.ruleId, evidence: c.evidence, parts: c.parts}] AS technologies,
  CASE WHEN e.kind = 'PART'
    THEN COLLECT { MATCH (e)-[:HAS_PART*0..]->(:Entry)<-[:IN_PART]-(t:Threshold) RETURN DISTINCT t{.ordinal, .parameter, .comparator, .value, .valueMax, .unit, .phrase, .role, .source, .regime, .reason, .clause, .rule, paragraph: t.part,
    belongsTo: [i IN range(0, size(coalesce(t.belongsRegimes, [])) - 1) | {regime: t.belongsRegimes[i], via: t.belongsVias[i], condition: CASE WHEN t.belongsConditions[i] = '' THEN null ELSE t.belongsConditions[i] END}],
    part: head([(t)-[:IN_PART]->(p:Entry) | p{.id, .listId, .code, .title, .category, .group, .kind}])}
      ORDER BY t.ordinal }
    ELSE COLLECT { MATCH (e)-[:HAS_THRESHOLD]->(t:Threshold) RETURN t{.ordinal, .parameter, .comparator, .value, .valueMax, .unit, .phrase, .role, .source, .regime, .reason, .clause, .rule, paragraph: t.part,
    belongsTo: [i IN range(0, size(coalesce(t.belongsRegimes, [])) - 1) | {regime: t.belongsRegimes[i], via: t.belongsVias[i], condition: CASE WHEN t.belongsConditions[i] = '' THEN null ELSE t.belongsConditions[i] END}],
    part: head([(t)-[:IN_PART]->(p:Entry) | p{.id, .listId, .code, .title, .category, .group, .kind}])}
      ORDER BY t.ordinal } END AS thresholds,
  [(e)-[:HAS_PART]->(p:Entry) | p{.id, .listId, .code, .title, .category, .group, .kind}] AS parts,
  head([(p:Entry)-[:HAS_PART]->(e) | p{.id, .listId, .code, .title, .category, .group, .kind}]) AS parent
