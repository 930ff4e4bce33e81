-- Retention (R42, principle 8: short retention, no life-long record). The periods are settings; the
-- purge job records every run, dry runs included (R42: purge runs MUST be logged).

INSERT INTO settings (key, value) VALUES
  ('retention', '{"closedFileMonths": 120, "purgeIntervalHours": 24}');

ALTER TABLE aid_requests ADD COLUMN purged_at timestamptz;

CREATE TABLE purge_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  started_at timestamptz NOT NULL,
  finished_at timestamptz,
  is_dry_run boolean NOT NULL,
  trigger text NOT NULL CHECK (trigger IN ('cli', 'scheduler', 'api')),
  status text NOT NULL CHECK (status IN ('running', 'completed', 'failed')),
  -- What was (or, in a dry run, would be) removed: counts and the ids of the files concerned.
  counts jsonb NOT NULL DEFAULT '{}',
  items jsonb NOT NULL DEFAULT '[]',
  error text
);
