-- Key transparency at the node (ADR 0017): the node watches the hub's log for key entries in its
-- CPAS's name. Its own keys (current and past, so a rotation is no alarm) and each alert about a key
-- it did not register — a sign that someone (the hub, an intruder) published a key in its name.
CREATE TABLE key_transparency_own_keys (
  key_use text NOT NULL CHECK (key_use IN ('sig', 'enc')),
  kid text NOT NULL,
  public_key text NOT NULL,
  first_seen_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (key_use, kid, public_key)
);

CREATE TABLE key_transparency_alerts (
  leaf_index bigint PRIMARY KEY,
  key_use text NOT NULL,
  kid text NOT NULL,
  public_key text NOT NULL,
  logged_at text,
  detected_at timestamptz NOT NULL DEFAULT now(),
  resolved_at timestamptz
);
