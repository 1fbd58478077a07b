// The entries of one list with any of the given codes (the readings of one typed code; the composite index on
// listId, code answers it), and whether the list exists, so that an unknown list and an unknown code are told
// apart in one round trip.
OPTIONAL MATCH (l:ControlList {id: $list})
OPTIONAL MATCH (e:Entry {listId: $list})
  WHERE e.code IN $codes
RETURN l IS NOT NULL AS listExists,
       collect(e{.id, .listId, .code, .title, .text, .category, .group, .kind, .depth, .itar, .flags}) AS entries
