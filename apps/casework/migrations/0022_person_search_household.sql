-- Finding a person by name the way a worker types it (issue "the social file a worker lives in", item 1):
-- accent- and case-insensitive, partial. `person_name_key` folds a name to lower-case ASCII words
-- ("Élodie D'Hondt-Müller" → "elodie d hondt muller"); a trigram index on the folded full name answers
-- "contains" searches without a sequential scan. Both extensions are trusted (PostgreSQL 13+): the
-- database owner creates them, no superuser needed.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- IMMUTABLE is true of this wrapper because the dictionary is named explicitly (the usual idiom).
CREATE FUNCTION person_name_key(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
  SELECT trim(regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, value)), '[^a-z0-9]+', ' ', 'g'))
$$;

CREATE INDEX persons_name_key ON persons USING gin (person_name_key(family_name || ' ' || given_names) gin_trgm_ops);
CREATE INDEX persons_birth_date ON persons (birth_date);

-- Household composition (R19: cohabitants are integrated with quality code 17-5): who lives with the
-- person, linked to a registered person when known (then fed to the hub for the person's open files)
-- or described by name; with the relationship and the period of cohabitation.
CREATE TABLE household_members (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES persons (id),
  member_person_id uuid REFERENCES persons (id),
  described_name text CHECK (length(described_name) BETWEEN 1 AND 200),
  described_birth_date date,
  relationship text NOT NULL CHECK (relationship IN ('partner', 'spouse', 'child', 'parent', 'sibling', 'other-relative', 'other')),
  from_date date NOT NULL,
  to_date date,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  ended_by uuid REFERENCES users (id),
  CHECK ((member_person_id IS NULL) <> (described_name IS NULL)),
  CHECK (member_person_id IS DISTINCT FROM person_id),
  CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX household_members_person ON household_members (person_id);
CREATE INDEX household_members_member ON household_members (member_person_id) WHERE member_person_id IS NOT NULL;

-- Finding F1: NISS replacements written before the outbox relay had a route for them were parked
-- ("no route for topic"); they are delivered now, in their original order.
UPDATE outbox SET next_attempt_at = now(), last_error = NULL
 WHERE topic = 'integration.niss-replaced' AND sent_at IS NULL AND last_error = 'no route for topic';
