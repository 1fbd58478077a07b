// Participants of several regimes in one view, for a DataLoader batch keyed by regime code.
UNWIND $regimes AS regime
MATCH (c:Country)-[p:PARTICIPATES_IN {view: $view}]->(:Regime {code: regime})
RETURN regime, c.iso2 AS iso2, p.status AS status, p.since AS since, p.sinceNote AS sinceNote, p.source AS source, p.view AS view
ORDER BY regime, c.name
