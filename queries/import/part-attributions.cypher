// A part's attribution to a regime (its own type, so that entry-level queries never wade through part edges): how its entry's statements reach it (via WHOLE_ENTRY, NAMED, WHOLE_EXCEPT,
// CHILDREN), whether only under conditions in words, with the statements' words and rules.
UNWIND $rows AS row
MATCH (p:Entry {id: row.entry})
MATCH (r:Regime {code: row.regime})
MERGE (p)-[a:PART_ATTRIBUTED_TO {basis: row.basis}]->(r)
SET a.scope = row.scope, a.column = row.column, a.via = row.via, a.conditional = row.conditional, a.rules = row.rules,
    a.wholeEntry = NOT row.conditional
