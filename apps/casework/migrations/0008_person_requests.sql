-- The person's statements (R40) and contests (R39) received from the citizen portal through the hub.
-- The hub's request id makes a redelivered message harmless. A statement travels with its decision
-- in every later summary (rse.summary/1 statements[]); a contest marks the decision `contested`
-- and puts a notice on the worklist of the file's workers, as a statement does.

ALTER TABLE person_statements ADD COLUMN hub_request_id uuid UNIQUE;

CREATE TABLE person_contests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  decision_id uuid NOT NULL REFERENCES decisions (id),
  hub_request_id uuid NOT NULL UNIQUE,
  reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
  -- The decision's status when the contest arrived (a corrected decision stays `corrected`).
  status_before text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_contests_decision ON person_contests (decision_id);
