// Every loaded control list with the number of entries it holds. Only entries are IN_LIST a list (import/entries), so
// the count is the list's degree, read without visiting its entries.
MATCH (l:ControlList)
RETURN l.id AS id, l.jurisdiction AS jurisdiction, l.title AS title, l.version AS version, l.source AS source,
       l.sha256 AS sha256, l.kind AS kind, COUNT { (l)<-[:IN_LIST]-() } AS entryCount
ORDER BY l.kind, l.id
