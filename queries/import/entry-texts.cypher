// Every entry's code, title, text and group, to apply the technology taxonomy to.
MATCH (e:Entry)
RETURN e.id AS id, e.code AS code, e.title AS title, e.text AS text, e.group AS group
