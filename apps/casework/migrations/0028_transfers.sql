-- Transfer to the competent CPAS through the hub (R7; law of 2 April 1965, art. 9bis; domain §3.2).
-- The first CPAS's transfer (table transfers) now travels to the receiving CPAS as a signed message
-- (outbox topic `transfer`) and records the answer; the receiving CPAS keeps what it received in
-- incoming_transfers until it accepts the request (a new request keeping the original date) or
-- disputes its competence and refers the conflict to the SPP IS within 5 working days.

ALTER TABLE transfers
  ADD COLUMN hub_status text NOT NULL DEFAULT 'not-sent' CHECK (hub_status IN ('not-sent', 'queued', 'accepted', 'disputed')),
  ADD COLUMN answered_at timestamptz,
  ADD COLUMN answer_reason text CHECK (length(answer_reason) <= 2000);

CREATE TABLE incoming_transfers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The first CPAS's transfer id: a redelivered message is recorded once.
  hub_transfer_id uuid NOT NULL UNIQUE,
  from_kbo char(10) NOT NULL,
  from_name text NOT NULL,
  niss char(11) NOT NULL,
  family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 200),
  given_names text NOT NULL CHECK (length(given_names) <= 200),
  birth_date date,
  language text NOT NULL CHECK (language IN ('fr', 'nl', 'de')),
  kind text NOT NULL,
  original_received_at date NOT NULL,
  started_at date NOT NULL,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  received_at timestamptz NOT NULL,
  status text NOT NULL DEFAULT 'received' CHECK (status IN ('received', 'accepted', 'disputed')),
  request_id uuid REFERENCES aid_requests (id),
  dispute_reason text CHECK (length(dispute_reason) <= 2000),
  -- The referral of the conflict of competence to the SPP IS (within 5 working days of the dispute).
  escalated_at date,
  escalation_ref text CHECK (length(escalation_ref) <= 100),
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz
);
CREATE INDEX incoming_transfers_open ON incoming_transfers (received_at) WHERE status = 'received';
