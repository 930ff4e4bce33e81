-- Key transparency (ADR 0017): every institution key registered, rotated or deactivated is an entry
-- of the exchange log; this index finds the entry of a key so the hub can prove it to a provider,
-- and lists an institution's key entries for its own monitor.
CREATE TABLE log_key_entries (
  leaf_index bigint PRIMARY KEY REFERENCES log_leaves (leaf_index),
  kbo text NOT NULL,
  kid text NOT NULL,
  key_use text NOT NULL CHECK (key_use IN ('sig', 'enc')),
  event text NOT NULL CHECK (event IN ('key.registered', 'key.deactivated'))
);
CREATE INDEX log_key_entries_key ON log_key_entries (kbo, kid, leaf_index);
CREATE TRIGGER log_key_entries_append_only BEFORE UPDATE OR DELETE ON log_key_entries FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
