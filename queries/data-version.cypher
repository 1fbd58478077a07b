// The graph's data version: every import that changes something increments it.
OPTIONAL MATCH (d:Dataset {id: 'current'})
RETURN coalesce(d.version, 0) AS version
