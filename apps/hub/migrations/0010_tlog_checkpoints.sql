-- C2SP tlog-tiles beside RFC 9162 (ADR 0017). New leaves carry a commitment to the person's
-- pseudonym instead of the pseudonym itself: SHA-256("rse/subject-commitment/v1\n" || pseudonym ||
-- opening). The 32-byte opening stays here and goes only to the person (through the portal), so a
-- reader of the public tiles cannot link two entries about the same person.
ALTER TABLE log_leaves ADD COLUMN subject_opening bytea;

-- Checkpoints (C2SP signed notes) the hub published: signed by the hub and cosigned by a quorum of
-- witnesses. Append-only: a published checkpoint is evidence.
CREATE TABLE log_checkpoints (
  tree_size bigint PRIMARY KEY,
  root_hash bytea NOT NULL,
  note text NOT NULL,
  cosigners text[] NOT NULL,
  published_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER log_checkpoints_append_only BEFORE UPDATE OR DELETE ON log_checkpoints FOR EACH ROW EXECUTE FUNCTION refuse_log_change();

-- A checkpoint the witnesses did not bring to quorum (split view refused, witness down): kept for the
-- operator, never served.
CREATE TABLE log_checkpoint_failures (
  id bigserial PRIMARY KEY,
  tree_size bigint NOT NULL,
  root_hash bytea NOT NULL,
  cosigners text[] NOT NULL,
  reasons jsonb NOT NULL,
  failed_at timestamptz NOT NULL DEFAULT now()
);
