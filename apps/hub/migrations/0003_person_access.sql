-- The person's access through the citizen portal (flow 4, principle 7; R38–R40). The portal is a
-- registered institution of kind 'portal' acting for an authenticated person; it has no quality
-- code, so what it may receive is a rule per institution kind and purpose (data, not code: R22).

INSERT INTO purposes (code, labels) VALUES
  ('person-access', '{"fr": "Consultation par la personne elle-même (portail)", "nl": "Inzage door de persoon zelf (portaal)", "de": "Einsicht durch die Person selbst (Portal)"}');

CREATE TABLE kind_policy_rules (
  requester_kind text NOT NULL CHECK (requester_kind IN ('portal')),
  purpose text NOT NULL REFERENCES purposes (code),
  items text[] NOT NULL,
  PRIMARY KEY (requester_kind, purpose)
);

-- The person sees everything a CPAS would share about them, PIIS included where that CPAS shares it.
INSERT INTO kind_policy_rules (requester_kind, purpose, items) VALUES
  ('portal', 'person-access', ARRAY['decisions', 'piis', 'statements', 'contact']);

-- Blocks asked for through the portal keep who asked and in which language the person wrote.
ALTER TABLE blocks ADD COLUMN requested_by char(10) REFERENCES institutions (kbo);
CREATE UNIQUE INDEX blocks_one_active ON blocks (person_pseudonym, institution_kbo) WHERE lifted_at IS NULL;
