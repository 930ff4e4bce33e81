-- Retention of the transfers received from another CPAS (R42: every record class has a configurable
-- period; R7: a transfer the receiving CPAS disputes is referred to the SPP IS; R12: the person's
-- appeal to the labour court lies within 3 months). An incoming transfer holds the person's NISS,
-- name and birth date:
-- - accepted: the request it opened holds the same data; the transfer goes when that file is purged
--   (closedFileMonths after it closed, with the file);
-- - disputed: this CPAS has no file of the person; the transfer goes `incomingTransferMonths` after the
--   dispute (default 12, never under 3: the conflict of competence and the appeal window are over);
-- - received and not yet answered: kept, it is on the worklist until it is answered.
UPDATE settings SET value = value || '{"incomingTransferMonths": 12}'::jsonb, updated_at = now()
 WHERE key = 'retention' AND NOT value ? 'incomingTransferMonths';

CREATE INDEX incoming_transfers_disputed ON incoming_transfers (decided_at) WHERE status = 'disputed';
CREATE INDEX incoming_transfers_request ON incoming_transfers (request_id) WHERE request_id IS NOT NULL;
