// The graph's data version: every import that changes something increments it. `committing`: a write transaction
// is being committed now, so what a read sees may be part of it (docs/decisions/0017).
OPTIONAL MATCH (d:Dataset {id: 'current'})
RETURN coalesce(d.version, 0) AS version, EXISTS { MATCH (c:ImportCommit) WHERE c.until > datetime() } AS committing
