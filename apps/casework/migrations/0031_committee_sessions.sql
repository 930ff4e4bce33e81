-- Committee sessions (R24, ADR 0014): the meeting of the deciding body (council, special committee for
-- the social service, BCSD) with its members, its agenda of signed social reports, the attendance and the
-- decisions its secretary records, one per agenda item. A member reads the reports of the agenda of a
-- session they sit on, and only until the session's date plus a configurable number of days
-- (access_until, fixed when the session is planned): after that the access lapses.

CREATE TABLE committee_sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  session_date date NOT NULL,
  body text NOT NULL CHECK (body IN ('council', 'special-committee', 'bcsd')),
  place text CHECK (length(place) <= 200),
  status text NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'closed')),
  -- The last day a member may read the agenda's reports (session date + access.committeeAccessDays).
  access_until date NOT NULL CHECK (access_until >= session_date),
  -- The secretary records the attendance and the decisions (the user who planned the session).
  secretary_id uuid NOT NULL REFERENCES users (id),
  closed_at timestamptz,
  closed_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX committee_sessions_date ON committee_sessions (session_date DESC);

CREATE TABLE committee_session_members (
  session_id uuid NOT NULL REFERENCES committee_sessions (id),
  user_id uuid NOT NULL REFERENCES users (id),
  -- null until the secretary records the attendance.
  attendance text CHECK (attendance IN ('present', 'excused', 'absent')),
  PRIMARY KEY (session_id, user_id)
);
CREATE INDEX committee_session_members_user ON committee_session_members (user_id);

CREATE TABLE committee_agenda_items (
  session_id uuid NOT NULL REFERENCES committee_sessions (id),
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  position integer NOT NULL CHECK (position > 0),
  added_by uuid NOT NULL REFERENCES users (id),
  added_at timestamptz NOT NULL DEFAULT now(),
  -- The decision taken on the item in this session; null while it is pending, or when it was postponed.
  decision_id uuid UNIQUE REFERENCES decisions (id),
  PRIMARY KEY (session_id, request_id)
);
CREATE INDEX committee_agenda_items_request ON committee_agenda_items (request_id);

-- R24: how long after its session a member may still read the agenda's reports (configurable, 0–30 days).
UPDATE settings SET value = value || '{"committeeAccessDays": 2}'::jsonb WHERE key = 'access' AND NOT value ? 'committeeAccessDays';
