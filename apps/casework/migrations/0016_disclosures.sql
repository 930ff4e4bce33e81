-- The disclosure workflow for lawful written requests (R26, R27; domain §4.1–4.2).
-- A disclosure is recorded with its legal basis, limited to items chosen from a closed catalogue,
-- reviewed by a second officer (four-eyes), exported once, and shown in the person's access report
-- unless a legal deferral is recorded. The columns of 0001 keep their meaning: `recipient` is the
-- authority, `legal_basis` a `disclosure-legal-basis` code, `items` the item list disclosed,
-- `requested_at` the date of the written request, `approved_*` the approving officer,
-- `exported_at` the one export, `deferred_until` the end of a legal deferral.

ALTER TABLE disclosures
  ADD COLUMN status text NOT NULL DEFAULT 'recorded' CHECK (status IN ('recorded', 'approved', 'refused', 'exported')),
  ADD COLUMN recipient_name text,
  ADD COLUMN recipient_language text NOT NULL DEFAULT 'fr' CHECK (recipient_language IN ('fr', 'nl', 'de')),
  -- The text reference of the legal provision (mandatory for `other-legal-obligation`).
  ADD COLUMN legal_reference text,
  -- The written request: its reference (e.g. the notice number of the prosecutor's office) and the scope it states.
  ADD COLUMN request_reference text,
  ADD COLUMN stated_scope text,
  ADD COLUMN items_selected_by uuid REFERENCES users (id),
  ADD COLUMN items_selected_at timestamptz,
  ADD COLUMN reviewed_by uuid REFERENCES users (id),
  ADD COLUMN reviewed_at timestamptz,
  ADD COLUMN legal_assessment text,
  ADD COLUMN refusal_reason text,
  ADD COLUMN exported_by uuid REFERENCES users (id),
  ADD COLUMN export_format text CHECK (export_format IN ('json', 'pdf')),
  -- What proves what was sent: the item list (items) and the SHA-256 (hex) of the exported document, never the document.
  ADD COLUMN export_sha256 text CHECK (export_sha256 IS NULL OR export_sha256 ~ '^[0-9a-f]{64}$'),
  ADD COLUMN deferral_basis text,
  ADD COLUMN deferral_reference text,
  ADD COLUMN deferred_by uuid REFERENCES users (id),
  ADD COLUMN deferred_at timestamptz;

-- R25 by construction, also in the database: an item is identity, an aid request or a decision.
-- There is no item type for a note, a document or the social report.
CREATE FUNCTION disclosure_items_are_valid(items jsonb) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_typeof(items) = 'array' AND NOT EXISTS (
    SELECT 1 FROM jsonb_array_elements(items) AS item
     WHERE jsonb_typeof(item) <> 'object' OR coalesce(item->>'type', '') NOT IN ('identity', 'aid-request', 'decision'))
$$;

ALTER TABLE disclosures
  ADD CONSTRAINT disclosures_items_closed CHECK (disclosure_items_are_valid(items)),
  ADD CONSTRAINT disclosures_legal_basis_present CHECK (length(trim(legal_basis)) > 0),
  -- R26: no approval or export without approver, a second officer, and at least one item.
  ADD CONSTRAINT disclosures_approval_complete CHECK (status NOT IN ('approved', 'exported')
    OR (approved_by IS NOT NULL AND approved_at IS NOT NULL AND jsonb_array_length(items) > 0 AND legal_assessment IS NOT NULL)),
  ADD CONSTRAINT disclosures_four_eyes CHECK (approved_by IS NULL OR (approved_by <> created_by AND approved_by IS DISTINCT FROM items_selected_by)),
  ADD CONSTRAINT disclosures_export_complete CHECK ((exported_at IS NULL) = (status <> 'exported')
    AND (exported_at IS NULL OR (export_sha256 IS NOT NULL AND export_format IS NOT NULL AND exported_by IS NOT NULL))),
  ADD CONSTRAINT disclosures_deferral_complete CHECK (deferred_until IS NULL OR deferral_basis IS NOT NULL);

CREATE INDEX disclosures_status ON disclosures (status, created_at);
CREATE INDEX disclosures_person ON disclosures (person_id);

-- Exported once: what was sent can no longer change (only a deferral may still be recorded).
CREATE FUNCTION refuse_exported_disclosure_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.exported_at IS NOT NULL AND (
       NEW.person_id, NEW.recipient, NEW.recipient_name, NEW.legal_basis, NEW.legal_reference, NEW.items, NEW.status,
       NEW.approved_by, NEW.approved_at, NEW.exported_at, NEW.exported_by, NEW.export_format, NEW.export_sha256
     ) IS DISTINCT FROM (
       OLD.person_id, OLD.recipient, OLD.recipient_name, OLD.legal_basis, OLD.legal_reference, OLD.items, OLD.status,
       OLD.approved_by, OLD.approved_at, OLD.exported_at, OLD.exported_by, OLD.export_format, OLD.export_sha256
     ) THEN
    RAISE EXCEPTION 'an exported disclosure cannot be changed';
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER disclosures_exported_frozen BEFORE UPDATE ON disclosures
  FOR EACH ROW EXECUTE FUNCTION refuse_exported_disclosure_change();

-- The legal bases of a disclosure (domain §4.2). Data (R22): a CPAS may deactivate or add one.
-- requiresReference: the officer must name the provision in words.
INSERT INTO code_lists (list, code, labels, attributes) VALUES
  -- Art. 46bis/1 §1–2 Code of criminal procedure: the passive duty to answer a written request of the
  -- procureur du Roi in a terrorism investigation (the active duty, §3, was annulled by the
  -- Constitutional Court, judgment 44/2019).
  ('disclosure-legal-basis', 'art-46bis1-cic', '{}', '{"requiresReference": false}'),
  -- Art. 458 Criminal Code: testimony in court, or an order of a judge.
  ('disclosure-legal-basis', 'court-order', '{}', '{"requiresReference": false}'),
  -- Art. 458ter Criminal Code: a case consultation organised by law or authorised by the procureur.
  ('disclosure-legal-basis', 'art-458ter-case-consultation', '{}', '{"requiresReference": false}'),
  -- The person's own written consent to this disclosure.
  ('disclosure-legal-basis', 'person-consent', '{}', '{"requiresReference": false}'),
  -- Art. 458 Criminal Code, "when the law obliges": another legal obligation, named in words.
  ('disclosure-legal-basis', 'other-legal-obligation', '{}', '{"requiresReference": true}'),
  -- What allows the CPAS to keep a disclosure out of the person's access report for a while
  -- (anchors §7; GDPR art. 23 restrictions): the secrecy of the investigation (art. 28quinquies §1
  -- and 57 §1 Code of criminal procedure [FROM GENERAL KNOWLEDGE]), a judge's order, or another provision named in words.
  ('disclosure-deferral-basis', 'secrecy-of-investigation', '{}', '{"requiresReference": false}'),
  ('disclosure-deferral-basis', 'court-order', '{}', '{"requiresReference": false}'),
  ('disclosure-deferral-basis', 'other-legal-provision', '{}', '{"requiresReference": true}');
