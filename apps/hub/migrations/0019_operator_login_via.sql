-- How each hub operator session was opened (ADR 0020): with the operator's password, or through the
-- hub's OpenID Connect provider (HUB_OPERATOR_OIDC_ISSUER). A session opened through the provider is
-- not sent to the password page: the one-time password of a new account is then never needed.
ALTER TABLE hub_operator_sessions ADD COLUMN via text NOT NULL DEFAULT 'password' CHECK (via IN ('password', 'oidc'));
