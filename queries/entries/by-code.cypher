// One entry by list and code (the composite index on listId, code answers it).
MATCH (e:Entry {listId: $list, code: $code})
RETURN e{.id, .listId, .code, .title, .text, .category, .group, .kind, .depth, .itar, .flags} AS entry
