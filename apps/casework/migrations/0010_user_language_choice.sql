-- The worker web application remembers the language a user picked (ADR 0008): `language` holds
-- it, and `language_chosen_at` says it was chosen (until then the browser's Accept-Language rules).
ALTER TABLE users ADD COLUMN language_chosen_at timestamptz;
