-- Corrections (R39) and notices on the worklist.
-- As a provider: a decision that is corrected or annulled keeps every earlier version of its coded
-- fields (versioned, R39) and the hub is told, through the outbox, so that it can notify the CPAS
-- that received the old value.
-- As a requester: a correction notice from the hub marks the summary received from that provider
-- (its signed content is kept as received, the marks beside it) and puts a notice on the worklist of
-- the file's workers.

ALTER TABLE decisions ADD COLUMN revision integer NOT NULL DEFAULT 1;

CREATE TABLE decision_revisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  decision_id uuid NOT NULL REFERENCES decisions (id),
  revision integer NOT NULL,
  kind text NOT NULL CHECK (kind IN ('corrected', 'annulled')),
  reason_code text NOT NULL,
  -- The coded fields and the local motivation as they were before this revision.
  previous jsonb NOT NULL,
  revised_by uuid NOT NULL REFERENCES users (id),
  revised_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (decision_id, revision)
);

ALTER TABLE consultation_responses ADD COLUMN corrections jsonb NOT NULL DEFAULT '[]';

-- Things a worker must look at that are not deadlines: a correction received, and later other
-- events (a statement or a contest from the person). Shown on the worklist until handled.
CREATE TABLE worklist_notices (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  kind text NOT NULL,
  details jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  handled_at timestamptz,
  handled_by uuid REFERENCES users (id)
);
CREATE INDEX worklist_notices_open ON worklist_notices (request_id) WHERE handled_at IS NULL;

-- The hub's notice id makes a redelivered notice harmless.
CREATE TABLE received_correction_notices (
  notice_id uuid PRIMARY KEY,
  received_at timestamptz NOT NULL DEFAULT now()
);

INSERT INTO code_lists (list, code, labels, attributes) VALUES
  ('correction-reason', 'material-error', '{}', '{}'),
  ('correction-reason', 'new-facts', '{}', '{}'),
  ('correction-reason', 'internal-review', '{}', '{}'),
  ('correction-reason', 'labour-court-judgment', '{}', '{}'),
  ('correction-reason', 'unlawful-decision', '{}', '{}');
