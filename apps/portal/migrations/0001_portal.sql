-- The citizen portal's own database: sessions, the logins in progress, and the hub's signed tree
-- heads it has seen (to check that the exchange log only ever grows). No file data: every exchange
-- and summary is read through the hub when the person asks, and never stored here.

CREATE TABLE sessions (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  token_hash bytea NOT NULL UNIQUE,
  niss char(11) NOT NULL,
  given_names text,
  family_name text,
  auth_method text NOT NULL CHECK (auth_method IN ('demo', 'oidc')),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz
);
CREATE INDEX sessions_open ON sessions (last_seen_at) WHERE ended_at IS NULL;

-- An OIDC login between the redirect to the identity provider and its callback (state, nonce, PKCE).
CREATE TABLE oidc_logins (
  state text PRIMARY KEY,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Every signed tree head the portal verified. A later head must extend an earlier one (RFC 9162
-- consistency); when it does not, the portal records an alert and says so loudly.
CREATE TABLE seen_tree_heads (
  tree_size bigint PRIMARY KEY,
  root_hash text NOT NULL,
  signed_at timestamptz NOT NULL,
  signature text NOT NULL,
  seen_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE log_alerts (
  id bigserial PRIMARY KEY,
  kind text NOT NULL CHECK (kind IN ('inconsistent', 'bad-signature', 'proof-unavailable')),
  first_size bigint,
  first_root text,
  second_size bigint,
  second_root text,
  detected_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz
);
