-- The competent labour court, named in every decision letter (Charter of the social insured, law of
-- 11 April 1995, art. 14; domain §3.4). Without it the letter names the court of the person's domicile.
ALTER TABLE institution ADD COLUMN labour_court text;
