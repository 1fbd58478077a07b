// Cross references between entries of one list ("See also 1C101", "controlled by 9A001 to 9A012").
UNWIND $rows AS row
MATCH (a:Entry {id: row.from})
MATCH (b:Entry {id: row.to})
MERGE (a)-[r:REFERENCES {key: row.key}]->(b)
SET r.kind = row.kind, r.toPart = row.toPart, r.text = row.text
