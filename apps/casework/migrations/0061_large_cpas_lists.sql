-- One large CPAS (issue 14): a user's lists (worklist, caseload, team view) are about open files, but an
-- assignment stays when its file closes (the worker still opens a closed file he was assigned, R23), so a
-- supervisor's lists looked up the ≈ 6,500 files the team was ever assigned to find the ≈ 650 still open.
-- Each assignment now carries whether its file is open, kept by the database itself: set from the file
-- when the assignment is written, and changed on all of a file's assignments when the file closes, is
-- transferred or reopens — whichever code changes the status. The lists start from the open ones; the
-- access rule (can_access_request, accessible_request_ids, team_request_ids) does not read the flag.

-- The statuses of an open file: OPEN_STATUSES of the aid-requests module.
CREATE FUNCTION is_open_request_status(p_status text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT p_status IN ('received', 'investigating', 'report-signed', 'decided', 'notified')
$$;

ALTER TABLE assignments ADD COLUMN request_open boolean NOT NULL DEFAULT true;
UPDATE assignments a SET request_open = false FROM aid_requests r WHERE r.id = a.request_id AND NOT is_open_request_status(r.status);

CREATE FUNCTION assignment_request_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.request_open := coalesce((SELECT is_open_request_status(r.status) FROM aid_requests r WHERE r.id = NEW.request_id), false);
  RETURN NEW;
END
$$;
CREATE TRIGGER assignments_request_open BEFORE INSERT OR UPDATE OF request_id, request_open ON assignments
  FOR EACH ROW EXECUTE FUNCTION assignment_request_open();

CREATE FUNCTION aid_request_assignments_open() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE assignments SET request_open = is_open_request_status(NEW.status) WHERE request_id = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER aid_requests_assignments_open AFTER UPDATE OF status ON aid_requests
  FOR EACH ROW WHEN (is_open_request_status(OLD.status) IS DISTINCT FROM is_open_request_status(NEW.status))
  EXECUTE FUNCTION aid_request_assignments_open();

-- A user's open assignments on open files, read from the index alone.
CREATE INDEX assignments_user_open_files ON assignments (user_id) INCLUDE (request_id) WHERE ended_at IS NULL AND request_open;

-- The files nobody holds (team view): the open files' ids in order, less those of an open assignment.
CREATE INDEX assignments_open_files_request ON assignments (request_id) WHERE ended_at IS NULL AND request_open;
CREATE INDEX aid_requests_open_received ON aid_requests (original_received_at) INCLUDE (id) WHERE is_open_request_status(status);

-- The open files whose team the user is on (team_request_ids among the open files).
CREATE FUNCTION open_team_request_ids(p_user_id uuid) RETURNS TABLE (request_id uuid) LANGUAGE sql STABLE AS $$
  SELECT a.request_id FROM assignments a WHERE a.user_id = p_user_id AND a.ended_at IS NULL AND a.request_open
  UNION
  SELECT a.request_id FROM users w JOIN assignments a ON a.user_id = w.id AND a.ended_at IS NULL AND a.request_open
   WHERE w.supervisor_id = p_user_id
$$;

-- The open files the user may open at a moment (accessible_request_ids among the open files).
CREATE FUNCTION open_accessible_request_ids(p_user_id uuid, p_at timestamptz) RETURNS TABLE (request_id uuid) LANGUAGE sql STABLE AS $$
  SELECT a.request_id FROM assignments a WHERE a.user_id = p_user_id AND a.ended_at IS NULL AND a.request_open
  UNION
  SELECT a.request_id FROM users w JOIN assignments a ON a.user_id = w.id AND a.ended_at IS NULL AND a.request_open
   WHERE w.supervisor_id = p_user_id
  UNION
  SELECT g.request_id FROM access_grants g JOIN aid_requests r ON r.id = g.request_id AND is_open_request_status(r.status)
   WHERE g.user_id = p_user_id AND g.expires_at > p_at
$$;

-- R43/R44: a search by name appends one audit event per person shown (up to 50). The chain is computed as in
-- migration 0013 — under the chain's lock, from the last hash, each hash SHA-256(previous hash ‖ UTF-8 of the
-- event's canonical JSON) — but the events are then inserted by one statement instead of one INSERT each, in
-- their order (the ids follow it): half the time under the lock for 50 events.
CREATE OR REPLACE FUNCTION append_audit_events(
  p_at timestamptz[], p_user_id uuid[], p_role text[], p_action text[], p_record_type text[], p_record_id text[],
  p_person_id uuid[], p_outcome text[], p_reason text[], p_request_id text[], p_canonical text[]
) RETURNS void LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  v_previous bytea;
  v_prev_hashes bytea[] := '{}';
  v_hashes bytea[] := '{}';
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('rse.audit_events'));
  SELECT hash INTO v_previous FROM audit_events ORDER BY id DESC LIMIT 1;
  v_previous := coalesce(v_previous, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea);
  FOR i IN 1 .. coalesce(array_length(p_canonical, 1), 0) LOOP
    v_prev_hashes[i] := v_previous;
    v_previous := sha256(v_previous || convert_to(p_canonical[i], 'UTF8'));
    v_hashes[i] := v_previous;
  END LOOP;
  INSERT INTO audit_events (at, user_id, role, action, record_type, record_id, person_id, outcome, reason, request_id, prev_hash, hash)
  SELECT e.at, e.user_id, e.role, e.action, e.record_type, e.record_id, e.person_id, e.outcome, e.reason, e.request_id, e.prev_hash, e.hash
    FROM unnest(p_at, p_user_id, p_role, p_action, p_record_type, p_record_id, p_person_id, p_outcome, p_reason, p_request_id,
                v_prev_hashes, v_hashes)
         WITH ORDINALITY AS e (at, user_id, role, action, record_type, record_id, person_id, outcome, reason, request_id, prev_hash, hash, n)
   ORDER BY e.n;
END $$;
