-- Letters that can be posted (issue 11, item 6). The per-CPAS letter settings, edited by the CPAS's
-- administrator (settings key `letters`): the signature block (organic law of 8 July 1976: the
-- president and the director general sign), the judicial district that names the competent labour
-- court in each letter language (Charter of the social insured, law of 11 April 1995, art. 14), the
-- registry's address per language, and the CPAS's name and address per language where they differ
-- (a Brussels CPAS writes as "CPAS de Forest" and "OCMW Vorst"). Empty until the CPAS fills them.
INSERT INTO settings (key, value) VALUES ('letters', '{}') ON CONFLICT (key) DO NOTHING;

-- The worker as the person's contact (Charter art. 14: the letter says whom to ask): a direct phone
-- line and a work e-mail per user; the service's contact otherwise.
ALTER TABLE users
  ADD COLUMN contact_phone text CHECK (length(contact_phone) <= 40),
  ADD COLUMN contact_email text CHECK (length(contact_email) <= 254);
