// The ids of the loaded lists (to check a list argument and name the choices).
MATCH (l:ControlList)
RETURN l.id AS id
ORDER BY id
