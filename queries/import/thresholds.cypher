// Numeric thresholds of an entry, each placed in its paragraph: the part it sits in (IN_PART, when the source
// gives parts), its role (CONTROL, EXCLUSION, NOTE), its source (ITEM_TEXT, or REASON_ROW with that row's
// regime), the clause it was read from and the rule that placed it; its ordinal is its place in the entry's text; the
// regimes it belongs to (seed/enrich/thresholdBelonging.ts) as three lists of one length: regime, via, condition.
UNWIND $rows AS row
MATCH (e:Entry {id: row.entry})
MERGE (t:Threshold {id: row.id})
SET t.parameter = row.parameter, t.comparator = row.comparator, t.value = row.value, t.valueMax = row.valueMax,
    t.unit = row.unit, t.phrase = row.phrase, t.part = row.part, t.role = row.role, t.source = row.source,
    t.regime = row.regime, t.reason = row.reason, t.clause = row.clause, t.rule = row.rule,
    t.ordinal = row.ordinal, t.baseUnit = row.baseUnit, t.baseValue = row.baseValue, t.baseValueMax = row.baseValueMax,
    t.belongsRegimes = row.belongsRegimes, t.belongsVias = row.belongsVias, t.belongsConditions = row.belongsConditions
MERGE (e)-[:HAS_THRESHOLD]->(t)
WITH t, row
OPTIONAL MATCH (p:Entry {id: row.partId})
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | MERGE (t)-[:IN_PART]->(p))
