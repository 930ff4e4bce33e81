-- R45: no free text in the hash-chained audit log. A reason typed by a person (a break-glass
-- opening, a watch on a person) stays in the record that holds it — the access grant, or this
-- table for watch reasons — and the audit event carries only a reference to it
-- (`access-grant:<id>`, `watch-reason:<id>`). Deleting such a record (retention, anonymisation)
-- never breaks the chain, whose hashes cover only the reference.
CREATE TABLE person_watch_reasons (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  person_id uuid NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
  reason text NOT NULL,
  set_by uuid NOT NULL REFERENCES users (id),
  set_at timestamptz NOT NULL
);
CREATE INDEX person_watch_reasons_person ON person_watch_reasons (person_id);
