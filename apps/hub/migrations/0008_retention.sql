-- Retention at the hub (R42, issue 12 F6): every record class has its period (days, changed by the
-- operator), each run is recorded; a block's reason, the person's own words, is sealed at rest.
-- The exchange log (log_leaves, log_nodes, tree_heads) is not a record class: it is append-only
-- by design (ADR 0016) and holds pseudonyms and metadata only.
CREATE TABLE retention_settings (
  record_class text PRIMARY KEY,
  days integer NOT NULL CHECK (days >= 0),
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO retention_settings (record_class, days) VALUES
  ('ended-integrations', 1095),
  ('lifted-blocks', 730),
  ('delivered-correction-notices', 730),
  ('expired-replay-ids', 0),
  ('purge-runs', 730);

CREATE TABLE purge_runs (
  id bigserial PRIMARY KEY,
  ran_at timestamptz NOT NULL,
  trigger text NOT NULL CHECK (trigger IN ('scheduler', 'cli')),
  counts jsonb NOT NULL
);

-- Sealed by the hub (AES-256-GCM, key in its key directory, bound to the row's person and CPAS).
-- Reasons written before this migration are sealed by the next purge run.
ALTER TABLE blocks ADD COLUMN reason_sealed bytea;
ALTER TABLE blocks ALTER COLUMN reason DROP NOT NULL;
ALTER TABLE blocks ADD CONSTRAINT blocks_reason_kept CHECK (reason IS NOT NULL OR reason_sealed IS NOT NULL OR lifted_at IS NOT NULL);
