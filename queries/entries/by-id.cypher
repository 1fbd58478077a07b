// Entries by id, in the order asked (a DataLoader batch).
UNWIND $ids AS id
OPTIONAL MATCH (e:Entry {id: id})
RETURN id, e{.id, .listId, .code, .title, .text, .category, .group, .kind, .depth, .itar, .flags} AS entry
