// The write transaction announced by import/commit-begin has committed (or failed): readers need not wait for it.
MATCH (c:ImportCommit {id: $id})
DELETE c
