// Participation of countries in regimes, in one view, with status, year and source.
UNWIND $rows AS row
MERGE (c:Country {iso2: row.iso2})
ON CREATE SET c.name = row.country
WITH c, row
MATCH (r:Regime {code: row.regime})
MERGE (c)-[p:PARTICIPATES_IN {view: row.view}]->(r)
SET p.status = row.status, p.since = row.since, p.sinceNote = row.sinceNote, p.source = row.source
