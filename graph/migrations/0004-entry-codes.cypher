// Entries with the same code in different lists share one (:Code) node instead of pairwise SAME_CODE edges,
// which would grow with the square of the number of lists (every national list uses 1C001).
CREATE CONSTRAINT code_value IF NOT EXISTS FOR (c:Code) REQUIRE c.value IS UNIQUE;
