-- Retention for every record class (R42, R45, principle 8). Beyond closed files and received
-- summaries: documents by their retention class (years after the file closed), expired sessions, sent
-- outbox messages, handled worklist notices, the purge records themselves, and the audit log.
--
-- The audit log (R45: access logs at least one year) keeps its hash chain verifiable when its oldest
-- part is removed: the purge deletes only a prefix of the chain and records, in audit_checkpoints, the
-- hash of the last event it removed; verification starts from that hash instead of the genesis.
-- Deleting stays impossible for anyone else: the append-only trigger lets a DELETE through only
-- inside the purge's own transaction (a transaction-local setting), and never a TRUNCATE.

UPDATE settings SET value = value || '{"auditLogMonths": 24, "sessionDays": 7, "outboxSentDays": 90, "handledNoticeMonths": 12, "purgeRunMonths": 60}'::jsonb, updated_at = now()
 WHERE key = 'retention';

CREATE TABLE audit_checkpoints (
  id bigserial PRIMARY KEY,
  created_at timestamptz NOT NULL DEFAULT now(),
  purge_run_id uuid,
  last_purged_id bigint NOT NULL,
  last_purged_hash bytea NOT NULL,
  purged_count integer NOT NULL
);

CREATE OR REPLACE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND current_setting('rse.audit_retention', true) = 'on' THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only';
END $$;

CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
  FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
