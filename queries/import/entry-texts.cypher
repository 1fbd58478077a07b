// Every top-level entry's code, title, text and group, to apply the technology taxonomy to (its text holds its
// parts' words, so parts are not assigned areas of their own, as in a list import).
MATCH (e:Entry {kind: 'ENTRY'})
RETURN e.id AS id, e.code AS code, e.title AS title, e.text AS text, e.group AS group
