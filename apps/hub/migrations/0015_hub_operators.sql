-- The hub operator's own accounts (issue 12, scope 2; ADR 0020): the hub is its own service and does
-- not depend on any CPAS's users. An account is created with `rse hub-operators create <name>`, which
-- prints a one-time password (scrypt hash stored); the operator chooses their own at the first login.
CREATE TABLE hub_operators (
  id bigserial PRIMARY KEY,
  name text NOT NULL UNIQUE CHECK (name ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
  password_hash text NOT NULL,
  must_change_password boolean NOT NULL DEFAULT true,
  is_active boolean NOT NULL DEFAULT true,
  failed_logins integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A session of the operator's web area: only the SHA-256 of its token is kept; idle and absolute
-- timeouts are checked by the service; ended sessions go after their retention period.
CREATE TABLE hub_operator_sessions (
  token_hash bytea PRIMARY KEY,
  operator_id bigint NOT NULL REFERENCES hub_operators (id),
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz
);
CREATE INDEX hub_operator_sessions_ended ON hub_operator_sessions (ended_at) WHERE ended_at IS NOT NULL;

-- What happened to the operator accounts themselves (who, when): append-only.
CREATE TABLE hub_operator_events (
  id bigserial PRIMARY KEY,
  operator text NOT NULL,
  action text NOT NULL CHECK (action IN ('created', 'password-reset', 'password-changed', 'deactivated', 'locked')),
  by_operator text NOT NULL CHECK (length(by_operator) BETWEEN 1 AND 100),
  at timestamptz NOT NULL DEFAULT now()
);
CREATE TRIGGER hub_operator_events_append_only BEFORE UPDATE OR DELETE ON hub_operator_events FOR EACH ROW EXECUTE FUNCTION refuse_log_change();

INSERT INTO retention_settings (record_class, days) VALUES ('ended-operator-sessions', 90);
