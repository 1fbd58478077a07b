// Marks the data as changed: report caches are keyed on this version.
MERGE (d:Dataset {id: 'current'})
SET d.version = coalesce(d.version, 0) + 1, d.updatedAt = datetime()
RETURN d.version AS version
