// Every country that takes part in some regime, in any view.
MATCH (c:Country)
RETURN c.iso2 AS iso2, c.name AS name
ORDER BY c.name
