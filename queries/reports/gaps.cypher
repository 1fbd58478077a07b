// Entries attributed to $regime that $against does not cover: no attribution to $against, no reference or
// support link to an entry attributed to $against, and no technology area shared with such an entry
// (within the same list when $list is given). The areas $against reaches are collected once, first, so the
// cost grows with the size of the lists, not with its square.
CALL () {
  MATCH (t:Technology)<-[:CONTROLS]-(o:Entry)-[:ATTRIBUTED_TO]->(:Regime {code: $against})
  WHERE $list IS NULL OR o.listId = $list
  RETURN collect(DISTINCT t.id) AS coveredAreas
}
MATCH (e:Entry {kind: 'ENTRY'})
WHERE ($list IS NULL OR e.listId = $list)
  AND ($category IS NULL OR e.category = $category)
  // A heading of a regime list (MTCR item 2, NSG N1A) groups entries; only the entries themselves count.
  AND NOT EXISTS { (e)-[:HAS_PART]->(:Entry {kind: 'ENTRY'}) }
  AND EXISTS { (e)-[:ATTRIBUTED_TO]->(:Regime {code: $regime}) }
  AND NOT EXISTS { (e)-[:ATTRIBUTED_TO]->(:Regime {code: $against}) }
  AND NOT EXISTS { (e)-[:REFERENCES|SUPPORTS]-(o:Entry)-[:ATTRIBUTED_TO]->(:Regime {code: $against}) }
  AND NOT EXISTS { (e)-[:CONTROLS]->(t:Technology) WHERE t.id IN coveredAreas }
RETURN e{.id, .listId, .code, .title, .category, .group, .kind} AS entry,
       [(e)-[a:ATTRIBUTED_TO]->(r:Regime {code: $regime}) | {regime: r.code, basis: a.basis, scope: a.scope, wholeEntry: a.wholeEntry}] AS attributions,
       [(e)-[:CONTROLS]->(t:Technology) | t{.id, .name}] AS technologies
ORDER BY e.category, e.code, e.listId
