// Same-code comparisons and no-counterpart reasons of a batch of entries, in one round trip. A comparison is stored
// once per pair, so it is read in either direction.
UNWIND $ids AS id
MATCH (e:Entry {id: id})
RETURN id,
  [(e)-[s:SAME_CODE]-(o:Entry) | {
    entry: o{.id, .listId, .code, .title, .category, .group, .kind}, verdict: s.verdict, rule: s.rule,
    titleSimilarity: s.titleSimilarity, textSimilarity: s.textSimilarity, evidence: s.evidence, sharedWords: s.sharedWords
  }] AS comparisons,
  [(e)-[n:NO_COUNTERPART]->(l:ControlList) | {list: l.id, reason: n.reason, rule: n.rule, evidence: n.evidence, source: n.source}] AS noCounterpart
