// Removes one view's participation facts before they are loaded afresh (a view is one source).
MATCH (:Country)-[p:PARTICIPATES_IN {view: $view}]->(:Regime)
DELETE p
