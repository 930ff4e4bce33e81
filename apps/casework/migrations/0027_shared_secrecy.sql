-- R28 (domain §4.3): information is shared with another professional only once the four cumulative
-- conditions are recorded: (1) the person is informed and agrees (date, how), (2) the recipient is bound
-- by professional secrecy, (3) the recipient shares the same mission in the person's interest, (4) only
-- what is strictly necessary is shared (the items chosen; never a confidence, R25). If one is missing,
-- strict secrecy applies: the check constraints refuse the row.
CREATE TABLE secrecy_shares (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  request_id uuid NOT NULL REFERENCES aid_requests (id),
  recipient_name text NOT NULL CHECK (length(trim(recipient_name)) > 0 AND length(recipient_name) <= 200),
  recipient_organisation text NOT NULL CHECK (length(trim(recipient_organisation)) > 0 AND length(recipient_organisation) <= 200),
  recipient_profession text NOT NULL CHECK (length(trim(recipient_profession)) > 0 AND length(recipient_profession) <= 200),
  person_informed_at date NOT NULL,
  person_informed_method text NOT NULL CHECK (person_informed_method IN ('in-person', 'phone', 'letter', 'email')),
  person_agrees boolean NOT NULL CHECK (person_agrees),
  recipient_bound_by_secrecy boolean NOT NULL CHECK (recipient_bound_by_secrecy),
  common_mission text NOT NULL CHECK (length(trim(common_mission)) > 0 AND length(common_mission) <= 2000),
  items text[] NOT NULL CHECK (cardinality(items) BETWEEN 1 AND 20),
  only_necessary boolean NOT NULL CHECK (only_necessary),
  shared_at date NOT NULL,
  created_by uuid NOT NULL REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX secrecy_shares_request ON secrecy_shares (request_id, shared_at);
