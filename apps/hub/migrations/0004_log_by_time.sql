-- The hub operator's usage report reads the exchange log by period (anchors §3.5 and §7: a
-- partner with access to a whole population instead of the relevant persons shows as volume).
CREATE INDEX log_leaves_appended_at ON log_leaves (appended_at);
