-- User administration (issue 12): an administrator of the CPAS creates, changes and deactivates
-- accounts; a password set by an administrator (or the CLI bootstrap) is one-time: the user chooses
-- their own at the first login. Deactivation keeps the row (the audit log and the files name it).
ALTER TABLE users ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE users ADD COLUMN deactivated_at timestamptz;
ALTER TABLE users ADD COLUMN updated_at timestamptz;

-- OpenID Connect: which value of the identity provider's groups claim gives which role in this CPAS.
-- A user whose groups match a mapping gets that role at each login (the most powerful match wins
-- by `priority`); an unknown username with a matching group is created (just-in-time provisioning).
CREATE TABLE oidc_role_mappings (
  group_value text PRIMARY KEY CHECK (length(group_value) BETWEEN 1 AND 200),
  role text NOT NULL CHECK (role IN ('social-worker', 'supervisor', 'committee-member', 'security-advisor', 'admin')),
  is_qualified_social_worker boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users (id),
  created_at timestamptz NOT NULL DEFAULT now()
);

-- How a session was opened: a one-time password blocks a password session until it is replaced,
-- never a session opened by the identity provider (OIDC), which authenticated the person itself.
ALTER TABLE sessions ADD COLUMN via text NOT NULL DEFAULT 'password' CHECK (via IN ('password', 'oidc'));
