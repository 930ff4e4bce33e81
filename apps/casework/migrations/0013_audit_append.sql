-- R43/R44: extending the audit chain in one round trip. The function takes the chain's lock, reads
-- the last hash with a snapshot taken after the lock is granted (each statement of a VOLATILE
-- function takes a fresh snapshot) and inserts the events in order. Each hash is
-- SHA-256(previous hash ‖ UTF-8 of the event's canonical JSON), the JSON written by the application
-- exactly as verifyAuditChain recomputes it. The lock is then held only until the commit, not across
-- three round trips to a busy application process.
CREATE FUNCTION append_audit_events(
  p_at timestamptz[], p_user_id uuid[], p_role text[], p_action text[], p_record_type text[], p_record_id text[],
  p_person_id uuid[], p_outcome text[], p_reason text[], p_request_id text[], p_canonical text[]
) RETURNS void LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_previous bytea;
  v_hash bytea;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('rse.audit_events'));
  SELECT hash INTO v_previous FROM audit_events ORDER BY id DESC LIMIT 1;
  v_previous := coalesce(v_previous, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
  FOR i IN 1 .. coalesce(array_length(p_canonical, 1), 0) LOOP
    v_hash := sha256(v_previous || convert_to(p_canonical[i], 'UTF8'));
    INSERT INTO audit_events (at, user_id, role, action, record_type, record_id, person_id, outcome, reason, request_id, prev_hash, hash)
    VALUES (p_at[i], p_user_id[i], p_role[i], p_action[i], p_record_type[i], p_record_id[i], p_person_id[i], p_outcome[i], p_reason[i], p_request_id[i], v_previous, v_hash);
    v_previous := v_hash;
  END LOOP;
END $$;
