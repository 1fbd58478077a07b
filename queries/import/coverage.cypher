// Whether an entry of one regime is covered by another, within its list (seed/enrich/coverage.ts): one edge per
// (entry, examined regime, other regime), GAP included, with the units examined and the evidence as JSON.
UNWIND $rows AS row
MATCH (e:Entry {id: row.entry})
MATCH (b:Regime {code: row.against})
MERGE (e)-[c:COVERAGE {regime: row.regime}]->(b)
SET c.status = row.status, c.units = row.units, c.coveredUnits = row.coveredUnits, c.partialUnits = row.partialUnits,
    c.servedItems = row.servedItems, c.servedItemsUncovered = row.servedItemsUncovered, c.evidence = row.evidence
