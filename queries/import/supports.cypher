// A software (D) or technology (E) entry serving hardware, per phase: what ITT coverage is computed from.
UNWIND $rows AS row
MATCH (a:Entry {id: row.from})
MATCH (b:Entry {id: row.to})
MERGE (a)-[s:SUPPORTS {phase: row.phase}]->(b)
SET s.toPart = row.toPart, s.text = row.text
