-- The index of the hub log entry about a transfer (issue 13, scope 4; ADR 0017): the hub's signed
-- `transfer-result` answer names the `transfer.forwarded` entry it appended, so the notice to the
-- person can carry that entry's offline proof (C2SP tlog-proof). NULL: not sent yet, sent by post,
-- or answered by a hub that does not give it.
ALTER TABLE transfers ADD COLUMN hub_leaf_index bigint CHECK (hub_leaf_index >= 0);
