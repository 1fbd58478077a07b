// A software (D) or technology (E) entry serving hardware (or one paragraph of it: `key` is the paragraph, '' for
// the whole entry), per phase: what ITT coverage is computed from, with the paragraphs it reaches (`reach`, '' for
// the whole entry, else space-separated), the regimes it counts for, each with the rule, the words that tie the D/E
// entry to it and the paragraphs the tie reaches (`tieParts`, the same form; seed/enrich/supportTies.ts).
UNWIND $rows AS row
MATCH (a:Entry {id: row.from})
MATCH (b:Entry {id: row.to})
MERGE (a)-[s:SUPPORTS {phase: row.phase, key: row.key}]->(b)
SET s.toPart = row.toPart, s.reach = row.reach, s.text = row.text,
    s.regimes = row.regimes, s.tieRules = row.tieRules, s.tieWords = row.tieWords, s.tieParts = row.tieParts
