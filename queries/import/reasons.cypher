// US reasons for control (NS, MT, NP, CB, CW and the US-only AT, RS, CC …), one edge per License Requirements
// row with its scope, column, and the regime the row implements (null for a US-only row) with the rule that says so.
UNWIND $rows AS row
MATCH (e:Entry {id: row.entry})
MERGE (reason:ControlReason {code: row.reason})
SET reason.name = row.name
REMOVE reason.regime
MERGE (e)-[c:CONTROLLED_FOR {scope: row.scope}]->(reason)
SET c.column = row.column, c.wholeEntry = row.wholeEntry, c.regime = row.regime, c.rule = row.rule
