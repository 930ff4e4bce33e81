-- Decide and revise (issue 11, item 4). A decision is the first one on a request ("initial"), or acts on
-- an ongoing aid granted earlier: its revision (a new amount or category from a date), its suspension
-- (no payment for a period), or its stop (the aid ends from a date) — each a decision of its own, with
-- its motivation, notification, letter and appeal window (R9–R12). `revises_id` names the decision
-- whose aid it acts on. A revision or stop ends that aid the day before it takes effect (period_to).
--
-- The RIS category (RIS law of 26 May 2002, art. 14 §1: cohabiting person, isolated person, person
-- living with a family dependent on them) is carried by the decision, its letter and its summary.
ALTER TABLE decisions
  ADD COLUMN kind text NOT NULL DEFAULT 'initial' CHECK (kind IN ('initial', 'revision', 'suspension', 'stop')),
  ADD COLUMN revises_id uuid REFERENCES decisions (id),
  ADD COLUMN ris_category text CHECK (ris_category IN ('cohabiting', 'isolated', 'family')),
  ADD CONSTRAINT decisions_revises_kind CHECK ((kind = 'initial') = (revises_id IS NULL));
CREATE INDEX decisions_revises ON decisions (revises_id) WHERE revises_id IS NOT NULL;

-- A corrected notification (wrong date or method entered) keeps the earlier values here (R10: the
-- notification date starts the appeal window, so a correction is audited and its history kept).
CREATE TABLE notification_corrections (
  id bigserial PRIMARY KEY,
  decision_id uuid NOT NULL REFERENCES notifications (decision_id),
  previous_sent_at date NOT NULL,
  previous_method text NOT NULL,
  previous_proof_ref text,
  reason text NOT NULL CHECK (length(trim(reason)) > 0),
  corrected_by uuid NOT NULL REFERENCES users (id),
  corrected_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notification_corrections_decision ON notification_corrections (decision_id);
