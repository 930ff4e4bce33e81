-- Settings are data (R22); who changed a threshold or a retention period, when, and from what, is
-- kept (R43: every update is logged; the history makes the old value readable too).
CREATE TABLE settings_history (
  id bigserial PRIMARY KEY,
  key text NOT NULL,
  previous jsonb NOT NULL,
  value jsonb NOT NULL,
  changed_by uuid NOT NULL REFERENCES users (id),
  changed_at timestamptz NOT NULL
);
CREATE INDEX settings_history_key ON settings_history (key, changed_at);
