-- One large CPAS (issue 14): finding a person by name among hundreds of thousands. The trigram index of
-- migration 0022 finds the candidates, but PostgreSQL rechecks each candidate row against the pattern, and
-- with an expression index it recomputes `person_name_key` (unaccent and a regular expression) for every one
-- of them: a common name ("El Amrani", 5,000 candidates among 300,000 persons) took over 100 ms. The folded
-- name is now stored with the row (a generated column, kept by PostgreSQL on every insert and update,
-- anonymisation included) and indexed; the search reads it. unaccent and pg_trgm are the same trusted
-- extensions, available in the embedded PostgreSQL as in the served one.
ALTER TABLE persons ADD COLUMN name_key text GENERATED ALWAYS AS (person_name_key(family_name || ' ' || given_names)) STORED;
CREATE INDEX persons_name_key_trgm ON persons USING gin (name_key gin_trgm_ops);
DROP INDEX persons_name_key;
