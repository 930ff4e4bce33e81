-- Break-glass (R23, R43, R44; anchors §3.5, Suwinet's escape function, and §7): every opening of a
-- file outside case-based access is told to the person (a letter, due until a worker of the file
-- marks it sent) and reviewed by the security advisor, who closes it with a verdict.

ALTER TABLE access_grants ADD COLUMN review_comment text;
ALTER TABLE access_grants ADD CONSTRAINT access_grants_review_verdict
  CHECK (review_verdict IS NULL OR (review_verdict IN ('justified', 'unjustified') AND reviewed_at IS NOT NULL AND reviewed_by IS NOT NULL));
ALTER TABLE access_grants ADD CONSTRAINT access_grants_unjustified_comment
  CHECK (review_verdict IS DISTINCT FROM 'unjustified' OR length(trim(coalesce(review_comment, ''))) > 0);
-- The review queue and the weekly report read break-glass openings by date.
CREATE INDEX access_grants_break_glass ON access_grants (granted_at) WHERE kind = 'break-glass';

-- The letter that tells the person their file was opened (one per opening), in the person's language.
CREATE TABLE break_glass_person_notices (
  grant_id uuid PRIMARY KEY REFERENCES access_grants (id),
  person_id uuid NOT NULL REFERENCES persons (id),
  language text NOT NULL CHECK (language IN ('fr', 'nl', 'de')),
  -- The workers assigned to the file when it was opened: they find the notice on their worklist.
  notified_user_ids uuid[] NOT NULL DEFAULT '{}',
  -- The retention job removes handled worklist notices (R42): the letter's record stays.
  worklist_notice_id uuid REFERENCES worklist_notices (id) ON DELETE SET NULL,
  status text NOT NULL DEFAULT 'due' CHECK (status IN ('due', 'sent')),
  sent_at date,
  sent_method text CHECK (sent_method IS NULL OR sent_method IN ('letter', 'registered-letter', 'ebox', 'handed-over')),
  marked_sent_by uuid REFERENCES users (id),
  marked_sent_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'due') = (sent_at IS NULL)),
  CHECK (status = 'due' OR (sent_method IS NOT NULL AND marked_sent_by IS NOT NULL AND marked_sent_at IS NOT NULL))
);
CREATE INDEX break_glass_person_notices_person ON break_glass_person_notices (person_id);

-- How the person reaches the data protection officer, printed in the letter (empty: "at the address above").
INSERT INTO settings (key, value) VALUES ('dataProtection', '{"dpoContact": null}') ON CONFLICT (key) DO NOTHING;
