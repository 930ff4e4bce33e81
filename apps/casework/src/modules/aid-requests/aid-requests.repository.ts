/** The SQL of the aid-request use cases, one function per statement, on a connection or a transaction. */
import type { Queryable } from '#platform/db.ts';
import type { Settings } from '../../settings.ts';
import { accessibleRequestsPredicate, type AidRequestRow } from '../access/index.ts';

export type Assignee = { id: string; display_name: string };
export type NewAidRequestRow = {
  personId: string;
  kind: string;
  receivedAt: Date;
  originalReceivedAt: string;
  transferredFromKbo: string | null;
  acknowledgementNumber: string;
  acknowledgementIssuedAt: Date;
  isNewRisBeneficiary: boolean;
  createdBy: string;
  idempotencyKey: string | null;
};
/** One file's deadline facts; `outcome` is null when no decision stands (none taken, or all annulled). */
export type DeadlineFactsRow = {
  request_id: string;
  decided_at: string | null;
  notified_at: string | null;
  outcome: string | null;
  kind: string | null;
  transfer_started_at: string | null;
  piis_last_at: string | null;
};
/** `fileView`'s row: the single reads as columns (null when absent), the lists as parsed JSON. */
export type FileViewRow = DeadlineFactsRow & {
  person_id: string | null;
  niss: string | null;
  family_name: string;
  given_names: string;
  language: string;
  quality_code: string | null;
  integration_hub_status: string;
  integration_start: string;
  integration_end: string | null;
  informed_at: Date | null;
  informed_method: string;
  transfer_id: string | null;
  to_kbo: string;
  to_name: string;
  applicant_informed_at: string;
  is_overdue: boolean;
  transfer_hub_status: string;
  answered_at: Date | null;
  answer_reason: string | null;
  report_updated_at: Date | null;
  report_signed_at: Date | null;
  active_grants: number;
  deadline_rules: Settings['deadlines'] | null;
  kind_attributes: Record<string, unknown> | null;
  assignees: Assignee[];
  hearings: {
    id: string;
    requested_at: string;
    scheduled_at: string | null;
    held_at: string | null;
    attendees: string | null;
    assisted_by: string | null;
  }[];
  decisions: {
    id: string;
    ref: string;
    decided_at: string;
    aid_type: string;
    outcome: string;
    status: string;
    notified_at: string | null;
  }[];
};
export type NewGrant = { requestId: string; userId: string; reason: string; grantedBy: string; expiresAt: Date };
export type NewTransfer = {
  requestId: string;
  toKbo: string;
  toName: string;
  reason: string;
  startedAt: string;
  applicantInformedAt: string;
  isOverdue: boolean;
  createdBy: string;
};

/**
 * The joins giving the deadlines' facts of the files of a source `r (id)`: the latest decision not annulled
 * and its notification (`f`), the transfer (`t`), the last evaluation of the PIIS in force or its signature
 * date when none yet (`pe`). One text for the list (`deadlineFacts`) and the file's page (`fileView`).
 */
export const DEADLINE_FACTS_JOINS = `LEFT JOIN LATERAL (SELECT d.decided_at, n.sent_at AS notified_at, d.outcome, d.kind FROM decisions d
                                LEFT JOIN notifications n ON n.decision_id = d.id
                               WHERE d.request_id = r.id AND d.status <> 'annulled' ORDER BY d.decided_at DESC, d.created_at DESC LIMIT 1) f ON true
           LEFT JOIN transfers t ON t.request_id = r.id
           LEFT JOIN LATERAL (SELECT coalesce((SELECT max(e.evaluated_at) FROM piis_evaluations e WHERE e.contract_id = c.id), c.signed_at)::text AS last_at
                                FROM piis_contracts c WHERE c.request_id = r.id AND c.ended_at IS NULL) pe ON true`;

/**
 * The deadlines' facts as columns of a list's own statement over files `r`, with `DEADLINE_FACTS_JOINS` after its
 * joins (issue 14): the list's files and their facts in one statement, not a second one looking every file up again.
 * The decision's kind is `decision_kind` there, beside the file's own `kind`.
 */
export const LISTED_DEADLINE_FACTS_COLUMNS = `f.decided_at, f.notified_at, f.outcome, f.kind AS decision_kind,
  t.started_at AS transfer_started_at, pe.last_at AS piis_last_at`;

/** A list's row with `LISTED_DEADLINE_FACTS_COLUMNS`. */
export type ListedDeadlineFacts = Omit<DeadlineFactsRow, 'request_id' | 'kind'> & { decision_kind: string | null };

export function aidRequestRepository(db: Queryable) {
  return {
    // Reads of one file
    byId: (id: string) => db.one<AidRequestRow>('SELECT * FROM aid_requests WHERE id = $1', [id]),
    idByIdempotencyKey: async (key: string) =>
      (await db.one<{ id: string }>('SELECT id FROM aid_requests WHERE idempotency_key = $1', [key]))?.id,
    /**
     * The facts the deadlines of files depend on, in one statement for a whole list (issue 14): the latest
     * decision not annulled and its notification, the transfer's start, the last evaluation of the PIIS in
     * force (its signature date when none yet); one row per file asked.
     */
    deadlineFacts: (requestIds: string[]) =>
      db.query<DeadlineFactsRow>(
        `SELECT r.id AS request_id, f.decided_at, f.notified_at, f.outcome, f.kind, t.started_at AS transfer_started_at, pe.last_at AS piis_last_at
           FROM unnest($1::uuid[]) AS r (id) ${DEADLINE_FACTS_JOINS}`,
        [requestIds],
      ),
    /**
     * Everything the file's page shows besides the file's own row, in one statement (issue 14: it was ten
     * round trips): person, applicant's integration, last person-informed record, transfer, report state,
     * the deadlines' facts, rules and aid kind, the number of grants in force at `now` as single columns; assignees,
     * hearings and decisions as JSON
     * arrays (their columns are text and dates, which JSON keeps as the driver gives them).
     */
    fileView: async (request: { id: string; person_id: string; kind: string }, now: Date) =>
      (await db.one<FileViewRow>(
        `SELECT p.id AS person_id, p.niss, p.family_name, p.given_names, p.language,
                ig.quality_code, ig.hub_status AS integration_hub_status, ig.start_date AS integration_start, ig.end_date AS integration_end,
                pi.informed_at, pi.method AS informed_method,
                t.id AS transfer_id, t.to_kbo, t.to_name, t.started_at AS transfer_started_at, t.applicant_informed_at, t.is_overdue,
                t.hub_status AS transfer_hub_status, t.answered_at, t.answer_reason,
                sr.updated_at AS report_updated_at, sr.signed_at AS report_signed_at,
                r.id AS request_id, f.decided_at, f.notified_at, f.outcome, f.kind, pe.last_at AS piis_last_at,
                (SELECT s.value FROM settings s WHERE s.key = 'deadlines') AS deadline_rules,
                (SELECT k.attributes FROM code_lists k WHERE k.list = 'aid-kind' AND k.code = $3 AND k.is_active) AS kind_attributes,
                (SELECT coalesce(json_agg(json_build_object('id', u.id, 'display_name', u.display_name) ORDER BY a.assigned_at), '[]')
                   FROM assignments a JOIN users u ON u.id = a.user_id WHERE a.request_id = r.id AND a.ended_at IS NULL) AS assignees,
                (SELECT coalesce(json_agg(json_build_object('id', h.id, 'requested_at', h.requested_at, 'scheduled_at', h.scheduled_at,
                          'held_at', h.held_at, 'attendees', h.attendees, 'assisted_by', h.assisted_by) ORDER BY h.requested_at), '[]')
                   FROM hearings h WHERE h.request_id = r.id) AS hearings,
                (SELECT coalesce(json_agg(json_build_object('id', d.id, 'ref', d.ref, 'decided_at', d.decided_at, 'aid_type', d.aid_type,
                          'outcome', d.outcome, 'status', d.status, 'notified_at', n.sent_at) ORDER BY d.decided_at, d.created_at), '[]')
                   FROM decisions d LEFT JOIN notifications n ON n.decision_id = d.id WHERE d.request_id = r.id) AS decisions,
                (SELECT count(*)::int FROM access_grants g WHERE g.request_id = r.id AND g.revoked_at IS NULL AND g.expires_at > $4) AS active_grants
           FROM (SELECT $1::uuid AS id) r
           LEFT JOIN persons p ON p.id = $2
           LEFT JOIN LATERAL (SELECT quality_code, hub_status, start_date, end_date FROM integrations
                               WHERE request_id = r.id AND role = 'applicant' LIMIT 1) ig ON true
           LEFT JOIN LATERAL (SELECT informed_at, method FROM person_informed WHERE request_id = r.id ORDER BY informed_at DESC LIMIT 1) pi ON true
           LEFT JOIN social_reports sr ON sr.request_id = r.id
           ${DEADLINE_FACTS_JOINS}`,
        [request.id, request.person_id, request.kind, now],
      ))!,

    // Lists
    accessibleForPerson: (personId: string, userId: string, now: Date) =>
      db.query<AidRequestRow>(
        `SELECT r.* FROM aid_requests r WHERE r.person_id = $1 AND ${accessibleRequestsPredicate('r', '$2', '$3')} ORDER BY r.received_at DESC`,
        [personId, userId, now],
      ),
    currentAssignees: (requestId: string) =>
      db.query<Assignee>(
        'SELECT u.id, u.display_name FROM assignments a JOIN users u ON u.id = a.user_id WHERE a.request_id = $1 AND a.ended_at IS NULL',
        [requestId],
      ),

    // Registration
    /** The registered persons living with the applicant on `day` (household composition, migration 0022): cohabitants by default. */
    householdCohabitants: async (personId: string, day: string) =>
      (
        await db.query<{ member_person_id: string }>(
          `SELECT member_person_id FROM household_members WHERE person_id = $1 AND member_person_id IS NOT NULL
              AND from_date <= $2::date AND (to_date IS NULL OR to_date >= $2::date)`,
          [personId, day],
        )
      ).map((row) => row.member_person_id),
    isActivePerson: async (personId: string) =>
      (await db.one('SELECT id, niss FROM persons WHERE id = $1 AND anonymised_at IS NULL', [personId])) !== undefined,
    nextAcknowledgementSequence: async () => (await db.one<{ n: number }>(`SELECT nextval('acknowledgement_numbers') AS n`))!.n,
    insert: async (row: NewAidRequestRow) =>
      (await db.one<AidRequestRow>(
        `INSERT INTO aid_requests (person_id, kind, status, received_at, original_received_at, transferred_from_kbo, acknowledgement_number,
           acknowledgement_issued_at, is_new_ris_beneficiary, created_by, idempotency_key)
         VALUES ($1, $2, 'received', $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
        [
          row.personId,
          row.kind,
          row.receivedAt,
          row.originalReceivedAt,
          row.transferredFromKbo,
          row.acknowledgementNumber,
          row.acknowledgementIssuedAt,
          row.isNewRisBeneficiary,
          row.createdBy,
          row.idempotencyKey,
        ],
      ))!,
    addCohabitant: (requestId: string, personId: string) =>
      db.query('INSERT INTO aid_request_cohabitants (request_id, person_id) VALUES ($1, $2)', [requestId, personId]),

    // Access: assignment and grants (R23)
    activeUserRole: async (userId: string) =>
      (await db.one<{ role: string }>(`SELECT role FROM users WHERE id = $1 AND is_active`, [userId]))?.role,
    selfAssign: (requestId: string, userId: string) =>
      db.query('INSERT INTO assignments (request_id, user_id, assigned_by) VALUES ($1, $2, $2)', [requestId, userId]),
    assign: (requestId: string, userId: string, assignedBy: string) =>
      db.query(
        `INSERT INTO assignments (request_id, user_id, assigned_by) VALUES ($1, $2, $3)
                        ON CONFLICT (request_id, user_id) DO UPDATE SET ended_at = NULL, assigned_at = now(), assigned_by = $3`,
        [requestId, userId, assignedBy],
      ),
    grant: async (grant: NewGrant) =>
      (await db.one<{ id: string }>(
        `INSERT INTO access_grants (request_id, user_id, kind, reason, granted_by, expires_at) VALUES ($1, $2, 'grant', $3, $4, $5) RETURNING id`,
        [grant.requestId, grant.userId, grant.reason, grant.grantedBy, grant.expiresAt],
      ))!.id,

    // Events of the file
    insertTransfer: async (transfer: NewTransfer) =>
      (await db.one<{ id: string }>(
        `INSERT INTO transfers (request_id, to_kbo, to_name, reason, started_at, applicant_informed_at, is_overdue, created_by)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          transfer.requestId,
          transfer.toKbo,
          transfer.toName,
          transfer.reason,
          transfer.startedAt,
          transfer.applicantInformedAt,
          transfer.isOverdue,
          transfer.createdBy,
        ],
      ))!.id,
    markTransferred: (requestId: string, at: Date) =>
      db.query(
        `UPDATE aid_requests SET status = 'transferred', closed_at = $2, close_reason = 'transferred', updated_at = now() WHERE id = $1`,
        [requestId, at],
      ),
    /** R14: the latest evaluation of the PIIS in force, or its signature when none yet (migration 0026). */
    insertPersonInformed: async (requestId: string, informedAt: string, method: string, recordedBy: string) =>
      (await db.one<{ id: string; informed_at: Date; recorded_at: Date }>(
        'INSERT INTO person_informed (request_id, informed_at, method, recorded_by) VALUES ($1, $2, $3, $4) RETURNING id, informed_at, recorded_at',
        [requestId, informedAt, method, recordedBy],
      ))!,
    close: (requestId: string, at: Date, reason: string) =>
      db.query(`UPDATE aid_requests SET status = 'closed', closed_at = $2, close_reason = $3, updated_at = now() WHERE id = $1`, [
        requestId,
        at,
        reason,
      ]),
  };
}

export type AidRequestRepository = ReturnType<typeof aidRequestRepository>;
