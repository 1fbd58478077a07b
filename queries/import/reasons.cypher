// US reasons for control (NS, MT, NP, CB, CW and the US-only AT, RS, CC …) with each row's scope.
UNWIND $rows AS row
MATCH (e:Entry {id: row.entry})
MERGE (reason:ControlReason {code: row.reason})
SET reason.name = row.name, reason.regime = row.regime
MERGE (e)-[c:CONTROLLED_FOR {scope: row.scope}]->(reason)
SET c.column = row.column, c.wholeEntry = row.wholeEntry
