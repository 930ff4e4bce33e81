/** The SQL of oversight: what is held about a person (R38), persons under watch, the audit log read for an investigation. */
import type { Queryable } from '#platform/db.ts';
import type { PersonRow } from '../persons/index.ts';

export type ReportDecisionRow = {
  ref: string;
  request_id: string;
  decided_at: string;
  body: string;
  aid_type: string;
  outcome: string;
  amount_cents: number | null;
  legal_basis: string;
  motivation_category: string;
  motivation_text: string | null;
  status: string;
};
export type ReportDocumentRow = {
  request_id: string;
  type: string;
  title: string;
  document_date: string;
  source: string;
  source_ref: string | null;
  retention_class: string;
};
export type AuditEventRow = {
  id: string;
  at: Date;
  user_id: string | null;
  display_name: string | null;
  role: string | null;
  action: string;
  record_type: string;
  record_id: string | null;
  person_id: string | null;
  family_name: string | null;
  given_names: string | null;
  outcome: string;
  request_id: string | null;
};
export type AuditFilter = { start: Date; end: Date; userId: string | null; personId: string | null };

const AUDIT_WHERE = `e.at >= $1 AND e.at <= $2 AND ($3::uuid IS NULL OR e.user_id = $3) AND ($4::uuid IS NULL OR e.person_id = $4)`;
const auditParams = (filter: AuditFilter) => [filter.start, filter.end, filter.userId, filter.personId];

export function oversightRepository(db: Queryable) {
  return {
    // The access report (R38)
    person: (personId: string) => db.one<PersonRow>('SELECT * FROM persons WHERE id = $1 AND anonymised_at IS NULL', [personId]),
    identifiers: (personId: string) =>
      db.query<{ niss: string; kind: string; valid_from: Date; replaced_at: Date | null }>(
        'SELECT niss, kind, valid_from, replaced_at FROM person_identifiers WHERE person_id = $1 ORDER BY valid_from',
        [personId],
      ),
    requests: (personId: string) =>
      db.query<{ id: string; kind: string; status: string; received_at: Date; acknowledgement_number: string; closed_at: Date | null }>(
        `SELECT id, kind, status, received_at, acknowledgement_number, closed_at FROM aid_requests WHERE person_id = $1 ORDER BY received_at`,
        [personId],
      ),
    decisions: (personId: string) =>
      db.query<ReportDecisionRow>(
        `SELECT d.* FROM decisions d JOIN aid_requests r ON r.id = d.request_id WHERE r.person_id = $1 ORDER BY d.decided_at`,
        [personId],
      ),
    socialReports: (personId: string) =>
      db.query<{ request_id: string; sections: unknown; signed_at: Date | null }>(
        `SELECT s.request_id, s.sections, s.signed_at FROM social_reports s JOIN aid_requests r ON r.id = s.request_id WHERE r.person_id = $1`,
        [personId],
      ),
    documents: (personId: string) =>
      db.query<ReportDocumentRow>(
        `SELECT d.request_id, d.type, d.title, d.document_date, d.source, d.source_ref, d.retention_class
           FROM documents d JOIN aid_requests r ON r.id = d.request_id WHERE r.person_id = $1`,
        [personId],
      ),
    noteCounts: (personId: string) =>
      db.query<{ request_id: string; count: number }>(
        `SELECT n.request_id, count(*)::int AS count FROM notes n JOIN aid_requests r ON r.id = n.request_id WHERE r.person_id = $1 GROUP BY n.request_id`,
        [personId],
      ),
    exportedDisclosures: (personId: string, now: Date) =>
      db.query<{ recipient: string; legal_basis: string; items: unknown; exported_at: Date | null; deferred_until: string | null }>(
        `SELECT recipient, legal_basis, items, exported_at, deferred_until FROM disclosures WHERE person_id = $1 AND exported_at IS NOT NULL
          AND (deferred_until IS NULL OR deferred_until <= $2::date) ORDER BY exported_at`,
        [personId, now],
      ),
    /** A disclosure under a legal deferral (e.g. secrecy of the investigation) stays out of the report, its log entries too, until the date. */
    accesses: (personId: string, now: Date) =>
      db.query<{ at: Date; display_name: string | null; role: string | null; action: string; outcome: string; record_type: string }>(
        `SELECT e.at, u.display_name, e.role, e.action, e.outcome, e.record_type FROM audit_events e LEFT JOIN users u ON u.id = e.user_id
          WHERE e.person_id = $1
            AND NOT (e.record_type = 'disclosure' AND EXISTS (SELECT 1 FROM disclosures d WHERE d.id::text = e.record_id AND d.deferred_until > $2::date))
          ORDER BY e.id`,
        [personId, now],
      ),
    integrations: (personId: string) =>
      db.query<{ request_id: string; quality_code: string; start_date: string; end_date: string | null }>(
        'SELECT request_id, quality_code, start_date, end_date FROM integrations WHERE person_id = $1',
        [personId],
      ),

    // The monthly report
    breakGlassCounts: async (start: Date, end: Date) =>
      (await db.one<{ opened: number; reviewed: number; unjustified: number }>(
        `SELECT count(*)::int AS opened, count(*) FILTER (WHERE reviewed_at IS NOT NULL)::int AS reviewed,
                count(*) FILTER (WHERE review_verdict = 'unjustified')::int AS unjustified
           FROM access_grants WHERE kind = 'break-glass' AND granted_at BETWEEN $1 AND $2`,
        [start, end],
      ))!,

    /** The watch reason kept outside the audit chain (R45); the event references its id. */
    insertWatchReason: async (personId: string, reason: string, userId: string, at: Date) =>
      (await db.one<{ id: string }>(
        'INSERT INTO person_watch_reasons (person_id, reason, set_by, set_at) VALUES ($1, $2, $3, $4) RETURNING id',
        [personId, reason, userId, at],
      ))!.id,
    /** Whether the user is in the team of one of the person's files (R23): a supervisor's access report is limited to those. */
    isPersonTeam: async (personId: string, userId: string) =>
      (await db.one<{ ok: boolean }>(
        'SELECT EXISTS (SELECT 1 FROM aid_requests r WHERE r.person_id = $1 AND is_request_team(r.id, $2)) AS ok',
        [personId, userId],
      ))!.ok,

    // Persons under watch
    setSensitivity: (personId: string, isSensitive: boolean, reason: string | null, userId: string, at: Date) =>
      db.one<{ id: string; is_sensitive: boolean; sensitive_reason: string | null; sensitive_flagged_at: Date | null }>(
        `UPDATE persons SET is_sensitive = $2, sensitive_reason = CASE WHEN $2 THEN $3 END, sensitive_flagged_by = CASE WHEN $2 THEN $4::uuid END,
                sensitive_flagged_at = CASE WHEN $2 THEN $5::timestamptz END
          WHERE id = $1 AND anonymised_at IS NULL RETURNING id, is_sensitive, sensitive_reason, sensitive_flagged_at`,
        [personId, isSensitive, reason, userId, at],
      ),
    activePersonIdByNiss: async (niss: string) =>
      (
        await db.one<{ id: string }>(
          'SELECT p.id FROM persons p JOIN person_identifiers i ON i.person_id = p.id WHERE i.niss = $1 AND p.anonymised_at IS NULL',
          [niss],
        )
      )?.id,
    sensitivePersons: () =>
      db.query<{
        id: string;
        family_name: string;
        given_names: string;
        sensitive_reason: string | null;
        sensitive_flagged_at: Date | null;
        flagged_by: string | null;
      }>(
        `SELECT p.id, p.family_name, p.given_names, p.sensitive_reason, p.sensitive_flagged_at, u.display_name AS flagged_by
           FROM persons p LEFT JOIN users u ON u.id = p.sensitive_flagged_by
          WHERE p.is_sensitive AND p.anonymised_at IS NULL ORDER BY p.family_name, p.given_names`,
      ),

    // The audit log, read for one user or one person
    auditEvents: (filter: AuditFilter, page: { limit: number; offset: number }) =>
      db.query<AuditEventRow>(
        `SELECT e.id, e.at, e.user_id, u.display_name, e.role, e.action, e.record_type, e.record_id, e.person_id, p.family_name, p.given_names,
           e.outcome, e.request_id
           FROM audit_events e LEFT JOIN users u ON u.id = e.user_id LEFT JOIN persons p ON p.id = e.person_id
          WHERE ${AUDIT_WHERE} ORDER BY e.at DESC, e.id DESC LIMIT $5 OFFSET $6`,
        [...auditParams(filter), page.limit, page.offset],
      ),
    auditEventCount: async (filter: AuditFilter) =>
      (await db.one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events e WHERE ${AUDIT_WHERE}`, auditParams(filter)))?.n ?? 0,
    subjectNames: (userId: string | null, personId: string | null) =>
      db.one<{ user_name: string | null; person_name: string | null }>(
        `SELECT (SELECT display_name FROM users WHERE id = $1::uuid) AS user_name,
           (SELECT family_name || ' ' || given_names FROM persons WHERE id = $2::uuid) AS person_name`,
        [userId, personId],
      ),
  };
}

export type OversightRepository = ReturnType<typeof oversightRepository>;
