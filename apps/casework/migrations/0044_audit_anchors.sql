-- Outside anchors (ADR 0017, R44): the heads of this CPAS's audit chain committed to the hub's
-- exchange log, with the log entry that holds each. `rse verify-audit` reads the anchors from the hub
-- (not from here: this table is as rewritable as the chain by the node's own administrator); this
-- table only says what was sent, so the schedule sends each new head once.
CREATE TABLE audit_anchors (
  event_id bigint PRIMARY KEY,
  head bytea NOT NULL,
  leaf_index bigint NOT NULL,
  anchored_at timestamptz NOT NULL DEFAULT now()
);
