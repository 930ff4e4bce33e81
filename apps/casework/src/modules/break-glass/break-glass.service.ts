/**
 * Break-glass (R23, anchors §3.5 Suwinet's escape function, §7 "break-glass logged and reviewed"):
 * a worker opens a file outside the case-based rules, with a mandatory reason, for a limited time
 * (setting `access.breakGlassMinutes`). In the same transaction the file's assigned workers get a
 * worklist notice and a letter to the person is recorded as due; every opening then waits in the
 * security advisor's review queue until closed with a verdict, and a weekly report counts them.
 * Every read and write is audited (R43), the advisor's own reads too (R44). The advisor sees the
 * actions taken during an opening (audit actions), never a note or any other content of the file.
 */
import { conflict, forbidden, invalid, notFound } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import type { Actor, Role } from '../../tenant.ts';
import { appendAudit, recordDenial } from '../audit/index.ts';
import {
  accessibleRequestsPredicate,
  hasRole,
  isUuid,
  requestTeamPredicate,
  requireRole,
  withRequest,
  type AccessMode,
  type AidRequestRow,
} from '../access/index.ts';
import { readSetting } from '../../settings.ts';
import { renderPersonNotice } from './person-notice.ts';
import { parseIsoWeek } from './weeks.ts';

export type ReviewStatus = 'pending' | 'reviewed';
export type Verdict = 'justified' | 'unjustified';
export type NoticeMethod = 'letter' | 'registered-letter' | 'ebox' | 'handed-over';

const CASEWORKERS: readonly Role[] = ['social-worker', 'supervisor'];
const ADVISOR: readonly Role[] = ['security-advisor'];

/** The smallest reason accepted: a word or two is not a reason. */
export const MIN_REASON_LENGTH = 10;

/** A role check whose refusal is itself in the audit log (attempts are the interesting events, anchors §7). */
async function guardRole(
  actor: Actor,
  roles: readonly Role[],
  code: string,
  action: string,
  recordType: string,
  recordId?: string,
): Promise<void> {
  if (hasRole(actor, roles)) return;
  await recordDenial(actor.tenant.db, actor, { action, recordType, recordId: recordId && recordId.length <= 64 ? recordId : null });
  requireRole(actor, roles, code);
}

class TeamOnlySignal extends Error {
  constructor(readonly personId: string) {
    super('team only');
  }
}

/**
 * One aid request for its team only: the assigned workers and their supervisor. A break-glass
 * grant opens the file, not the handling of its own notice — the opener cannot silence the
 * person's letter (403 `break-glass.team-only`, audited as denied).
 */
async function withTeamRequest<T>(
  actor: Actor,
  requestId: string,
  audit: { action: string; mode: AccessMode; recordType?: string; recordId?: string },
  work: (tx: Queryable, request: AidRequestRow) => Promise<T>,
): Promise<T> {
  try {
    return await withRequest(actor, requestId, audit, async (tx, request) => {
      const team = await tx.one<{ is_team: boolean }>(`SELECT ${requestTeamPredicate('$1', '$2')} AS is_team`, [request.id, actor.user.id]);
      if (!team?.is_team) throw new TeamOnlySignal(request.person_id);
      return work(tx, request);
    });
  } catch (error) {
    if (!(error instanceof TeamOnlySignal)) throw error;
    await recordDenial(actor.tenant.db, actor, {
      action: audit.action,
      recordType: audit.recordType ?? 'aid-request',
      recordId: audit.recordId ?? requestId,
      personId: error.personId,
    });
    throw forbidden('break-glass.team-only', 'Only the workers assigned to this file and their supervisor handle its break-glass notices.');
  }
}

type OpeningRow = {
  id: string;
  request_id: string;
  user_id: string;
  reason: string;
  granted_at: Date;
  expires_at: Date;
  reviewed_at: Date | null;
  reviewed_by: string | null;
  review_verdict: Verdict | null;
  review_comment: string | null;
  person_id: string;
  family_name: string;
  given_names: string;
  opened_by_name: string;
  reviewed_by_name: string | null;
  notice_status: 'due' | 'sent' | null;
  notice_sent_at: string | null;
  notice_method: NoticeMethod | null;
  notice_language: 'fr' | 'nl' | 'de' | null;
};

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

const noticeView = (row: OpeningRow) => ({
  status: row.notice_status ?? 'none',
  ...(row.notice_language ? { language: row.notice_language } : {}),
  ...(row.notice_sent_at ? { sentAt: row.notice_sent_at, method: row.notice_method } : {}),
});

/** What the security advisor reads of one opening: who, whose file, why, when, what was done — never content. */
function reviewView(row: OpeningRow, actions: { at: string; action: string; outcome: string }[], now: Date) {
  return {
    id: row.id,
    requestId: row.request_id,
    person: { id: row.person_id, familyName: row.family_name, givenNames: row.given_names },
    openedBy: { id: row.user_id, displayName: row.opened_by_name },
    reason: row.reason,
    openedAt: row.granted_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    isActive: row.expires_at > now,
    status: (row.reviewed_at ? 'reviewed' : 'pending') as ReviewStatus,
    ...(row.review_verdict ? { verdict: row.review_verdict } : {}),
    ...(row.review_comment ? { comment: row.review_comment } : {}),
    ...(row.reviewed_at
      ? { reviewedAt: row.reviewed_at.toISOString(), reviewedBy: { id: row.reviewed_by, displayName: row.reviewed_by_name } }
      : {}),
    actionsDuringGrant: actions.map((a) => ({ at: a.at, action: a.action, ...(a.outcome === 'denied' ? { outcome: a.outcome } : {}) })),
    personNotice: noticeView(row),
  };
}

/** The audit actions of the opener on the person while the opening lasted (action names only, R44). */
async function actionsDuring(tx: Queryable, grantIds: string[]): Promise<Map<string, { at: string; action: string; outcome: string }[]>> {
  const byGrant = new Map<string, { at: string; action: string; outcome: string }[]>(grantIds.map((id) => [id, []]));
  if (grantIds.length === 0) return byGrant;
  const rows = await tx.query<{ grant_id: string; at: Date; action: string; outcome: string }>(
    `SELECT g.id AS grant_id, e.at, e.action, e.outcome FROM access_grants g
       JOIN aid_requests r ON r.id = g.request_id
       JOIN audit_events e ON e.person_id = r.person_id AND e.user_id = g.user_id AND e.at >= g.granted_at AND e.at <= g.expires_at
      WHERE g.id = ANY($1::uuid[]) AND e.action NOT LIKE 'break-glass.%' ORDER BY e.id`,
    [grantIds],
  );
  for (const row of rows) byGrant.get(row.grant_id)!.push({ at: row.at.toISOString(), action: row.action, outcome: row.outcome });
  return byGrant;
}

async function loadReviewItems(tx: Queryable, where: string, params: unknown[], order: string, now: Date, limit = 500) {
  const rows = await tx.query<OpeningRow>(`${OPENINGS_SQL} ${where} ORDER BY ${order} LIMIT ${limit}`, params);
  const actions = await actionsDuring(
    tx,
    rows.map((row) => row.id),
  );
  return { rows, items: rows.map((row) => reviewView(row, actions.get(row.id) ?? [], now)) };
}

/** The advisor's read of these openings, one audit event per person concerned (R44: the person's access report shows it). */
async function auditAdvisorRead(tx: Queryable, actor: Actor, action: string, rows: OpeningRow[]): Promise<void> {
  if (rows.length === 0) {
    await appendAudit(tx, actor, { action, recordType: 'break-glass' });
    return;
  }
  await appendAudit(
    tx,
    actor,
    rows.map((row) => ({ action, recordType: 'break-glass', recordId: row.id, personId: row.person_id })),
  );
}

/**
 * The break-glass openings of a person's files, for the person's access report (R38): when, by
 * whom, why, and the advisor's verdict once reviewed.
 */
export async function breakGlassOpeningsForPerson(tx: Queryable, personId: string) {
  const rows = await tx.query<OpeningRow>(`${OPENINGS_SQL} AND r.person_id = $1 ORDER BY g.granted_at`, [personId]);
  return rows.map((row) => ({
    id: row.id,
    requestId: row.request_id,
    openedAt: row.granted_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    openedBy: row.opened_by_name,
    reason: row.reason,
    verdict: row.review_verdict,
  }));
}

export function createBreakGlassService() {
  return {
    /**
     * Opens a file outside case-based access, with a reason, for the configured minutes (R23).
     * In the same transaction: the grant, a notice on the worklist of the file (its assigned
     * workers and their supervisor), the person's letter recorded as due, and the audit event.
     */
    async open(actor: Actor, requestId: string, reason: string | undefined) {
      await guardRole(actor, CASEWORKERS, 'access.role', 'break-glass.open', 'aid-request', requestId);
      if (!reason || reason.trim().length < MIN_REASON_LENGTH) {
        throw invalid('break-glass.reason-required', `State why you must open this file (at least ${MIN_REASON_LENGTH} characters).`, [
          { path: '/reason', code: 'required', message: `a reason of at least ${MIN_REASON_LENGTH} characters` },
        ]);
      }
      const denied = async (personId: string | null) => {
        await recordDenial(actor.tenant.db, actor, {
          action: 'break-glass.open',
          recordType: 'aid-request',
          recordId: requestId.slice(0, 64),
          personId,
        });
        return notFound('aid-request.not-found', 'No such aid request.');
      };
      if (!isUuid(requestId)) throw await denied(null);
      const stated = reason.trim();
      const opened = await actor.tenant.db.transaction(async (tx) => {
        // The row lock serialises two openings of the same file: the second sees the first grant.
        const request = await tx.one<{ id: string; person_id: string; is_accessible: boolean; language: 'fr' | 'nl' | 'de' }>(
          `SELECT r.id, r.person_id, p.language, ${accessibleRequestsPredicate('r', '$2', '$3')} AS is_accessible
             FROM aid_requests r JOIN persons p ON p.id = r.person_id WHERE r.id = $1 AND r.purged_at IS NULL AND p.anonymised_at IS NULL FOR UPDATE OF r`,
          [requestId, actor.user.id, actor.now],
        );
        if (!request) return null;
        if (request.is_accessible) throw conflict('break-glass.not-needed', 'You can already open this file: no break-glass is needed.');
        const { breakGlassMinutes } = await readSetting(tx, 'access');
        const expiresAt = new Date(actor.now.getTime() + breakGlassMinutes * 60_000);
        const grant = await tx.one<{ id: string }>(
          `INSERT INTO access_grants (request_id, user_id, kind, reason, granted_by, granted_at, expires_at) VALUES ($1, $2, 'break-glass', $3, $2, $4, $5) RETURNING id`,
          [request.id, actor.user.id, stated, actor.now, expiresAt],
        );
        const assigned = await tx.query<{ user_id: string }>(
          'SELECT user_id FROM assignments WHERE request_id = $1 AND ended_at IS NULL ORDER BY assigned_at',
          [request.id],
        );
        // The file's workers must know who opened it, when, until when and why — the same reason the person reads in the letter.
        const notice = await tx.one<{ id: string }>(
          `INSERT INTO worklist_notices (request_id, kind, details, created_at) VALUES ($1, 'break-glass-opened', $2, $3) RETURNING id`,
          [
            request.id,
            {
              grantId: grant!.id,
              openedBy: { id: actor.user.id, displayName: actor.user.displayName },
              openedAt: actor.now.toISOString(),
              expiresAt: expiresAt.toISOString(),
              reason: stated,
            },
            actor.now,
          ],
        );
        await tx.query(
          `INSERT INTO break_glass_person_notices (grant_id, person_id, language, notified_user_ids, worklist_notice_id, created_at) VALUES ($1, $2, $3, $4::uuid[], $5, $6)`,
          [grant!.id, request.person_id, request.language, assigned.map((a) => a.user_id), notice!.id, actor.now],
        );
        await appendAudit(tx, actor, {
          action: 'break-glass.open',
          recordType: 'aid-request',
          recordId: request.id,
          personId: request.person_id,
          reason: stated,
        });
        return {
          id: grant!.id,
          requestId: request.id,
          expiresAt: expiresAt.toISOString(),
          reviewStatus: 'pending-review',
          notified: { workers: assigned.length, personNotice: 'due' as const },
        };
      });
      if (!opened) throw await denied(null);
      return opened;
    },

    /** R23 with the person page: the files of a person this user cannot open (id, status, date only) — the way to break-glass. */
    async restrictedRequests(actor: Actor, personId: string) {
      await guardRole(actor, CASEWORKERS, 'access.role', 'aid-request.list-restricted', 'person', personId);
      if (!isUuid(personId)) throw notFound('person.not-found', 'No such person.');
      return actor.tenant.db.transaction(async (tx) => {
        const person = await tx.one<{ id: string }>('SELECT id FROM persons WHERE id = $1 AND anonymised_at IS NULL', [personId]);
        if (!person) throw notFound('person.not-found', 'No such person.');
        const rows = await tx.query<{ id: string; status: string; received_at: Date }>(
          `SELECT r.id, r.status, r.received_at FROM aid_requests r WHERE r.person_id = $1 AND r.purged_at IS NULL AND NOT ${accessibleRequestsPredicate('r', '$2', '$3')} ORDER BY r.received_at DESC`,
          [personId, actor.user.id, actor.now],
        );
        await appendAudit(tx, actor, { action: 'aid-request.list-restricted', recordType: 'person', recordId: personId, personId });
        return { items: rows.map((row) => ({ id: row.id, status: row.status, receivedAt: row.received_at.toISOString() })) };
      });
    },

    /** The openings of one file, for its team: who, when, why, and whether the person's letter went out. */
    async listForRequest(actor: Actor, requestId: string) {
      return withTeamRequest(actor, requestId, { action: 'break-glass.list', mode: 'read' }, async (tx, request) => {
        const rows = await tx.query<OpeningRow>(`${OPENINGS_SQL} AND g.request_id = $1 ORDER BY g.granted_at DESC`, [request.id]);
        return {
          items: rows.map((row) => ({
            id: row.id,
            requestId: row.request_id,
            openedBy: { id: row.user_id, displayName: row.opened_by_name },
            reason: row.reason,
            openedAt: row.granted_at.toISOString(),
            expiresAt: row.expires_at.toISOString(),
            isActive: row.expires_at > actor.now,
            personNotice: noticeView(row),
          })),
        };
      });
    },

    /** The letter to the person (R46: in the person's language unless another is asked), printed by the file's team; audited as a print (R43). */
    async personNotice(actor: Actor, requestId: string, grantId: string, language: 'fr' | 'nl' | 'de' | undefined): Promise<Buffer> {
      if (!isUuid(requestId) || !isUuid(grantId)) throw notFound('break-glass.not-found', 'No such break-glass opening.');
      return withTeamRequest(
        actor,
        requestId,
        { action: 'break-glass.person-notice.print', mode: 'read', recordType: 'break-glass', recordId: grantId },
        async (tx, request) => {
          const row = await tx.one<OpeningRow>(`${OPENINGS_SQL} AND g.id = $1 AND g.request_id = $2`, [grantId, request.id]);
          if (!row) throw notFound('break-glass.not-found', 'No such break-glass opening.');
          const institution = await tx.one<{
            name: string;
            kbo: string;
            address: string | null;
            service_phone: string | null;
            service_email: string | null;
          }>('SELECT * FROM institution');
          const { dpoContact } = await readSetting(tx, 'dataProtection');
          return renderPersonNotice({
            language: language ?? row.notice_language ?? 'fr',
            institution: {
              name: institution!.name,
              kbo: institution!.kbo,
              address: institution!.address ?? undefined,
              serviceContact: { phone: institution!.service_phone ?? undefined, email: institution!.service_email ?? undefined },
            },
            person: { familyName: row.family_name, givenNames: row.given_names },
            fileRef: request.acknowledgement_number,
            openedAt: row.granted_at.toISOString(),
            expiresAt: row.expires_at.toISOString(),
            reason: row.reason,
            dpoContact,
            generatedAt: actor.now.toISOString(),
          });
        },
      );
    },

    /** Records that the letter went out; the worklist notice of the opening is then handled too. */
    async markNoticeSent(actor: Actor, requestId: string, grantId: string, input: { sentAt: string; method: NoticeMethod }) {
      if (!isUuid(requestId) || !isUuid(grantId)) throw notFound('break-glass.not-found', 'No such break-glass opening.');
      return withTeamRequest(
        actor,
        requestId,
        { action: 'break-glass.person-notice.sent', mode: 'write', recordType: 'break-glass', recordId: grantId },
        async (tx, request) => {
          const row = await tx.one<{ status: 'due' | 'sent'; worklist_notice_id: string | null; opened_on: string }>(
            `SELECT n.status, n.worklist_notice_id, to_char(g.granted_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM-DD') AS opened_on
             FROM break_glass_person_notices n JOIN access_grants g ON g.id = n.grant_id WHERE n.grant_id = $1 AND g.request_id = $2 FOR UPDATE OF n`,
            [grantId, request.id],
          );
          if (!row) throw notFound('break-glass.not-found', 'No such break-glass opening.');
          if (row.status === 'sent')
            throw conflict('break-glass.notice-already-sent', 'The letter to the person is already recorded as sent.');
          const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(actor.now);
          if (input.sentAt < row.opened_on || input.sentAt > today) {
            throw invalid('break-glass.sent-at-invalid', 'The letter cannot have been sent before the opening or in the future.', [
              { path: '/sentAt', code: 'out-of-range', message: `between ${row.opened_on} and ${today}` },
            ]);
          }
          await tx.query(
            `UPDATE break_glass_person_notices SET status = 'sent', sent_at = $2, sent_method = $3, marked_sent_by = $4, marked_sent_at = $5 WHERE grant_id = $1`,
            [grantId, input.sentAt, input.method, actor.user.id, actor.now],
          );
          if (row.worklist_notice_id) {
            await tx.query('UPDATE worklist_notices SET handled_at = $2, handled_by = $3 WHERE id = $1 AND handled_at IS NULL', [
              row.worklist_notice_id,
              actor.now,
              actor.user.id,
            ]);
          }
          return { grantId, personNotice: { status: 'sent' as const, sentAt: input.sentAt, method: input.method } };
        },
      );
    },

    /** The review queue of the security advisor (anchors §7): pending openings stay until closed with a verdict. */
    async queue(actor: Actor, status: ReviewStatus | 'all') {
      await guardRole(actor, ADVISOR, 'oversight.forbidden', 'break-glass.queue.read', 'break-glass');
      return actor.tenant.db.transaction(async (tx) => {
        const where = status === 'pending' ? 'AND g.reviewed_at IS NULL' : status === 'reviewed' ? 'AND g.reviewed_at IS NOT NULL' : '';
        const order = status === 'pending' ? 'g.granted_at ASC' : 'g.granted_at DESC';
        const { rows, items } = await loadReviewItems(tx, where, [], order, actor.now);
        await auditAdvisorRead(tx, actor, 'break-glass.queue.read', rows);
        return { status, items };
      });
    },

    /** Closes an opening with a verdict; an unjustified one needs a comment saying why (it is the basis of any follow-up). */
    async review(actor: Actor, grantId: string, input: { verdict: Verdict; comment?: string }) {
      await guardRole(actor, ADVISOR, 'oversight.forbidden', 'break-glass.review', 'break-glass', grantId);
      const comment = input.comment?.trim() ?? '';
      if (input.verdict === 'unjustified' && comment === '') {
        throw invalid('break-glass.comment-required', 'Say why this opening was not justified.', [
          { path: '/comment', code: 'required', message: 'a comment for an unjustified opening' },
        ]);
      }
      if (!isUuid(grantId)) throw notFound('break-glass.not-found', 'No such break-glass opening.');
      return actor.tenant.db.transaction(async (tx) => {
        const row = await tx.one<{ id: string; reviewed_at: Date | null; person_id: string }>(
          `SELECT g.id, g.reviewed_at, r.person_id FROM access_grants g JOIN aid_requests r ON r.id = g.request_id WHERE g.id = $1 AND g.kind = 'break-glass' FOR UPDATE OF g`,
          [grantId],
        );
        if (!row) throw notFound('break-glass.not-found', 'No such break-glass opening.');
        if (row.reviewed_at) throw conflict('break-glass.already-reviewed', 'This opening has already been reviewed.');
        await tx.query(
          'UPDATE access_grants SET reviewed_at = $2, reviewed_by = $3, review_verdict = $4, review_comment = $5 WHERE id = $1',
          [grantId, actor.now, actor.user.id, input.verdict, comment === '' ? null : comment],
        );
        await appendAudit(tx, actor, {
          action: 'break-glass.review',
          recordType: 'break-glass',
          recordId: grantId,
          personId: row.person_id,
          reason: input.verdict,
        });
        const { items } = await loadReviewItems(tx, 'AND g.id = $1', [grantId], 'g.granted_at', actor.now);
        return items[0]!;
      });
    },

    /**
     * The weekly report (anchors §3.5: every escape logged, a weekly report for 26 weeks): per ISO
     * week in Brussels time, the openings, reviewed, justified, unjustified and still pending, in
     * total and by user; or, with `week`, the openings of that one week.
     */
    async weekly(actor: Actor, query: { weeks?: number; week?: string }) {
      await guardRole(actor, ADVISOR, 'oversight.forbidden', 'break-glass.weekly.read', 'break-glass');
      if (query.week !== undefined) {
        const week = parseIsoWeek(query.week);
        if (!week)
          throw invalid('break-glass.week-invalid', 'Give an ISO week that exists, such as 2026-W48.', [
            { path: '/query/week', code: 'invalid', message: 'an ISO week YYYY-Www' },
          ]);
        return actor.tenant.db.transaction(async (tx) => {
          const { rows, items } = await loadReviewItems(
            tx,
            `AND (g.granted_at AT TIME ZONE 'Europe/Brussels') >= $1::timestamp AND (g.granted_at AT TIME ZONE 'Europe/Brussels') < $2::timestamp`,
            [week.startsOn, week.nextMonday],
            'g.granted_at ASC',
            actor.now,
            10_000,
          );
          await auditAdvisorRead(tx, actor, 'break-glass.weekly.read', rows);
          const count = (predicate: (item: (typeof items)[number]) => boolean) => items.filter(predicate).length;
          return {
            week: week.week,
            startsOn: week.startsOn,
            endsOn: addDays(week.nextMonday, -1),
            openings: items.length,
            reviewed: count((i) => i.status === 'reviewed'),
            justified: count((i) => i.verdict === 'justified'),
            unjustified: count((i) => i.verdict === 'unjustified'),
            pending: count((i) => i.status === 'pending'),
            items,
          };
        });
      }
      const weeks = query.weeks ?? 26;
      return actor.tenant.db.transaction(async (tx) => {
        const totals = await tx.query<{
          week: string;
          starts_on: string;
          openings: number;
          reviewed: number;
          justified: number;
          unjustified: number;
          pending: number;
        }>(
          `WITH weeks AS (
             SELECT generate_series(date_trunc('week', $1::timestamptz AT TIME ZONE 'Europe/Brussels') - ($2::int - 1) * interval '1 week',
                                    date_trunc('week', $1::timestamptz AT TIME ZONE 'Europe/Brussels'), interval '1 week') AS monday)
           SELECT to_char(w.monday, 'IYYY-"W"IW') AS week, to_char(w.monday, 'YYYY-MM-DD') AS starts_on, count(g.id)::int AS openings,
             count(g.reviewed_at)::int AS reviewed, count(*) FILTER (WHERE g.review_verdict = 'justified')::int AS justified,
             count(*) FILTER (WHERE g.review_verdict = 'unjustified')::int AS unjustified, count(g.id) FILTER (WHERE g.reviewed_at IS NULL)::int AS pending
           FROM weeks w LEFT JOIN access_grants g ON g.kind = 'break-glass'
             AND (g.granted_at AT TIME ZONE 'Europe/Brussels') >= w.monday AND (g.granted_at AT TIME ZONE 'Europe/Brussels') < w.monday + interval '1 week'
           GROUP BY w.monday ORDER BY w.monday DESC`,
          [actor.now, weeks],
        );
        const perUser = await tx.query<{
          week: string;
          user_id: string;
          display_name: string;
          openings: number;
          justified: number;
          unjustified: number;
          pending: number;
        }>(
          `SELECT to_char(date_trunc('week', g.granted_at AT TIME ZONE 'Europe/Brussels'), 'IYYY-"W"IW') AS week, g.user_id, u.display_name, count(*)::int AS openings,
             count(*) FILTER (WHERE g.review_verdict = 'justified')::int AS justified, count(*) FILTER (WHERE g.review_verdict = 'unjustified')::int AS unjustified,
             count(*) FILTER (WHERE g.reviewed_at IS NULL)::int AS pending
           FROM access_grants g JOIN users u ON u.id = g.user_id
           WHERE g.kind = 'break-glass' AND (g.granted_at AT TIME ZONE 'Europe/Brussels') >= date_trunc('week', $1::timestamptz AT TIME ZONE 'Europe/Brussels') - ($2::int - 1) * interval '1 week'
           GROUP BY 1, g.user_id, u.display_name ORDER BY openings DESC, u.display_name`,
          [actor.now, weeks],
        );
        await appendAudit(tx, actor, { action: 'break-glass.weekly.read', recordType: 'break-glass' });
        return {
          weeks: totals.map((row) => ({
            week: row.week,
            startsOn: row.starts_on,
            endsOn: addDays(row.starts_on, 6),
            openings: row.openings,
            reviewed: row.reviewed,
            justified: row.justified,
            unjustified: row.unjustified,
            pending: row.pending,
            byUser: perUser
              .filter((u) => u.week === row.week)
              .map((u) => ({
                user: { id: u.user_id, displayName: u.display_name },
                openings: u.openings,
                justified: u.justified,
                unjustified: u.unjustified,
                pending: u.pending,
              })),
          })),
        };
      });
    },
  };
}

function addDays(ymd: string, days: number): string {
  return new Date(Date.parse(`${ymd}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
