// Countries by regimes in one view: every participation of each country in $regimes, optionally only some statuses.
MATCH (c:Country)-[p:PARTICIPATES_IN {view: $view}]->(r:Regime)
WHERE r.code IN $regimes AND ($statuses IS NULL OR p.status IN $statuses)
RETURN c.iso2 AS iso2, c.name AS name,
       collect({regime: r.code, iso2: c.iso2, status: p.status, since: p.since, sinceNote: p.sinceNote, source: p.source, view: p.view}) AS participations
ORDER BY name
