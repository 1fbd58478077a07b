// Full-text search over code, title and text (index entry_text), best first; $lucene is escaped by the service.
CALL db.index.fulltext.queryNodes('entry_text', $lucene, {limit: $limit}) YIELD node, score
WHERE $list IS NULL OR node.listId = $list
RETURN node{.id, .listId, .code, .title, .text, .category, .group, .kind, .depth, .itar, .flags} AS entry, score
ORDER BY score DESC, node.id
LIMIT $limit
