// Lookups and filters the API runs on entries: by code across lists, by list, category, product group and kind.
CREATE INDEX entry_code IF NOT EXISTS FOR (e:Entry) ON (e.code);
CREATE INDEX entry_list_code IF NOT EXISTS FOR (e:Entry) ON (e.listId, e.code);
CREATE INDEX entry_category IF NOT EXISTS FOR (e:Entry) ON (e.category);
CREATE INDEX entry_group IF NOT EXISTS FOR (e:Entry) ON (e.group);
CREATE INDEX entry_kind IF NOT EXISTS FOR (e:Entry) ON (e.kind);
