// Derived at import (docs/decisions/0030): how many of the list's entries, by kind, are attributed to each regime
// (an ATTRIBUTED_TO or PART_ATTRIBUTED_TO edge of any basis), one REGIME_COUNT edge from the list to the regime per
// kind. The counts `entries(filter: {regime, kind, list})` asks when no other filter is given (the page's heatmap)
// are then a sum over lists instead of a walk over every entry. Written in the list's own transaction, after its
// attributions, so they are never of another data version than the edges they count.
MATCH (l:ControlList {id: $listId})
CALL (l) {
  MATCH (e:Entry)-[:IN_LIST]->(l)
  MATCH (e)-[:ATTRIBUTED_TO|PART_ATTRIBUTED_TO]->(r:Regime)
  WITH DISTINCT e, r
  RETURN r, e.kind AS kind, count(e) AS entries
}
CREATE (l)-[:REGIME_COUNT {kind: kind, entries: entries, rule: 'ENTRIES_ATTRIBUTED_BY_KIND'}]->(r)
