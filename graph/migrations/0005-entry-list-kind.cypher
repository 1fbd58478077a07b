// A list's top-level entries by index: the one-list reports start from them (listId and kind 'ENTRY'), so their cost
// does not grow with the other lists loaded (decision 0024).
CREATE INDEX entry_list_kind IF NOT EXISTS FOR (e:Entry) ON (e.listId, e.kind);
