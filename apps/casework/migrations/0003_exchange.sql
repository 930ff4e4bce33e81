-- The inter-CPAS exchange at the node: consultations asked by this CPAS and the summaries received
-- (R29–R35), and the per-person withholding decided by this CPAS as a provider (R31).

CREATE TABLE consultations (
  id uuid PRIMARY KEY,
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  purpose text NOT NULL,
  requested_by uuid NOT NULL REFERENCES users (id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  hub_leaf_index bigint
);
CREATE INDEX consultations_request ON consultations (request_id);

-- One row per provider. The summary is what the provider shared, kept with its provenance until it
-- expires from the receiving file (R35); it never pre-fills a decision (R34).
CREATE TABLE consultation_responses (
  consultation_id uuid NOT NULL REFERENCES consultations (id),
  provider_kbo char(10) NOT NULL,
  provider_name text NOT NULL,
  status text NOT NULL CHECK (status IN ('answered', 'no-file', 'withheld', 'pending', 'error')),
  reason_code text,
  summary jsonb,
  received_at timestamptz,
  expires_at timestamptz,
  hub_leaf_index bigint,
  attempts integer NOT NULL DEFAULT 1,
  correction_notified_at timestamptz,
  PRIMARY KEY (consultation_id, provider_kbo)
);
CREATE INDEX consultation_responses_expiry ON consultation_responses (expires_at) WHERE summary IS NOT NULL;

CREATE TABLE withholdings (
  person_id uuid PRIMARY KEY REFERENCES persons (id),
  reason_code text NOT NULL CHECK (reason_code IN ('victim-protection', 'legal-proceedings', 'person-request', 'other')),
  decided_by uuid NOT NULL REFERENCES users (id),
  decided_at timestamptz NOT NULL DEFAULT now()
);

-- The person's own words, attached to a decision wherever it is shared (R40; filled by the portal).
CREATE TABLE person_statements (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  decision_id uuid NOT NULL REFERENCES decisions (id),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  created_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO settings (key, value) VALUES ('exchange', '{"receivedSummaryDays": 120}');
