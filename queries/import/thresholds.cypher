// Numeric parameters pulled from an entry's text, each with the phrase it came from.
UNWIND $rows AS row
MATCH (e:Entry {id: row.entry})
MERGE (t:Threshold {id: row.id})
SET t.parameter = row.parameter, t.comparator = row.comparator, t.value = row.value, t.valueMax = row.valueMax,
    t.unit = row.unit, t.phrase = row.phrase
MERGE (e)-[:HAS_THRESHOLD]->(t)
