// Sub-paragraph structure: an entry HAS_PART its paragraphs, a paragraph its sub-paragraphs.
UNWIND $rows AS row
MATCH (parent:Entry {id: row.parent})
MATCH (child:Entry {id: row.child})
MERGE (parent)-[:HAS_PART]->(child)
