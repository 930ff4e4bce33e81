-- The CPAS's answers to the person's statements and the outcomes of their contests (R39, R40),
-- fetched from the hub (encrypted to the portal) and kept here so the person reads them on their page
-- in their language. The one thing the portal keeps about a person's file: what the CPAS told them.
-- Removed by the portal's retention (record class `person-replies`, 730 days after it was received).
CREATE TABLE person_replies (
  id uuid PRIMARY KEY,
  niss char(11) NOT NULL,
  request_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('statement-reply', 'contest-outcome')),
  provider_kbo char(10) NOT NULL,
  provider_name text NOT NULL,
  decision_ref text NOT NULL,
  outcome text CHECK (outcome IN ('upheld', 'corrected', 'rejected')),
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
  replied_at timestamptz NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_replies_person ON person_replies (niss, replied_at);

INSERT INTO retention_settings (record_class, days) VALUES ('person-replies', 730) ON CONFLICT (record_class) DO NOTHING;
