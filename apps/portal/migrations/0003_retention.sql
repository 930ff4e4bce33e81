-- Retention at the portal (R42, issue 12 F6): a session holds the person's NISS and names only while
-- it is open; once ended or idle past its timeout it is deleted at the next run. Every record class
-- has its period (days, changed by the operator), each run is recorded.
CREATE TABLE retention_settings (
  record_class text PRIMARY KEY,
  days integer NOT NULL CHECK (days >= 0),
  updated_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO retention_settings (record_class, days) VALUES
  ('closed-sessions', 0),
  ('pending-logins', 0),
  ('resolved-log-alerts', 730),
  ('seen-tree-heads', 365),
  ('purge-runs', 730);

CREATE TABLE purge_runs (
  id bigserial PRIMARY KEY,
  ran_at timestamptz NOT NULL,
  trigger text NOT NULL CHECK (trigger IN ('scheduler', 'cli')),
  counts jsonb NOT NULL
);
CREATE INDEX sessions_ended ON sessions (ended_at) WHERE ended_at IS NOT NULL;
