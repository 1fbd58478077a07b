// An entry's attribution to a regime, one per basis: the union of its statements, resolved to the parts they
// reach (seed/enrich/attributions.ts), with the source's words, the Country-Chart column and the rules.
UNWIND $rows AS row
MATCH (e:Entry {id: row.entry})
MATCH (r:Regime {code: row.regime})
MERGE (e)-[a:ATTRIBUTED_TO {basis: row.basis}]->(r)
SET a.scope = row.scope, a.column = row.column, a.coverage = row.coverage, a.parts = row.parts, a.exceptParts = row.exceptParts, a.servedItems = row.servedItems, a.conditionalItems = row.conditionalItems,
    a.conditional = row.conditional, a.rules = row.rules, a.wholeEntry = row.wholeEntry
