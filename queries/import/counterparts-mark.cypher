// Records which version of the counterpart rules the list's comparisons were derived with.
MATCH (l:ControlList {id: $listId})
SET l.counterpartsVersion = $version
RETURN l.id AS id
