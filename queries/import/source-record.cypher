// Records the digest of the files a non-list source was loaded from, so an unchanged re-run writes nothing.
MERGE (s:SourceLoad {source: $source})
SET s.sha256 = $sha256, s.files = $files, s.loadedAt = datetime()
