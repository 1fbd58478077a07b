// An area's entries in one list by index: each CONTROLS edge carries its entry's listId and its area's id, so a
// one-list question on a technology area seeks exactly that list's edges of that area (decision 0026) instead of
// reading every top-level entry of the list. Edges written before this migration get both properties here; an import
// writes them itself.
MATCH (e:Entry)-[c:CONTROLS]->(t:Technology)
WHERE c.listId IS NULL OR c.technology IS NULL
SET c.listId = e.listId, c.technology = t.id;
CREATE INDEX controls_list_technology IF NOT EXISTS FOR ()-[c:CONTROLS]-() ON (c.listId, c.technology);
