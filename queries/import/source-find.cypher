// The digest of the files a non-list source (memberships, taxonomy) was last loaded from.
MATCH (s:SourceLoad {source: $source})
RETURN s.sha256 AS sha256
