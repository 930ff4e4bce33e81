-- R31: a CPAS withholds its summary of a person from every consultation (e.g. to protect a victim),
-- with a logged reason. The reason code travels in the answer (`withheld` + code); the worker's
-- explanation stays here and is never sent. Every withholding and lifting is kept with who and when.
ALTER TABLE withholdings ADD COLUMN note text CHECK (length(note) <= 1000);

CREATE TABLE withholding_events (
  id bigserial PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  action text NOT NULL CHECK (action IN ('withheld', 'lifted')),
  reason_code text CHECK (reason_code IN ('victim-protection', 'legal-proceedings', 'person-request', 'other')),
  note text CHECK (length(note) <= 1000),
  decided_by uuid NOT NULL REFERENCES users (id),
  decided_at timestamptz NOT NULL
);
CREATE INDEX withholding_events_person ON withholding_events (person_id, decided_at);
