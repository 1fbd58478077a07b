// Technology areas no longer in the taxonomy.
MATCH (t:Technology)
WHERE NOT t.id IN $ids
DETACH DELETE t
