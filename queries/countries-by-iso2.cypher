// Countries by ISO code, in the order asked (a DataLoader batch).
UNWIND $iso2s AS iso2
OPTIONAL MATCH (c:Country {iso2: iso2})
RETURN iso2, c.name AS name
