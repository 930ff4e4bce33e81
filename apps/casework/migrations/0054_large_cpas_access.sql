-- One large CPAS (issue 14): the lists of a user (worklist, caseload, team view) start from the user's own
-- files instead of asking `can_access_request` of every open file of the CPAS (50,000 in Antwerp or Brussels).
-- The rule is the one of migration 0020, written once more as a set: the files whose team the user is on
-- (assigned, or the supervisor of an assignee, assignment not ended) and those of an unexpired grant.
-- Both functions are single SQL statements, inlined by the planner into the query that calls them.

CREATE FUNCTION team_request_ids(p_user_id uuid) RETURNS TABLE (request_id uuid) LANGUAGE sql STABLE AS $$
  SELECT a.request_id FROM assignments a WHERE a.user_id = p_user_id AND a.ended_at IS NULL
  UNION
  SELECT a.request_id FROM users w JOIN assignments a ON a.user_id = w.id AND a.ended_at IS NULL WHERE w.supervisor_id = p_user_id
$$;

CREATE FUNCTION accessible_request_ids(p_user_id uuid, p_at timestamptz) RETURNS TABLE (request_id uuid) LANGUAGE sql STABLE AS $$
  SELECT a.request_id FROM assignments a WHERE a.user_id = p_user_id AND a.ended_at IS NULL
  UNION
  SELECT a.request_id FROM users w JOIN assignments a ON a.user_id = w.id AND a.ended_at IS NULL WHERE w.supervisor_id = p_user_id
  UNION
  SELECT g.request_id FROM access_grants g WHERE g.user_id = p_user_id AND g.expires_at > p_at
$$;

-- A user's open assignments read from the index alone; the workers of a supervisor; a user's grants.
CREATE INDEX assignments_user_open ON assignments (user_id) INCLUDE (request_id) WHERE ended_at IS NULL;
DROP INDEX assignments_user;
CREATE INDEX users_supervisor ON users (supervisor_id) WHERE supervisor_id IS NOT NULL;
CREATE INDEX access_grants_user ON access_grants (user_id, expires_at);
