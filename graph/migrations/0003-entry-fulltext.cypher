// Full-text search over entry code, title and text (the standard analyzer splits 1C350.b into searchable tokens).
CREATE FULLTEXT INDEX entry_text IF NOT EXISTS FOR (e:Entry) ON EACH [e.code, e.title, e.text];
