// Every participation of several countries, for a DataLoader batch keyed by ISO code.
UNWIND $iso2s AS iso2
MATCH (c:Country {iso2: iso2})-[p:PARTICIPATES_IN]->(r:Regime)
RETURN iso2, r.code AS regime, p.status AS status, p.since AS since, p.sinceNote AS sinceNote, p.source AS source, p.view AS view
ORDER BY iso2, r.order, p.view
