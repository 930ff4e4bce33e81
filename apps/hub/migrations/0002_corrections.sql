-- Corrections (flow 3, R39): when a provider corrects or annuls a decision it shared, the hub
-- notifies every institution that received that provider's summary about the person inside the
-- notice window. A notice waits here until the recipient has acknowledged it: nothing is lost when
-- a recipient is down. No NISS and no content: the pseudonym, the decision reference and a status.

CREATE TABLE correction_notices (
  id uuid PRIMARY KEY,
  correction_id uuid NOT NULL,
  provider_kbo char(10) NOT NULL REFERENCES institutions (kbo),
  recipient_kbo char(10) NOT NULL REFERENCES institutions (kbo),
  person_pseudonym bytea NOT NULL,
  decision_ref text NOT NULL,
  status text NOT NULL CHECK (status IN ('corrected', 'annulled')),
  corrected_at timestamptz NOT NULL,
  consultation_ids uuid[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  delivered_at timestamptz
);
CREATE INDEX correction_notices_due ON correction_notices (next_attempt_at) WHERE delivered_at IS NULL;
CREATE INDEX correction_notices_person ON correction_notices (person_pseudonym);
