-- What the person sends (R39, R40), followed up in the file: a statement is read in full, answered
-- and marked handled; a contest goes received → under review → outcome (upheld, corrected or
-- rejected) with a motivation that is told to the person.
ALTER TABLE person_statements
  ADD COLUMN reply text CHECK (length(reply) BETWEEN 1 AND 2000),
  ADD COLUMN replied_at timestamptz,
  ADD COLUMN replied_by uuid REFERENCES users (id);

ALTER TABLE person_contests
  ADD COLUMN review_status text NOT NULL DEFAULT 'received'
    CHECK (review_status IN ('received', 'under-review', 'upheld', 'corrected', 'rejected')),
  ADD COLUMN review_started_at timestamptz,
  ADD COLUMN motivation text CHECK (length(motivation) BETWEEN 1 AND 2000),
  ADD COLUMN decided_at timestamptz,
  ADD COLUMN decided_by uuid REFERENCES users (id);

-- R35: an item received from another CPAS is kept beyond the received summary's expiry only when a
-- worker attaches it to the social file, with a justification. The item is copied as received
-- (a decision of rse.summary/1, with its provenance: which CPAS, when, which consultation) and
-- follows the file's retention.
CREATE TABLE attached_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  consultation_id uuid NOT NULL REFERENCES consultations (id),
  provider_kbo char(10) NOT NULL,
  provider_name text NOT NULL,
  summary_generated_at timestamptz NOT NULL,
  item_ref text NOT NULL,
  item jsonb NOT NULL,
  justification text NOT NULL CHECK (length(justification) BETWEEN 10 AND 1000),
  attached_by uuid NOT NULL REFERENCES users (id),
  attached_at timestamptz NOT NULL,
  UNIQUE (consultation_id, provider_kbo, item_ref)
);
CREATE INDEX attached_items_request ON attached_items (request_id);
