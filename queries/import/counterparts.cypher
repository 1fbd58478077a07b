// Same-code comparisons, one relationship per pair (read in either direction): the verdict, the rule, both scores
// and the evidence (both headings, the scores, the shared words).
UNWIND $rows AS row
MATCH (a:Entry {id: row.from})
MATCH (b:Entry {id: row.to})
MERGE (a)-[s:SAME_CODE]->(b)
SET s.verdict = row.verdict, s.rule = row.rule, s.titleSimilarity = row.titleSimilarity,
    s.textSimilarity = row.textSimilarity, s.evidence = row.evidence, s.sharedWords = row.sharedWords
