// Full-text hits (index entry_text over code, title and text), best first, in two parts: entries whose title
// holds every word of the query ($titleLucene requires each word in the title field), then entries the words
// match anywhere ($lucene). Both are escaped by the service. The list filter applies before the limit, so
// another list's hits cannot crowd one list's out; $options carries Lucene's own limit only without a list.
CALL db.index.fulltext.queryNodes('entry_text', $titleLucene, $options) YIELD node, score
WHERE $list IS NULL OR node.listId = $list
WITH node, score
ORDER BY score DESC, node.id
LIMIT $limit
RETURN node{.id, .listId, .code, .title, .text, .category, .group, .kind, .depth, .itar, .flags} AS entry, score, true AS inTitle
UNION ALL
CALL db.index.fulltext.queryNodes('entry_text', $lucene, $anyOptions) YIELD node, score
WHERE $list IS NULL OR node.listId = $list
WITH node, score
ORDER BY score DESC, node.id
LIMIT $anyLimit
RETURN node{.id, .listId, .code, .title, .text, .category, .group, .kind, .depth, .itar, .flags} AS entry, score, false AS inTitle
