// Removes one list with its entries and their thresholds (a forced reload of the same version).
MATCH (l:ControlList {id: $id})
OPTIONAL MATCH (e:Entry)-[:IN_LIST]->(l)
OPTIONAL MATCH (e)-[:HAS_THRESHOLD]->(t:Threshold)
DETACH DELETE t, e
WITH DISTINCT l
DETACH DELETE l
