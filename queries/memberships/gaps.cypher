// Participants of one regime that do not take part in the other, in one view, both directions.
MATCH (c:Country)-[p:PARTICIPATES_IN {view: $view}]->(:Regime {code: $from})
WHERE NOT EXISTS { (c)-[:PARTICIPATES_IN {view: $view}]->(:Regime {code: $to}) }
RETURN c.iso2 AS iso2, $from AS regime, p.status AS status, p.since AS since, p.sinceNote AS sinceNote, p.source AS source, p.view AS view
ORDER BY c.name
