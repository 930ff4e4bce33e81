-- Outside anchors (ADR 0017, R44): each CPAS commits the head of its audit chain to the exchange
-- log on a schedule; this index lists a CPAS's anchors for its `rse verify-audit`.
CREATE TABLE log_anchor_entries (
  leaf_index bigint PRIMARY KEY REFERENCES log_leaves (leaf_index),
  kbo text NOT NULL,
  event_id bigint NOT NULL
);
CREATE INDEX log_anchor_entries_kbo ON log_anchor_entries (kbo, event_id);
CREATE TRIGGER log_anchor_entries_append_only BEFORE UPDATE OR DELETE ON log_anchor_entries FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
