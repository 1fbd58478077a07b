// Announces that a write transaction is about to commit: readers wait while it is applied (docs/decisions/0017).
// The marker outlives a crashed writer by its lease only.
CREATE (c:ImportCommit {id: $id, until: datetime() + duration({milliseconds: $leaseMs})})
RETURN c.id AS id
