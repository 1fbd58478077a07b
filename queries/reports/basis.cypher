// What a report is computed from: the loaded lists with their versions and source digests, and the data version.
OPTIONAL MATCH (d:Dataset {id: 'current'})
WITH coalesce(d.version, 0) AS dataVersion
MATCH (l:ControlList)
WHERE ($list IS NULL AND (NOT $nationalOnly OR l.kind = 'NATIONAL')) OR l.id = $list
RETURN dataVersion, collect({id: l.id, title: l.title, version: l.version, sha256: l.sha256}) AS lists
