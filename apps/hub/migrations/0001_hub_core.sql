-- The crossroads hub: registry, person directory, policy, blocks, replay guard and the exchange log.
-- It holds no file content and no plain NISS: persons are keyed by an HMAC pseudonym (principle 1).

CREATE TABLE institutions (
  kbo char(10) PRIMARY KEY,
  name text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('cpas', 'hub', 'portal')),
  endpoint text,
  jwks jsonb NOT NULL,
  is_active boolean NOT NULL DEFAULT true,
  registered_at timestamptz NOT NULL DEFAULT now()
);

-- Quality codes (domain §2.3) and purposes are data (R22).
CREATE TABLE quality_codes (
  code text PRIMARY KEY,
  labels jsonb NOT NULL,
  is_active boolean NOT NULL DEFAULT true
);

CREATE TABLE purposes (
  code text PRIMARY KEY,
  labels jsonb NOT NULL
);

-- The policy: which capacity of the requester may receive which summary items for which purpose.
CREATE TABLE policy_rules (
  requester_quality_code text NOT NULL REFERENCES quality_codes (code),
  purpose text NOT NULL REFERENCES purposes (code),
  items text[] NOT NULL,
  PRIMARY KEY (requester_quality_code, purpose)
);

-- The person directory: "institution X holds a file on pseudonym P in capacity C for period T".
CREATE TABLE integrations (
  id bigserial PRIMARY KEY,
  person_pseudonym bytea NOT NULL,
  institution_kbo char(10) NOT NULL REFERENCES institutions (kbo),
  quality_code text NOT NULL REFERENCES quality_codes (code),
  file_ref text NOT NULL,
  start_date date NOT NULL,
  end_date date,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (institution_kbo, file_ref, person_pseudonym, quality_code, start_date)
);
CREATE INDEX integrations_person ON integrations (person_pseudonym, institution_kbo);

-- Blocks asked for by the person: the named institution no longer receives their summary.
CREATE TABLE blocks (
  id bigserial PRIMARY KEY,
  person_pseudonym bytea NOT NULL,
  institution_kbo char(10) NOT NULL REFERENCES institutions (kbo),
  reason text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  lifted_at timestamptz
);
CREATE INDEX blocks_person ON blocks (person_pseudonym, institution_kbo) WHERE lifted_at IS NULL;

-- Replay guard: a jti is accepted once per issuer within the clock-skew window.
CREATE TABLE seen_messages (
  issuer text NOT NULL,
  jti text NOT NULL,
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (issuer, jti)
);
CREATE INDEX seen_messages_expiry ON seen_messages (expires_at);

-- The exchange log (RFC 9162 style): leaves are canonical JSON of metadata only.
CREATE TABLE log_leaves (
  leaf_index bigint PRIMARY KEY,
  person_pseudonym bytea,
  leaf bytea NOT NULL,
  leaf_hash bytea NOT NULL,
  appended_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX log_leaves_person ON log_leaves (person_pseudonym);

-- Complete perfect-subtree hashes, immutable once written: O(log n) proofs at any size.
CREATE TABLE log_nodes (
  level smallint NOT NULL,
  node_index bigint NOT NULL,
  hash bytea NOT NULL,
  PRIMARY KEY (level, node_index)
);

CREATE TABLE tree_heads (
  tree_size bigint PRIMARY KEY,
  root_hash bytea NOT NULL,
  signed_at timestamptz NOT NULL,
  signature text NOT NULL
);

CREATE FUNCTION refuse_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the exchange log is append-only';
END $$;
CREATE TRIGGER log_leaves_append_only BEFORE UPDATE OR DELETE ON log_leaves FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER log_nodes_append_only BEFORE UPDATE OR DELETE ON log_nodes FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
CREATE TRIGGER tree_heads_append_only BEFORE UPDATE OR DELETE ON tree_heads FOR EACH ROW EXECUTE FUNCTION refuse_log_change();

INSERT INTO quality_codes (code, labels) VALUES
  ('17-1', '{"fr": "Dossier en examen", "nl": "Dossier in onderzoek", "de": "Akte in Prüfung"}'),
  ('17-2', '{"fr": "Revenu d''intégration", "nl": "Leefloon", "de": "Eingliederungseinkommen"}'),
  ('17-3', '{"fr": "Équivalent revenu d''intégration", "nl": "Equivalent leefloon", "de": "Gleichwertiges Eingliederungseinkommen"}'),
  ('17-4', '{"fr": "Autre aide", "nl": "Andere hulp", "de": "Andere Hilfe"}'),
  ('17-5', '{"fr": "Cohabitant", "nl": "Inwonende", "de": "Mitbewohner"}'),
  ('17-6', '{"fr": "Personne occupée par le biais d''un CPAS", "nl": "Persoon tewerkgesteld via OCMW", "de": "Über das ÖSHZ beschäftigte Person"}'),
  ('17-7', '{"fr": "Médiation de dettes / guidance budgétaire", "nl": "Schuldbemiddeling / budgetbegeleiding", "de": "Schuldnerberatung / Budgetbegleitung"}'),
  ('17-8', '{"fr": "Dossiers de service", "nl": "Dienstendossier", "de": "Dienstakte"}'),
  ('17-9', '{"fr": "Autres formes d''accompagnement", "nl": "Andere vormen van begeleiding", "de": "Andere Formen der Begleitung"}'),
  ('17-40', '{"fr": "Bénéficiaire de l''allocation de chauffage", "nl": "Begunstigde verwarmingstoelage", "de": "Empfänger der Heizkostenbeihilfe"}');

INSERT INTO purposes (code, labels) VALUES
  ('social-investigation', '{"fr": "Enquête sociale sur une nouvelle demande d''aide", "nl": "Sociaal onderzoek van een nieuwe hulpaanvraag", "de": "Sozialuntersuchung eines neuen Hilfeantrags"}'),
  ('review', '{"fr": "Révision d''une aide en cours", "nl": "Herziening van lopende hulp", "de": "Überprüfung einer laufenden Hilfe"}');

-- Only a CPAS examining a new request (17-1) may consult for a social investigation; a CPAS
-- granting aid (17-2 … 17-4) may consult for a review. Statements of the person always travel.
INSERT INTO policy_rules (requester_quality_code, purpose, items) VALUES
  ('17-1', 'social-investigation', ARRAY['decisions', 'piis', 'statements', 'contact']),
  ('17-2', 'review', ARRAY['decisions', 'statements', 'contact']),
  ('17-3', 'review', ARRAY['decisions', 'statements', 'contact']),
  ('17-4', 'review', ARRAY['decisions', 'statements', 'contact']);
