-- The worklist's notices (issue 14): the notices waiting in the CPAS are joined with the files the user may open,
-- and the repeats among those files need not be removed first. A supervisor reaches every file of the team's ten
-- years (≈ 6,500 in a large CPAS), and removing the repeats (the UNION of accessible_request_ids) took 4 ms of the
-- statement's 6; joined as they come with the waiting notices (hundreds, the smaller side), 2.6 ms in all.
-- The rule is accessible_request_ids's (migration 0054), each way written once more: an id comes once per way the
-- user reaches the file (assigned, supervisor of an assignee, a running grant). test/large-cpas-access.int.test.ts
-- checks that the two name the same files for every user of a small CPAS.
CREATE FUNCTION accessible_request_id_paths(p_user_id uuid, p_at timestamptz) RETURNS TABLE (request_id uuid) LANGUAGE sql STABLE AS $$
  SELECT a.request_id FROM assignments a WHERE a.user_id = p_user_id AND a.ended_at IS NULL
  UNION ALL
  SELECT a.request_id FROM users w JOIN assignments a ON a.user_id = w.id AND a.ended_at IS NULL WHERE w.supervisor_id = p_user_id
  UNION ALL
  SELECT g.request_id FROM access_grants g WHERE g.user_id = p_user_id AND g.expires_at > p_at
$$;
