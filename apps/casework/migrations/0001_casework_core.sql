-- Casework node of one CPAS: its own database, shared with no other tenant (ADR 0004).

CREATE TABLE institution (
  kbo char(10) PRIMARY KEY,
  name text NOT NULL,
  language text NOT NULL CHECK (language IN ('fr', 'nl', 'de')),
  address text,
  service_phone text,
  service_email text,
  is_demo boolean NOT NULL DEFAULT false,
  singleton boolean NOT NULL DEFAULT true UNIQUE CHECK (singleton)
);

-- Per-CPAS settings (deadline rules, sharing window, thresholds, retention): data, not code (R22).
CREATE TABLE settings (
  key text PRIMARY KEY,
  value jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- Code lists (aid kinds, motivation categories, legal bases, deciding bodies, document types…),
-- with labels in the three languages and attributes such as the quality code of a granted aid.
CREATE TABLE code_lists (
  list text NOT NULL,
  code text NOT NULL,
  labels jsonb NOT NULL,
  attributes jsonb NOT NULL DEFAULT '{}'::jsonb,
  is_active boolean NOT NULL DEFAULT true,
  PRIMARY KEY (list, code)
);

CREATE TABLE users (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('social-worker', 'supervisor', 'committee-member', 'security-advisor', 'admin')),
  is_qualified_social_worker boolean NOT NULL DEFAULT false,
  supervisor_id uuid REFERENCES users (id),
  language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'nl', 'de', 'en')),
  password_hash text,
  is_demo boolean NOT NULL DEFAULT false,
  is_active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE sessions (
  token_hash bytea PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE persons (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  niss char(11) UNIQUE,
  provisional_id text UNIQUE,
  family_name text NOT NULL,
  given_names text NOT NULL,
  birth_date date,
  nationality text,
  language text NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'nl', 'de')),
  is_sensitive boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  created_by uuid REFERENCES users (id),
  anonymised_at timestamptz,
  -- R5: a person without number is recorded with a provisional local id, flagged unidentified.
  CHECK (niss IS NOT NULL OR provisional_id IS NOT NULL OR anonymised_at IS NOT NULL)
);
CREATE INDEX persons_family_name ON persons (lower(family_name));

-- R4: every number a person has had; the old number resolves to the current one.
CREATE TABLE person_identifiers (
  niss char(11) PRIMARY KEY,
  person_id uuid NOT NULL REFERENCES persons (id),
  kind text NOT NULL CHECK (kind IN ('national-register', 'bis')),
  valid_from timestamptz NOT NULL DEFAULT now(),
  replaced_at timestamptz,
  replaced_by char(11),
  reason text
);
CREATE INDEX person_identifiers_person ON person_identifiers (person_id);

CREATE SEQUENCE acknowledgement_numbers;
CREATE SEQUENCE decision_numbers;

CREATE TABLE aid_requests (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES persons (id),
  kind text NOT NULL,
  status text NOT NULL CHECK (status IN ('received', 'investigating', 'report-signed', 'decided', 'notified', 'transferred', 'closed')),
  received_at timestamptz NOT NULL,
  -- R7: a transferred request keeps the date of the original request.
  original_received_at date NOT NULL,
  transferred_from_kbo char(10),
  acknowledgement_number text NOT NULL UNIQUE,
  acknowledgement_issued_at timestamptz NOT NULL,
  is_new_ris_beneficiary boolean NOT NULL DEFAULT false,
  last_home_visit_at date,
  piis_signed_at date,
  closed_at timestamptz,
  close_reason text,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  idempotency_key text UNIQUE
);
CREATE INDEX aid_requests_person ON aid_requests (person_id);
CREATE INDEX aid_requests_status ON aid_requests (status);

CREATE TABLE aid_request_cohabitants (
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  person_id uuid NOT NULL REFERENCES persons (id),
  PRIMARY KEY (request_id, person_id)
);

-- R23: case-based access. Only assigned workers (and their supervisor) read a file.
CREATE TABLE assignments (
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  user_id uuid NOT NULL REFERENCES users (id),
  assigned_at timestamptz NOT NULL DEFAULT now(),
  assigned_by uuid REFERENCES users (id),
  ended_at timestamptz,
  PRIMARY KEY (request_id, user_id)
);
CREATE INDEX assignments_user ON assignments (user_id) WHERE ended_at IS NULL;

-- Time-limited grants with a reason (R23) and break-glass openings (reviewed by the security advisor).
CREATE TABLE access_grants (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  user_id uuid NOT NULL REFERENCES users (id),
  kind text NOT NULL CHECK (kind IN ('grant', 'break-glass')),
  reason text NOT NULL CHECK (length(trim(reason)) > 0),
  granted_by uuid NOT NULL REFERENCES users (id),
  granted_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  reviewed_at timestamptz,
  reviewed_by uuid REFERENCES users (id),
  review_verdict text
);
CREATE INDEX access_grants_lookup ON access_grants (request_id, user_id, expires_at);

CREATE TABLE transfers (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL UNIQUE REFERENCES aid_requests (id),
  to_kbo char(10) NOT NULL,
  to_name text NOT NULL,
  reason text NOT NULL,
  started_at date NOT NULL,
  applicant_informed_at date NOT NULL,
  is_overdue boolean NOT NULL,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- R11: hearings; a requested hearing not yet held blocks a final RIS refusal.
CREATE TABLE hearings (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  requested_at date NOT NULL,
  scheduled_at date,
  held_at date,
  attendees text,
  assisted_by text,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hearings_request ON hearings (request_id);

-- Layer (b): the social report (R15, R16). Internal: never leaves the node.
CREATE TABLE social_reports (
  request_id uuid PRIMARY KEY REFERENCES aid_requests (id),
  sections jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid NOT NULL REFERENCES users (id),
  signed_at timestamptz,
  signed_by uuid REFERENCES users (id)
);

-- Layer (a): supporting documents with provenance and retention class (R17).
CREATE TABLE documents (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  type text NOT NULL,
  title text NOT NULL,
  document_date date NOT NULL,
  source text NOT NULL CHECK (source IN ('person', 'bcss-flow', 'other-institution', 'cpas')),
  source_ref text,
  retention_class text NOT NULL,
  media_type text,
  content bytea,
  size_bytes integer NOT NULL DEFAULT 0,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX documents_request ON documents (request_id);

CREATE TABLE decisions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  ref text NOT NULL UNIQUE,
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  decided_at date NOT NULL,
  body text NOT NULL,
  aid_type text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('granted', 'refused', 'partial', 'withdrawn')),
  amount_cents bigint CHECK (amount_cents IS NULL OR amount_cents >= 0),
  period_from date,
  period_to date,
  legal_basis text NOT NULL,
  motivation_category text NOT NULL,
  -- Local motivation: goes into the letter to the person, never into the shareable summary.
  motivation_text text,
  status text NOT NULL DEFAULT 'final' CHECK (status IN ('final', 'contested', 'corrected', 'annulled')),
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX decisions_request ON decisions (request_id);

CREATE TABLE notifications (
  decision_id uuid PRIMARY KEY REFERENCES decisions (id),
  sent_at date NOT NULL,
  method text NOT NULL,
  proof_ref text,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- R12: internal review requests and labour-court appeals.
CREATE TABLE appeals (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  decision_id uuid REFERENCES decisions (id),
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  kind text NOT NULL CHECK (kind IN ('internal-review', 'labour-court', 'absence-of-decision')),
  filed_at date NOT NULL,
  outcome text CHECK (outcome IN ('pending', 'upheld', 'annulled', 'reformed', 'withdrawn')),
  outcome_at date,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- R25: confidential notes, encrypted at rest with the node's own key (AES-256-GCM).
CREATE TABLE notes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  author_id uuid NOT NULL REFERENCES users (id),
  visibility text NOT NULL CHECK (visibility IN ('private', 'team')),
  key_id text NOT NULL,
  iv bytea NOT NULL,
  ciphertext bytea NOT NULL,
  auth_tag bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX notes_request ON notes (request_id);

-- R33: the person was informed before any consultation.
CREATE TABLE person_informed (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  informed_at timestamptz NOT NULL,
  method text NOT NULL,
  recorded_by uuid NOT NULL REFERENCES users (id),
  recorded_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX person_informed_request ON person_informed (request_id);

-- The node's view of its integrations at the hub (R19).
CREATE TABLE integrations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  person_id uuid NOT NULL REFERENCES persons (id),
  role text NOT NULL CHECK (role IN ('applicant', 'cohabitant')),
  quality_code text NOT NULL,
  start_date date NOT NULL,
  end_date date,
  hub_status text NOT NULL DEFAULT 'pending' CHECK (hub_status IN ('pending', 'registered', 'ended')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (request_id, person_id)
);

-- Messages for the hub, written in the same transaction as the change: nothing lost when the hub is down.
CREATE TABLE outbox (
  id bigserial PRIMARY KEY,
  topic text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  sent_at timestamptz,
  last_error text
);
CREATE INDEX outbox_due ON outbox (next_attempt_at) WHERE sent_at IS NULL;

-- R26: any data leaving the CPAS other than a consultation.
CREATE TABLE disclosures (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES persons (id),
  recipient text NOT NULL,
  legal_basis text NOT NULL,
  items jsonb NOT NULL,
  requested_at date NOT NULL,
  approved_by uuid REFERENCES users (id),
  approved_at timestamptz,
  exported_at timestamptz,
  deferred_until date,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- R43/R44: the local audit log, append-only and hash-chained.
CREATE TABLE audit_events (
  id bigserial PRIMARY KEY,
  at timestamptz NOT NULL DEFAULT clock_timestamp(),
  user_id uuid,
  role text,
  action text NOT NULL,
  record_type text NOT NULL,
  record_id text,
  person_id uuid,
  outcome text NOT NULL CHECK (outcome IN ('allowed', 'denied')),
  reason text,
  request_id text,
  prev_hash bytea NOT NULL,
  hash bytea NOT NULL
);
CREATE INDEX audit_events_person ON audit_events (person_id);
CREATE INDEX audit_events_user_at ON audit_events (user_id, at);

CREATE FUNCTION refuse_audit_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_events is append-only';
END $$;
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION refuse_audit_change();
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION refuse_audit_change();
