-- The way back to the person (R39, R40): the hub remembers which CPAS and which portal a person's
-- statement or contest went between (person_requests), so the CPAS's answer to the statement or the
-- outcome of the contest (person_replies) reaches only the portal that sent it, for that person. The
-- content is encrypted by the CPAS to the portal: the hub keeps the person's pseudonym, never a NISS,
-- never readable words. A request and its replies are purged two years later (class `person-replies`).
CREATE TABLE person_requests (
  request_id uuid PRIMARY KEY,
  person_pseudonym bytea NOT NULL,
  provider_kbo char(10) NOT NULL REFERENCES institutions (kbo),
  portal_kbo char(10) NOT NULL REFERENCES institutions (kbo),
  kind text NOT NULL CHECK (kind IN ('statement', 'contest')),
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE person_replies (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES person_requests (request_id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('statement-reply', 'contest-outcome')),
  content text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  delivered_at timestamptz,
  UNIQUE (request_id, kind)
);
CREATE INDEX person_requests_person ON person_requests (person_pseudonym);

-- Retention (R42): a person's request and its replies go two years after the request.
INSERT INTO retention_settings (record_class, days) VALUES ('person-replies', 730) ON CONFLICT (record_class) DO NOTHING;
