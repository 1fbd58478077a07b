// The technology areas of the taxonomy (seed/taxonomy/technologies.json).
UNWIND $rows AS row
MERGE (t:Technology {id: row.id})
SET t.name = row.name, t.description = row.description, t.regimes = row.regimes
