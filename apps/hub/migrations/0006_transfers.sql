-- Transfers to the competent CPAS (flow 5, R7; law of 2 April 1965, art. 9bis): the first CPAS
-- forwards a request it is not competent for, the receiving CPAS answers (accepted or disputed).
-- The hub relays the message and keeps it here until the recipient acknowledges it: nothing is lost
-- when a recipient is down. It stores the person's pseudonym and the content encrypted by the sender
-- to the recipient — never a NISS, never readable content.

CREATE TABLE transfer_messages (
  id uuid PRIMARY KEY,
  transfer_id uuid NOT NULL,
  kind text NOT NULL CHECK (kind IN ('transfer', 'transfer-answer')),
  sender_kbo char(10) NOT NULL REFERENCES institutions (kbo),
  recipient_kbo char(10) NOT NULL REFERENCES institutions (kbo),
  person_pseudonym bytea NOT NULL,
  content text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  last_error text,
  delivered_at timestamptz,
  UNIQUE (transfer_id, kind, sender_kbo)
);
CREATE INDEX transfer_messages_due ON transfer_messages (next_attempt_at) WHERE delivered_at IS NULL;
