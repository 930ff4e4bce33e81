-- The index of a transfer's `transfer.forwarded` entry in the exchange log (ADR 0017), kept with the message:
-- a sender whose first answer was lost sends the transfer again and gets the same index back, so the
-- letter to the person still carries the offline proof of that entry.
ALTER TABLE transfer_messages ADD COLUMN leaf_index bigint;
