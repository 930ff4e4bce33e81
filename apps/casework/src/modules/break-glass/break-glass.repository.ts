/** The SQL of break-glass: openings (grants of kind `break-glass`), the person's letter, the worklist notice, the weekly counts. */
import type { Queryable } from '#platform/db.ts';
import { readInstitution } from '../../institution.ts';
import { accessibleRequestsPredicate, requestTeamPredicate } from '../access/index.ts';
import type { GrantAction, NoticeMethod, OpeningRow, Verdict } from './break-glass.ts';

const OPENINGS_SQL = `
  SELECT g.id, g.request_id, g.user_id, g.reason, g.granted_at, g.expires_at, g.reviewed_at, g.reviewed_by, g.review_verdict, g.review_comment,
    p.id AS person_id, p.family_name, p.given_names, o.display_name AS opened_by_name, rv.display_name AS reviewed_by_name,
    n.status AS notice_status, to_char(n.sent_at, 'YYYY-MM-DD') AS notice_sent_at, n.sent_method AS notice_method, n.language AS notice_language
  FROM access_grants g
  JOIN aid_requests r ON r.id = g.request_id
  JOIN persons p ON p.id = r.person_id
  JOIN users o ON o.id = g.user_id
  LEFT JOIN users rv ON rv.id = g.reviewed_by
  LEFT JOIN break_glass_person_notices n ON n.grant_id = g.id
  WHERE g.kind = 'break-glass'`;

const IN_BRUSSELS_WEEK = `(g.granted_at AT TIME ZONE 'Europe/Brussels') >= $1::timestamp AND (g.granted_at AT TIME ZONE 'Europe/Brussels') < $2::timestamp`;

export type WeekTotalRow = {
  week: string;
  starts_on: string;
  openings: number;
  reviewed: number;
  justified: number;
  unjustified: number;
  pending: number;
};
export type WeekUserRow = {
  week: string;
  user_id: string;
  display_name: string;
  openings: number;
  justified: number;
  unjustified: number;
  pending: number;
};

export function breakGlassRepository(db: Queryable) {
  return {
    isTeam: async (requestId: string, userId: string) =>
      Boolean((await db.one<{ is_team: boolean }>(`SELECT ${requestTeamPredicate('$1', '$2')} AS is_team`, [requestId, userId]))?.is_team),

    // Openings
    openingsOfPerson: (personId: string) => db.query<OpeningRow>(`${OPENINGS_SQL} AND r.person_id = $1 ORDER BY g.granted_at`, [personId]),
    openingsOfRequest: (requestId: string) =>
      db.query<OpeningRow>(`${OPENINGS_SQL} AND g.request_id = $1 ORDER BY g.granted_at DESC`, [requestId]),
    opening: (grantId: string, requestId: string) =>
      db.one<OpeningRow>(`${OPENINGS_SQL} AND g.id = $1 AND g.request_id = $2`, [grantId, requestId]),
    pendingOrReviewed: (status: 'pending' | 'reviewed' | 'all', limit = 500) => {
      const where = status === 'pending' ? 'AND g.reviewed_at IS NULL' : status === 'reviewed' ? 'AND g.reviewed_at IS NOT NULL' : '';
      const order = status === 'pending' ? 'g.granted_at ASC' : 'g.granted_at DESC';
      return db.query<OpeningRow>(`${OPENINGS_SQL} ${where} ORDER BY ${order} LIMIT ${limit}`);
    },
    openingById: (grantId: string) => db.query<OpeningRow>(`${OPENINGS_SQL} AND g.id = $1 ORDER BY g.granted_at LIMIT 500`, [grantId]),
    openingsOfWeek: (startsOn: string, nextMonday: string) =>
      db.query<OpeningRow>(`${OPENINGS_SQL} AND ${IN_BRUSSELS_WEEK} ORDER BY g.granted_at ASC LIMIT 10000`, [startsOn, nextMonday]),
    /** The audit actions of the opener on the person while each opening lasted (action names only, R44). */
    actionsDuring: async (grantIds: string[]): Promise<Map<string, GrantAction[]>> => {
      const byGrant = new Map<string, GrantAction[]>(grantIds.map((id) => [id, []]));
      if (grantIds.length === 0) return byGrant;
      const rows = await db.query<{ grant_id: string; at: Date; action: string; outcome: string }>(
        `SELECT g.id AS grant_id, e.at, e.action, e.outcome FROM access_grants g
           JOIN aid_requests r ON r.id = g.request_id
           JOIN audit_events e ON e.person_id = r.person_id AND e.user_id = g.user_id AND e.at >= g.granted_at AND e.at <= g.expires_at
          WHERE g.id = ANY($1::uuid[]) AND e.action NOT LIKE 'break-glass.%' ORDER BY e.id`,
        [grantIds],
      );
      for (const row of rows) byGrant.get(row.grant_id)!.push({ at: row.at.toISOString(), action: row.action, outcome: row.outcome });
      return byGrant;
    },

    // Opening a file
    lockForOpening: (requestId: string, userId: string, now: Date) =>
      db.one<{ id: string; person_id: string; is_accessible: boolean; language: 'fr' | 'nl' | 'de' }>(
        `SELECT r.id, r.person_id, p.language, ${accessibleRequestsPredicate('r', '$2', '$3')} AS is_accessible
           FROM aid_requests r JOIN persons p ON p.id = r.person_id WHERE r.id = $1 AND r.purged_at IS NULL AND p.anonymised_at IS NULL FOR UPDATE OF r`,
        [requestId, userId, now],
      ),
    insertOpening: async (requestId: string, userId: string, reason: string, at: Date, expiresAt: Date) =>
      (await db.one<{ id: string }>(
        `INSERT INTO access_grants (request_id, user_id, kind, reason, granted_by, granted_at, expires_at)
           VALUES ($1, $2, 'break-glass', $3, $2, $4, $5) RETURNING id`,
        [requestId, userId, reason, at, expiresAt],
      ))!.id,
    assignedUserIds: async (requestId: string) =>
      (
        await db.query<{ user_id: string }>(
          'SELECT user_id FROM assignments WHERE request_id = $1 AND ended_at IS NULL ORDER BY assigned_at',
          [requestId],
        )
      ).map((row) => row.user_id),
    insertWorklistNotice: async (requestId: string, details: Record<string, unknown>, at: Date) =>
      (await db.one<{ id: string }>(
        `INSERT INTO worklist_notices (request_id, kind, details, created_at) VALUES ($1, 'break-glass-opened', $2, $3) RETURNING id`,
        [requestId, details, at],
      ))!.id,
    insertPersonNotice: (notice: {
      grantId: string;
      personId: string;
      language: string;
      notifiedUserIds: string[];
      worklistNoticeId: string;
      at: Date;
    }) =>
      db.query(
        `INSERT INTO break_glass_person_notices (grant_id, person_id, language, notified_user_ids, worklist_notice_id, created_at)
           VALUES ($1, $2, $3, $4::uuid[], $5, $6)`,
        [notice.grantId, notice.personId, notice.language, notice.notifiedUserIds, notice.worklistNoticeId, notice.at],
      ),

    // The person page
    isActivePerson: async (personId: string) =>
      (await db.one<{ id: string }>('SELECT id FROM persons WHERE id = $1 AND anonymised_at IS NULL', [personId])) !== undefined,
    restrictedRequests: (personId: string, userId: string, now: Date) =>
      db.query<{ id: string; status: string; received_at: Date }>(
        `SELECT r.id, r.status, r.received_at FROM aid_requests r WHERE r.person_id = $1 AND r.purged_at IS NULL AND NOT
           ${accessibleRequestsPredicate('r', '$2', '$3')} ORDER BY r.received_at DESC`,
        [personId, userId, now],
      ),

    // The person's letter
    institution: () => readInstitution(db),
    lockPersonNotice: (grantId: string, requestId: string) =>
      db.one<{ status: 'due' | 'sent'; worklist_notice_id: string | null; opened_on: string }>(
        `SELECT n.status, n.worklist_notice_id, to_char(g.granted_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD') AS opened_on
         FROM break_glass_person_notices n JOIN access_grants g ON g.id = n.grant_id WHERE n.grant_id = $1 AND g.request_id = $2 FOR UPDATE OF n`,
        [grantId, requestId],
      ),
    markNoticeSent: (grantId: string, sent: { sentAt: string; method: NoticeMethod }, userId: string, at: Date) =>
      db.query(
        `UPDATE break_glass_person_notices SET status = 'sent', sent_at = $2, sent_method = $3, marked_sent_by = $4, marked_sent_at = $5 WHERE grant_id = $1`,
        [grantId, sent.sentAt, sent.method, userId, at],
      ),
    handleWorklistNotice: (noticeId: string, userId: string, at: Date) =>
      db.query('UPDATE worklist_notices SET handled_at = $2, handled_by = $3 WHERE id = $1 AND handled_at IS NULL', [noticeId, at, userId]),

    // Review
    lockForReview: (grantId: string) =>
      db.one<{ id: string; reviewed_at: Date | null; person_id: string }>(
        `SELECT g.id, g.reviewed_at, r.person_id FROM access_grants g JOIN aid_requests r ON r.id = g.request_id
           WHERE g.id = $1 AND g.kind = 'break-glass' FOR UPDATE OF g`,
        [grantId],
      ),
    recordReview: (grantId: string, review: { verdict: Verdict; comment: string | null }, userId: string, at: Date) =>
      db.query('UPDATE access_grants SET reviewed_at = $2, reviewed_by = $3, review_verdict = $4, review_comment = $5 WHERE id = $1', [
        grantId,
        at,
        userId,
        review.verdict,
        review.comment,
      ]),

    // The weekly report
    weekTotals: (now: Date, weeks: number) =>
      db.query<WeekTotalRow>(
        `WITH weeks AS (
           SELECT generate_series(date_trunc('week', $1::timestamptz AT TIME ZONE 'Europe/Brussels') - ($2::int - 1) * interval '1 week',
                                  date_trunc('week', $1::timestamptz AT TIME ZONE 'Europe/Brussels'), interval '1 week') AS monday)
         SELECT to_char(w.monday, 'IYYY-"W"IW') AS week, to_char(w.monday, 'YYYY-MM-DD') AS starts_on, count(g.id)::int AS openings,
           count(g.reviewed_at)::int AS reviewed, count(*) FILTER (WHERE g.review_verdict = 'justified')::int AS justified,
           count(*) FILTER (WHERE g.review_verdict = 'unjustified')::int AS unjustified, count(g.id) FILTER (WHERE g.reviewed_at IS NULL)::int AS pending
         FROM weeks w LEFT JOIN access_grants g ON g.kind = 'break-glass'
           AND (g.granted_at AT TIME ZONE 'Europe/Brussels') >= w.monday AND (g.granted_at AT TIME ZONE 'Europe/Brussels') < w.monday + interval '1 week'
         GROUP BY w.monday ORDER BY w.monday DESC`,
        [now, weeks],
      ),
    weekUsers: (now: Date, weeks: number) =>
      db.query<WeekUserRow>(
        `SELECT to_char(date_trunc('week', g.granted_at AT TIME ZONE 'Europe/Brussels'), 'IYYY-"W"IW') AS week, g.user_id, u.display_name,
           count(*)::int AS openings,
           count(*) FILTER (WHERE g.review_verdict = 'justified')::int AS justified,
           count(*) FILTER (WHERE g.review_verdict = 'unjustified')::int AS unjustified,
           count(*) FILTER (WHERE g.reviewed_at IS NULL)::int AS pending
         FROM access_grants g JOIN users u ON u.id = g.user_id
         WHERE g.kind = 'break-glass'
           AND (g.granted_at AT TIME ZONE 'Europe/Brussels')
               >= date_trunc('week', $1::timestamptz AT TIME ZONE 'Europe/Brussels') - ($2::int - 1) * interval '1 week'
         GROUP BY 1, g.user_id, u.display_name ORDER BY openings DESC, u.display_name`,
        [now, weeks],
      ),
  };
}

export type BreakGlassRepository = ReturnType<typeof breakGlassRepository>;
