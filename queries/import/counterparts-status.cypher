// The version of the counterpart rules a list was last derived with (null: never).
MATCH (l:ControlList {id: $listId})
RETURN l.counterpartsVersion AS version
