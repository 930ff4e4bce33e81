-- The hub operator's changes to the registry, kept (issue 12: institutions registered, keys rotated,
-- deactivated, with audit and history): who, when, what, why, and the previous entry. Append-only.
CREATE TABLE institution_changes (
  id bigserial PRIMARY KEY,
  kbo char(10) NOT NULL REFERENCES institutions (kbo),
  action text NOT NULL CHECK (action IN ('registered', 'updated', 'keys-rotated', 'deactivated', 'reactivated')),
  operator text NOT NULL CHECK (length(operator) BETWEEN 1 AND 100),
  reason text CHECK (length(reason) <= 500),
  previous jsonb,
  changed_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX institution_changes_kbo ON institution_changes (kbo, id);
CREATE TRIGGER institution_changes_append_only BEFORE UPDATE OR DELETE ON institution_changes FOR EACH ROW EXECUTE FUNCTION refuse_log_change();
