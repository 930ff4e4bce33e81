-- R14 (RIS law art. 11 and RD of 11 Jul 2002, from general knowledge): the individualised social
-- integration project — a contract signed by the person and the CPAS, with objectives, periodic
-- evaluations (dated, with an outcome) and amendments. aid_requests.piis_signed_at stays the date the
-- PIIS deadline and the shareable summary read: the trigger keeps it equal to the signed contract's date.
CREATE TABLE piis_contracts (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  signed_at date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('employment', 'studies', 'social-integration')),
  duration_months integer CHECK (duration_months BETWEEN 1 AND 120),
  ended_at date,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX piis_contracts_one_current ON piis_contracts (request_id) WHERE ended_at IS NULL;

CREATE TABLE piis_objectives (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id uuid NOT NULL REFERENCES piis_contracts (id),
  position integer NOT NULL,
  text text NOT NULL CHECK (length(trim(text)) > 0 AND length(text) <= 2000),
  added_by_amendment uuid,
  withdrawn_by_amendment uuid,
  UNIQUE (contract_id, position)
);

CREATE TABLE piis_evaluations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id uuid NOT NULL REFERENCES piis_contracts (id),
  evaluated_at date NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('on-track', 'partly-met', 'not-met', 'met')),
  summary text CHECK (length(summary) <= 20000),
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX piis_evaluations_contract ON piis_evaluations (contract_id, evaluated_at);

CREATE TABLE piis_amendments (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  contract_id uuid NOT NULL REFERENCES piis_contracts (id),
  signed_at date NOT NULL,
  reason text NOT NULL CHECK (length(trim(reason)) > 0 AND length(reason) <= 5000),
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE piis_objectives
  ADD CONSTRAINT piis_objectives_added FOREIGN KEY (added_by_amendment) REFERENCES piis_amendments (id),
  ADD CONSTRAINT piis_objectives_withdrawn FOREIGN KEY (withdrawn_by_amendment) REFERENCES piis_amendments (id);

CREATE FUNCTION piis_contracts_signed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE aid_requests SET piis_signed_at = NEW.signed_at, updated_at = now() WHERE id = NEW.request_id;
  RETURN NEW;
END $$;
CREATE TRIGGER piis_contracts_signed AFTER INSERT ON piis_contracts FOR EACH ROW EXECUTE FUNCTION piis_contracts_signed();
