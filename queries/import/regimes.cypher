// The regimes (reference data): merged on their code before anything points at them.
UNWIND $rows AS row
MERGE (r:Regime {code: row.code})
SET r.name = row.name, r.order = row.order
