-- R4 at the hub (finding F1): a person's number changes (BIS → national register, or a replaced number).
-- The CPAS that records it tells the hub; the hub moves the person's integrations and blocks to the new
-- pseudonym and keeps old → new here, so an integration or a consultation still sent under the old
-- number (by another CPAS that does not know the new one yet) reaches the same person. Pseudonyms only:
-- no plain number is kept (principle 1).
CREATE TABLE pseudonym_replacements (
  old_pseudonym bytea PRIMARY KEY,
  new_pseudonym bytea NOT NULL,
  reported_by char(10) NOT NULL REFERENCES institutions (kbo),
  replaced_at timestamptz NOT NULL DEFAULT now(),
  CHECK (old_pseudonym <> new_pseudonym)
);
CREATE INDEX pseudonym_replacements_new ON pseudonym_replacements (new_pseudonym);
