// The list already loaded under this id, if any, with the digest of the file it came from.
MATCH (l:ControlList {id: $id})
RETURN l.sha256 AS sha256
