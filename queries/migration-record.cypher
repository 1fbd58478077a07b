// Records one applied migration so that a re-run skips it.
MERGE (m:Migration {id: $id})
SET m.checksum = $checksum, m.appliedAt = datetime()
