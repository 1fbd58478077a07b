// Keys of the graph model: each node type is merged on one constrained key, so imports are idempotent.
CREATE CONSTRAINT regime_code IF NOT EXISTS FOR (r:Regime) REQUIRE r.code IS UNIQUE;
CREATE CONSTRAINT country_iso2 IF NOT EXISTS FOR (c:Country) REQUIRE c.iso2 IS UNIQUE;
CREATE CONSTRAINT control_list_id IF NOT EXISTS FOR (l:ControlList) REQUIRE l.id IS UNIQUE;
// Entry ids are `<list id>:<code>`, e.g. `us-ccl@ecfr-2026:1C001.a.1`.
CREATE CONSTRAINT entry_id IF NOT EXISTS FOR (e:Entry) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT technology_id IF NOT EXISTS FOR (t:Technology) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT threshold_id IF NOT EXISTS FOR (t:Threshold) REQUIRE t.id IS UNIQUE;
CREATE CONSTRAINT control_reason_code IF NOT EXISTS FOR (r:ControlReason) REQUIRE r.code IS UNIQUE;
