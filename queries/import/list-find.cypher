// The list already loaded under this id, if any, with the digest of the file it came from and the version of
// the derivations (attributions, coverage, supports, thresholds) it was written with.
MATCH (l:ControlList {id: $id})
RETURN l.sha256 AS sha256, l.derivation AS derivation
