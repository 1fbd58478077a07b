// The technology areas with how many entries fall in each.
MATCH (t:Technology)
RETURN t.id AS id, t.name AS name, t.description AS description, t.regimes AS regimes, COUNT { (t)<-[:CONTROLS]-() } AS entryCount
ORDER BY t.name
