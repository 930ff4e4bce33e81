/** The SQL of the committee sessions (R24), on a connection or a transaction. */
import type { Queryable } from '#platform/db.ts';
import type { AidRequestRow } from '../access/index.ts';
import type { Attendance, ItemRow, MemberRow, SessionRow } from './committee.ts';

const SESSION_SQL = `SELECT s.*, u.display_name AS secretary_name FROM committee_sessions s JOIN users u ON u.id = s.secretary_id`;

export function committeeRepository(db: Queryable) {
  return {
    session: (id: string, lock = false) => db.one<SessionRow>(`${SESSION_SQL} WHERE s.id = $1${lock ? ' FOR UPDATE OF s' : ''}`, [id]),

    /** Every session (the secretary's list), or those of one member, newest first. */
    list: (page: { limit: number; offset: number }, memberId: string | null) =>
      db.query<SessionRow & { item_count: string; decided_count: string; total: string }>(
        `${SESSION_SQL.replace(
          'SELECT s.*,',
          `SELECT s.*, count(*) OVER () AS total,
           (SELECT count(*) FROM committee_agenda_items i WHERE i.session_id = s.id) AS item_count,
           (SELECT count(*) FROM committee_agenda_items i WHERE i.session_id = s.id AND i.decision_id IS NOT NULL) AS decided_count,`,
        )}
          WHERE $3::uuid IS NULL OR EXISTS (SELECT 1 FROM committee_session_members m WHERE m.session_id = s.id AND m.user_id = $3)
          ORDER BY s.session_date DESC, s.created_at DESC LIMIT $1 OFFSET $2`,
        [page.limit, page.offset, memberId],
      ),

    members: (sessionId: string) =>
      db.query<MemberRow>(
        `SELECT m.user_id, u.display_name, m.attendance FROM committee_session_members m JOIN users u ON u.id = m.user_id
          WHERE m.session_id = $1 ORDER BY u.display_name`,
        [sessionId],
      ),

    items: (sessionId: string) =>
      db.query<ItemRow & { person_id: string }>(
        `SELECT i.request_id, i.position, r.kind, r.status, r.person_id, p.given_names, p.family_name, sr.signed_at,
                i.decision_id, d.ref AS decision_ref, d.outcome AS decision_outcome
           FROM committee_agenda_items i JOIN aid_requests r ON r.id = i.request_id JOIN persons p ON p.id = r.person_id
           LEFT JOIN social_reports sr ON sr.request_id = r.id LEFT JOIN decisions d ON d.id = i.decision_id
          WHERE i.session_id = $1 ORDER BY i.position`,
        [sessionId],
      ),

    /** Signed reports awaiting a decision that are on no planned session yet: what the secretary may put on an agenda. */
    candidates: () =>
      db.query<{ request_id: string; kind: string; given_names: string; family_name: string; signed_at: Date }>(
        `SELECT r.id AS request_id, r.kind, p.given_names, p.family_name, sr.signed_at
           FROM aid_requests r JOIN persons p ON p.id = r.person_id JOIN social_reports sr ON sr.request_id = r.id
          WHERE r.status = 'report-signed' AND sr.signed_at IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM committee_agenda_items i JOIN committee_sessions s ON s.id = i.session_id
                             WHERE i.request_id = r.id AND s.status = 'planned')
          ORDER BY sr.signed_at, r.id LIMIT 200`,
      ),

    activeCommitteeMembers: (ids: readonly string[]) =>
      db.query<{ id: string }>(`SELECT id FROM users WHERE id = ANY($1::uuid[]) AND role = 'committee-member' AND is_active`, [ids]),

    insertSession: async (input: { sessionDate: string; body: string; place: string | null; accessUntil: string; secretaryId: string }) =>
      (await db.one<{ id: string }>(
        `INSERT INTO committee_sessions (session_date, body, place, access_until, secretary_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [input.sessionDate, input.body, input.place, input.accessUntil, input.secretaryId],
      ))!.id,

    insertMember: (sessionId: string, userId: string) =>
      db.query('INSERT INTO committee_session_members (session_id, user_id) VALUES ($1, $2)', [sessionId, userId]),

    setAttendance: (sessionId: string, userId: string, attendance: Attendance) =>
      db.query('UPDATE committee_session_members SET attendance = $3 WHERE session_id = $1 AND user_id = $2', [
        sessionId,
        userId,
        attendance,
      ]),

    /** The request, locked: a request is put on an agenda or decided by one command at a time. */
    request: (requestId: string) => db.one<AidRequestRow>('SELECT * FROM aid_requests WHERE id = $1 FOR UPDATE', [requestId]),

    isReportSigned: async (requestId: string) =>
      Boolean(
        (await db.one<{ signed_at: Date | null }>('SELECT signed_at FROM social_reports WHERE request_id = $1', [requestId]))?.signed_at,
      ),

    plannedSessionOf: async (requestId: string) =>
      (
        await db.one<{ session_id: string }>(
          `SELECT i.session_id FROM committee_agenda_items i JOIN committee_sessions s ON s.id = i.session_id
            WHERE i.request_id = $1 AND s.status = 'planned'`,
          [requestId],
        )
      )?.session_id,

    item: (sessionId: string, requestId: string) =>
      db.one<{ decision_id: string | null }>('SELECT decision_id FROM committee_agenda_items WHERE session_id = $1 AND request_id = $2', [
        sessionId,
        requestId,
      ]),

    insertItem: (sessionId: string, requestId: string, addedBy: string) =>
      db.query(
        `INSERT INTO committee_agenda_items (session_id, request_id, position, added_by)
         VALUES ($1, $2, (SELECT coalesce(max(position), 0) + 1 FROM committee_agenda_items WHERE session_id = $1), $3)`,
        [sessionId, requestId, addedBy],
      ),

    deleteItem: (sessionId: string, requestId: string) =>
      db.query('DELETE FROM committee_agenda_items WHERE session_id = $1 AND request_id = $2 AND decision_id IS NULL', [
        sessionId,
        requestId,
      ]),

    setItemDecision: (sessionId: string, requestId: string, decisionId: string) =>
      db.query('UPDATE committee_agenda_items SET decision_id = $3 WHERE session_id = $1 AND request_id = $2', [
        sessionId,
        requestId,
        decisionId,
      ]),

    close: (sessionId: string, by: string, at: Date) =>
      db.query(`UPDATE committee_sessions SET status = 'closed', closed_at = $3, closed_by = $2 WHERE id = $1`, [sessionId, by, at]),

    /**
     * R24: the request is on the agenda of a session this member sits on whose access has not lapsed.
     * Returns the session date, or undefined.
     */
    memberAgendaAccess: async (requestId: string, userId: string, today: string) =>
      (
        await db.one<{ session_date: string }>(
          `SELECT s.session_date FROM committee_agenda_items i JOIN committee_sessions s ON s.id = i.session_id
             JOIN committee_session_members m ON m.session_id = s.id AND m.user_id = $2
            WHERE i.request_id = $1 AND s.access_until >= $3 ORDER BY s.session_date DESC LIMIT 1`,
          [requestId, userId, today],
        )
      )?.session_date,

    /** The agenda items a member may read today, across their sessions whose access has not lapsed. */
    memberAgenda: (userId: string, today: string, page: { limit: number; offset: number }) =>
      db.query<{
        request_id: string;
        kind: string;
        original_received_at: string;
        given_names: string;
        family_name: string;
        signed_at: Date | null;
        session_id: string;
        session_date: string;
        decision_id: string | null;
        total: string;
      }>(
        `SELECT r.id AS request_id, r.kind, r.original_received_at, p.given_names, p.family_name, sr.signed_at, s.id AS session_id, s.session_date,
                i.decision_id, count(*) OVER () AS total
           FROM committee_agenda_items i JOIN committee_sessions s ON s.id = i.session_id
           JOIN committee_session_members m ON m.session_id = s.id AND m.user_id = $1
           JOIN aid_requests r ON r.id = i.request_id JOIN persons p ON p.id = r.person_id
           LEFT JOIN social_reports sr ON sr.request_id = r.id
          WHERE s.access_until >= $2
          ORDER BY s.session_date, i.position LIMIT $3 OFFSET $4`,
        [userId, today, page.limit, page.offset],
      ),
  };
}

export type CommitteeRepository = ReturnType<typeof committeeRepository>;
