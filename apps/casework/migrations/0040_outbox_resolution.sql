-- Parked outbox messages (refused for good by the hub, or with no route) are shown to the CPAS's
-- administrator, who retries or resolves them (issue 12: never parked silently). A resolved message
-- stays recorded with who resolved it, when and why; it is no longer counted as parked.
ALTER TABLE outbox ADD COLUMN resolved_at timestamptz;
ALTER TABLE outbox ADD COLUMN resolved_by uuid REFERENCES users (id);
ALTER TABLE outbox ADD COLUMN resolution text CHECK (resolution IN ('sent-otherwise', 'no-longer-needed'));
ALTER TABLE outbox ADD CONSTRAINT outbox_resolution_complete CHECK ((resolved_at IS NULL) = (resolution IS NULL));
CREATE INDEX outbox_parked ON outbox (id) WHERE sent_at IS NULL AND resolved_at IS NULL AND next_attempt_at = 'infinity';
