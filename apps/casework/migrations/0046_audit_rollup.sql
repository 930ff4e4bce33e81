-- Daily summaries of the audit log for the misuse indicators (R43, R44): a month of a large CPAS
-- (a million events) is read from its summaries instead of its events. Only days that are over (in
-- Brussels) are summarised; the current day and the partial days at a period's edges are read from
-- the events. A summary is recomputed when an event is later written for its day (an event dated
-- in the past): audit_rollup_state.checked_through is the last event id already examined for that.
-- The summaries point to users and persons as the events do: they are purged with the events (R42).
-- A day's summaries count out-of-hours actions by the office hours in force when they were made:
-- when the setting changes, they are made again.
CREATE TABLE audit_rollup_days (
  day date PRIMARY KEY,
  office_start smallint NOT NULL,
  office_end smallint NOT NULL,
  rolled_at timestamptz NOT NULL DEFAULT now()
);

-- One row per user and day: actions (one HTTP request is one action) and the kinds the indicators
-- count, each action at the Brussels day and hour of its first event.
CREATE TABLE audit_user_days (
  day date NOT NULL REFERENCES audit_rollup_days (day) ON DELETE CASCADE,
  user_id uuid NOT NULL,
  actions int NOT NULL,
  by_name int NOT NULL,
  by_niss int NOT NULL,
  denied int NOT NULL,
  consultations int NOT NULL,
  off_hours int NOT NULL,
  PRIMARY KEY (day, user_id)
);

-- Which persons a user's actions touched that day (distinct persons per user, distinct users per person).
CREATE TABLE audit_user_person_days (
  day date NOT NULL REFERENCES audit_rollup_days (day) ON DELETE CASCADE,
  user_id uuid NOT NULL,
  person_id uuid NOT NULL,
  is_advisor boolean NOT NULL,
  actions int NOT NULL,
  PRIMARY KEY (day, user_id, person_id, is_advisor)
);

-- Which other CPAS asked this CPAS for a person's summary that day (the provider's legs).
CREATE TABLE audit_requester_days (
  day date NOT NULL REFERENCES audit_rollup_days (day) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  institution text NOT NULL,
  PRIMARY KEY (day, person_id, institution)
);

CREATE TABLE audit_rollup_state (
  id boolean PRIMARY KEY DEFAULT true CHECK (id),
  checked_through bigint NOT NULL
);
-- No summary exists yet: the events already written can make none stale.
INSERT INTO audit_rollup_state (checked_through) SELECT coalesce(max(id), 0) FROM audit_events;
