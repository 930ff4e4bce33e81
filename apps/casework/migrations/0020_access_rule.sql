-- Case-based access (R23), written once, in the database: withRequest, the lists and the consultation
-- call these functions instead of repeating the rule as SQL text.

-- The file's team: its assigned workers (assignment not ended) and the supervisor of any of them.
CREATE FUNCTION is_request_team(p_request_id uuid, p_user_id uuid) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT EXISTS (SELECT 1 FROM assignments a WHERE a.request_id = p_request_id AND a.user_id = p_user_id AND a.ended_at IS NULL)
      OR EXISTS (SELECT 1 FROM assignments a JOIN users w ON w.id = a.user_id
                  WHERE a.request_id = p_request_id AND a.ended_at IS NULL AND w.supervisor_id = p_user_id)
$$;

-- Who may open a file at a moment: its team, or a user holding an unexpired grant (a supervisor's grant
-- with a reason, or a break-glass opening). The role (social worker or supervisor) is checked by the caller.
CREATE FUNCTION can_access_request(p_request_id uuid, p_user_id uuid, p_at timestamptz) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT is_request_team(p_request_id, p_user_id)
      OR EXISTS (SELECT 1 FROM access_grants g WHERE g.request_id = p_request_id AND g.user_id = p_user_id AND g.expires_at > p_at)
$$;
