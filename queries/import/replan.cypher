// After an import: index statistics sampled again and the query caches cleared, so the statements that follow are
// planned on the data just written. Planned on statistics from before it, a one-list report may scan an index it
// should seek (the (listId, kind) index read whole, not at one list).
CALL db.prepareForReplanning(300)
