-- The hub operator changes data from the web area (issue 12, scope 2; ADR 0020): the retention
-- periods of the hub's record classes, the policy rules (which summary items a quality code receives
-- for a purpose) and whether a quality code is in use. Each change keeps who, when, why and the
-- previous value, append-only, like institution_changes (migration 0009).
CREATE TABLE retention_setting_changes (
  id bigserial PRIMARY KEY,
  record_class text NOT NULL REFERENCES retention_settings (record_class),
  previous_days integer NOT NULL,
  days integer NOT NULL,
  operator text NOT NULL CHECK (length(operator) BETWEEN 1 AND 100),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX retention_setting_changes_class ON retention_setting_changes (record_class, id);
CREATE TRIGGER retention_setting_changes_append_only BEFORE UPDATE OR DELETE ON retention_setting_changes FOR EACH ROW EXECUTE FUNCTION refuse_log_change();

CREATE TABLE policy_changes (
  id bigserial PRIMARY KEY,
  target_kind text NOT NULL CHECK (target_kind IN ('policy-rule', 'quality-code')),
  target text NOT NULL CHECK (length(target) BETWEEN 1 AND 200),
  previous jsonb,
  value jsonb NOT NULL,
  operator text NOT NULL CHECK (length(operator) BETWEEN 1 AND 100),
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER policy_changes_append_only BEFORE UPDATE OR DELETE ON policy_changes FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
