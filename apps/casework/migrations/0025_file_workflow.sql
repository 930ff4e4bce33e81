-- The file's workflow (issue "the social file a worker lives in", item 3): home visits as records of
-- their own, hearings with their outcome, revocable grants, and document provenance.

-- R13: each home visit is a record (date, who visited, findings). The yearly home-visit deadline and the
-- social report's home-visit section both read these records, so a visit is entered once. The column
-- aid_requests.last_home_visit_at is kept as the latest visit by the trigger below (it is what the
-- deadline reads), never written by hand again.
CREATE TABLE home_visits (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  visited_at date NOT NULL,
  visited_by text NOT NULL CHECK (length(trim(visited_by)) > 0 AND length(visited_by) <= 200),
  findings text CHECK (length(findings) <= 20000),
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX home_visits_request ON home_visits (request_id, visited_at);

CREATE FUNCTION home_visits_latest() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE aid_requests SET last_home_visit_at = (SELECT max(visited_at) FROM home_visits WHERE request_id = NEW.request_id),
                          updated_at = now()
   WHERE id = NEW.request_id;
  RETURN NEW;
END $$;
CREATE TRIGGER home_visits_latest AFTER INSERT ON home_visits FOR EACH ROW EXECUTE FUNCTION home_visits_latest();

-- Visits recorded before this migration (the date only) become records of their own.
INSERT INTO home_visits (request_id, visited_at, visited_by, created_by)
SELECT id, last_home_visit_at, '—', created_by FROM aid_requests WHERE last_home_visit_at IS NOT NULL;

-- R11 (RIS law art. 20): a hearing is requested, scheduled, then held or not held (the person did not
-- come, or withdrew the request), with a summary of the minutes. A hearing neither held nor closed as
-- not held still blocks a RIS refusal (decisions: held_at IS NULL AND not_held_at IS NULL).
ALTER TABLE hearings
  ADD COLUMN not_held_at date,
  ADD COLUMN not_held_reason text CHECK (not_held_reason IN ('person-absent', 'request-withdrawn')),
  ADD COLUMN minutes_summary text CHECK (length(minutes_summary) <= 20000),
  ADD COLUMN updated_at timestamptz,
  ADD CONSTRAINT hearings_one_outcome CHECK (held_at IS NULL OR not_held_at IS NULL),
  ADD CONSTRAINT hearings_not_held_reason CHECK ((not_held_at IS NULL) = (not_held_reason IS NULL));

-- R23: a supervisor revokes a grant before it expires (expires_at is brought to the revocation time,
-- which is what can_access_request reads; revoked_at/by say who ended it).
ALTER TABLE access_grants
  ADD COLUMN revoked_at timestamptz,
  ADD COLUMN revoked_by uuid REFERENCES users (id);

-- R17, R18: provenance of a document obtained through a BCSS flow (flow name, date, ticket) and the
-- SHA-256 of its content (what was received is what is shown).
ALTER TABLE documents
  ADD COLUMN flow_name text CHECK (length(flow_name) <= 100),
  ADD COLUMN flow_date date,
  ADD COLUMN flow_ticket text CHECK (length(flow_ticket) <= 200),
  ADD COLUMN original_filename text CHECK (length(original_filename) <= 255),
  ADD COLUMN sha256 char(64),
  ADD CONSTRAINT documents_flow_provenance CHECK (source <> 'bcss-flow' OR (flow_name IS NOT NULL AND flow_ticket IS NOT NULL AND flow_date IS NOT NULL));
