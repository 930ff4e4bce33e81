-- Oversight (anchors §3.5, §7): the thresholds of every misuse indicator are settings; persons under
-- watch (public figures, staff members) carry who put them there, when and why; the indicators read
-- the audit log by period.

UPDATE settings SET value = value || '{"volumeOutlierFactor": 3, "personUsersThreshold": 5, "sensitivePersonThreshold": 1, "rankingSize": 10, "consultationThreshold": 40, "requesterInstitutionsThreshold": 3}'::jsonb, updated_at = now()
 WHERE key = 'oversight';

ALTER TABLE persons
  ADD COLUMN sensitive_reason text,
  ADD COLUMN sensitive_flagged_by uuid REFERENCES users (id),
  ADD COLUMN sensitive_flagged_at timestamptz;

CREATE INDEX audit_events_at ON audit_events (at);
