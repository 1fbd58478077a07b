// Entries of one list, merged on their id (`<list id>:<code>`).
UNWIND $rows AS row
MERGE (e:Entry {id: row.id})
SET e.listId = $listId, e.code = row.code, e.title = row.title, e.text = row.text, e.category = row.category,
    e.group = row.group, e.kind = row.kind, e.depth = row.depth, e.itar = row.itar, e.flags = row.flags,
    e.ordinal = row.ordinal
WITH e
MATCH (l:ControlList {id: $listId})
MERGE (e)-[:IN_LIST]->(l)
