// How many entries of one kind (or any) are attributed to a regime, in one list or all: the sum of the counts each
// list's import derived (import/regime-counts). Asked for a filter of a regime, and at most a kind and a list.
MATCH (l:ControlList)
WHERE $list IS NULL OR l.id = $list
OPTIONAL MATCH (l)-[c:REGIME_COUNT]->(:Regime {code: $regime})
  WHERE $kind IS NULL OR c.kind = $kind
RETURN coalesce(sum(c.entries), 0) AS total
