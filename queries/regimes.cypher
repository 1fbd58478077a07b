// Every regime, in a stable order.
MATCH (r:Regime)
RETURN r.code AS code, r.name AS name
ORDER BY r.order, r.code
