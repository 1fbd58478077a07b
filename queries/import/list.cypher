// One loaded source version.
MERGE (l:ControlList {id: $list.id})
SET l.jurisdiction = $list.jurisdiction, l.title = $list.title, l.version = $list.version,
    l.source = $list.source, l.sha256 = $list.sha256, l.kind = $list.kind, l.loadedAt = datetime(),
    l.issueCount = $issueCount, l.issues = $issues, l.derivation = $derivation
