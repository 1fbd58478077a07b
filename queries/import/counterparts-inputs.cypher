// What the counterpart comparison reads for one list: its top-level entries with their control values, and those of
// every other national list of another jurisdiction (regime lists hold codes without text; another version of the same
// list is history, not a counterpart), with the same-code pairs between them found through the shared (:Code) node.
MATCH (l:ControlList {id: $listId})
OPTIONAL MATCH (o:ControlList {kind: 'NATIONAL'})
  WHERE l.kind = 'NATIONAL' AND o.jurisdiction <> l.jurisdiction
WITH l, collect(o) AS others
UNWIND [l] + others AS list
MATCH (e:Entry {listId: list.id, kind: 'ENTRY'})
RETURN list.id AS listId, list.jurisdiction AS jurisdiction, list.id = l.id AS isThisList,
  collect(e{.id, .code, .title, .text, .category, .itar,
    values: [(e)-[:HAS_THRESHOLD]->(t:Threshold) WHERE t.role = 'CONTROL' AND t.baseUnit IS NOT NULL AND t.baseValue IS NOT NULL |
      t{.parameter, .comparator, .value, .valueMax, .unit, .baseValue, .baseValueMax, .baseUnit, .part}]}) AS entries
