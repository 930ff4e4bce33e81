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
