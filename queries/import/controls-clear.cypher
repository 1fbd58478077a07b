// Removes every technology assignment, before the taxonomy is applied afresh.
MATCH (:Entry)-[c:CONTROLS]->(:Technology)
DELETE c
