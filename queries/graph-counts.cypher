// Node counts per label and relationship counts per type: the import's summary.
CALL () {
  MATCH (n) UNWIND labels(n) AS label RETURN 'node' AS kind, label AS name, count(*) AS count
  UNION ALL
  MATCH ()-[r]->() RETURN 'edge' AS kind, type(r) AS name, count(*) AS count
}
RETURN kind, name, count
ORDER BY kind DESC, name
