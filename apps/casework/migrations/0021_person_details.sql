-- What a worker knows of the person beyond the identity (issue "the social file a worker lives in"):
-- the postal address letters are sent to, sex, contact, the account aid is paid to, residence and
-- civil status. Each column is optional: a person is registered first and completed later. Changes
-- are kept in person_changes (who, when, which fields, old and new values) so the record has a history.
ALTER TABLE persons
  ADD COLUMN sex text CHECK (sex IN ('female', 'male', 'x')),
  ADD COLUMN address_street text CHECK (length(address_street) <= 200),
  ADD COLUMN address_postal_code text CHECK (address_postal_code ~ '^[0-9A-Z -]{2,10}$'),
  ADD COLUMN address_municipality text CHECK (length(address_municipality) <= 100),
  ADD COLUMN address_country char(2) NOT NULL DEFAULT 'BE' CHECK (address_country ~ '^[A-Z]{2}$'),
  ADD COLUMN phone text CHECK (length(phone) <= 40),
  ADD COLUMN email text CHECK (length(email) <= 254),
  ADD COLUMN iban text CHECK (iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$'),
  ADD COLUMN residence_status text CHECK (length(residence_status) <= 60),
  ADD COLUMN civil_status text CHECK (length(civil_status) <= 60),
  ADD COLUMN updated_at timestamptz;

CREATE TABLE person_changes (
  id bigserial PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  changed_at timestamptz NOT NULL DEFAULT now(),
  changed_by uuid REFERENCES users (id),
  -- { "field": { "from": old, "to": new }, ... } for the fields that changed.
  changes jsonb NOT NULL
);
CREATE INDEX person_changes_person ON person_changes (person_id, changed_at);
