// Entries whose code is one of the readings of a typed code (the service writes each as the lists do), in any
// list or in one.
MATCH (e:Entry)
WHERE e.code IN $codes AND ($list IS NULL OR e.listId = $list)
RETURN e{.id, .listId, .code, .title, .text, .category, .group, .kind, .depth, .itar, .flags} AS entry
ORDER BY e.kind, e.listId
