// The technology area a threshold comparison is asked about, or no row when the id is unknown.
MATCH (t:Technology {id: $id})
RETURN t.id AS id, t.name AS name
