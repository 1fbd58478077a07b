// How many loaded lists were written by another version of the import's derivations.
MATCH (l:ControlList)
WHERE coalesce(l.derivation, 0) <> $derivation
RETURN count(l) AS stale
