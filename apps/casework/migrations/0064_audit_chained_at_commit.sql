-- The audit chain's lock held for the commit only (issue 14, ADR 0028). Since ADR 0027 a transaction appended its
-- events just before its COMMIT; the chain's lock, taken by that append, was then held while the application
-- received the answer and sent the COMMIT — a round trip through its event loop. In a burst of a large CPAS half
-- of the lock's holders were such transactions, idle, and every audited request queued behind them.
-- Now a transaction stages its events, unchained and without the lock, in audit_pending; a deferred constraint
-- trigger chains them at COMMIT, inside PostgreSQL: the lock is taken there and released with the commit.
-- A transaction sees only its own pending rows (another's are not visible before it commits), and takes them all
-- out before its commit: no row outlives its transaction, so the table is UNLOGGED (nothing of it goes to the WAL).
CREATE UNLOGGED TABLE audit_pending (
  position bigserial PRIMARY KEY,
  at timestamptz NOT NULL,
  user_id uuid,
  role text,
  action text NOT NULL,
  record_type text NOT NULL,
  record_id text,
  person_id uuid,
  outcome text NOT NULL,
  reason text,
  request_id text,
  canonical text NOT NULL
);

-- Fired for each staged row at COMMIT: the first firing chains all of the transaction's rows, in the order they were
-- staged, by append_audit_events (migration 0061); the others find none left.
CREATE FUNCTION chain_audit_pending() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  v record;
BEGIN
  WITH taken AS (DELETE FROM audit_pending RETURNING *)
  SELECT array_agg(at ORDER BY position) AS at, array_agg(user_id ORDER BY position) AS user_id,
         array_agg(role ORDER BY position) AS role, array_agg(action ORDER BY position) AS action,
         array_agg(record_type ORDER BY position) AS record_type, array_agg(record_id ORDER BY position) AS record_id,
         array_agg(person_id ORDER BY position) AS person_id, array_agg(outcome ORDER BY position) AS outcome,
         array_agg(reason ORDER BY position) AS reason, array_agg(request_id ORDER BY position) AS request_id,
         array_agg(canonical ORDER BY position) AS canonical
    INTO v FROM taken;
  IF v.canonical IS NOT NULL THEN
    PERFORM append_audit_events(v.at, v.user_id, v.role, v.action, v.record_type, v.record_id, v.person_id, v.outcome, v.reason,
                                v.request_id, v.canonical);
  END IF;
  RETURN NULL;
END $$;

CREATE CONSTRAINT TRIGGER audit_pending_chain AFTER INSERT ON audit_pending DEFERRABLE INITIALLY DEFERRED
  FOR EACH ROW EXECUTE FUNCTION chain_audit_pending();
