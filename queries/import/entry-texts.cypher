// Every top-level entry's code, title, text, group and parts (in the list's order), to apply the technology taxonomy to
// (its text holds its parts' words, so parts are not assigned areas of their own, as in a list import; an area found
// in some paragraphs only covers those).
MATCH (e:Entry {kind: 'ENTRY'})
RETURN e.id AS id, e.code AS code, e.title AS title, e.text AS text, e.group AS group,
       COLLECT { MATCH (e)-[:HAS_PART*1..]->(p:Entry) RETURN p{.code, .text} ORDER BY p.ordinal } AS parts
