-- The exchange at scale (issue 14): the access rule of migration 0020, unchanged, in PL/pgSQL.
-- As a SQL function whose body holds EXISTS sub-queries, can_access_request is never inlined, and
-- PostgreSQL 15 plans such a body again at every statement that calls it — and the body of
-- is_request_team again at every call of can_access_request. That was 0.15–0.2 ms of planning per
-- opening of a file (the consultation's first read spent half its time there) and ≈ 57 µs per file in a
-- list that tests each one. A PL/pgSQL function keeps its plans for the session: ≈ 8 µs a call.
-- The team's rule (is_request_team, kept as it is for the lists that test the team alone) is written
-- out here once more, so that no SQL function is called, and planned, from inside this one:
-- test/large-cpas-access.int.test.ts checks that the two agree, for every user and file of a small CPAS.
CREATE OR REPLACE FUNCTION can_access_request(p_request_id uuid, p_user_id uuid, p_at timestamptz) RETURNS boolean
LANGUAGE plpgsql STABLE AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM assignments a WHERE a.request_id = p_request_id AND a.user_id = p_user_id AND a.ended_at IS NULL)
      OR EXISTS (SELECT 1 FROM assignments a JOIN users w ON w.id = a.user_id
                  WHERE a.request_id = p_request_id AND a.ended_at IS NULL AND w.supervisor_id = p_user_id)
      OR EXISTS (SELECT 1 FROM access_grants g WHERE g.request_id = p_request_id AND g.user_id = p_user_id AND g.expires_at > p_at);
END
$$;
