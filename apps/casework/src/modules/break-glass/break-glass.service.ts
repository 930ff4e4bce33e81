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
import { hasRole, isUuid, requireRole, withRequest, type AccessMode, type AidRequestRow } from '../access/index.ts';
import { readSetting } from '../../settings.ts';
import { renderPersonNotice } from './person-notice.ts';
import { parseIsoWeek } from './weeks.ts';
import { breakGlassRepository, type BreakGlassRepository } from './break-glass.repository.ts';
import {
  addDays,
  brusselsDay,
  requireReason,
  requireReviewComment,
  requireSentInRange,
  reviewView,
  teamView,
  weekCounts,
  type NoticeMethod,
  type OpeningRow,
  type ReviewStatus,
  type Verdict,
} from './break-glass.ts';

export { MIN_REASON_LENGTH, type NoticeMethod, type ReviewStatus, type Verdict } from './break-glass.ts';

const CASEWORKERS: readonly Role[] = ['social-worker', 'supervisor'];
const ADVISOR: readonly Role[] = ['security-advisor'];

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

/** What the use cases need besides the actor; tests pass fakes. */
export type BreakGlassDeps = {
  repository: (db: Queryable) => BreakGlassRepository;
  withRequest: typeof withRequest;
  readSetting: typeof readSetting;
};

const realDeps: BreakGlassDeps = { repository: breakGlassRepository, withRequest, readSetting };

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
  const rows = await breakGlassRepository(tx).openingsOfPerson(personId);
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

export function createBreakGlassService(overrides: Partial<BreakGlassDeps> = {}) {
  const deps: BreakGlassDeps = { ...realDeps, ...overrides };

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
      return await deps.withRequest(actor, requestId, audit, async (tx, request) => {
        if (!(await deps.repository(tx).isTeam(request.id, actor.user.id))) throw new TeamOnlySignal(request.person_id);
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
      throw forbidden(
        'break-glass.team-only',
        'Only the workers assigned to this file and their supervisor handle its break-glass notices.',
      );
    }
  }

  async function reviewItems(repository: BreakGlassRepository, rows: OpeningRow[], now: Date) {
    const actions = await repository.actionsDuring(rows.map((row) => row.id));
    return rows.map((row) => reviewView(row, actions.get(row.id) ?? [], now));
  }

  return {
    /**
     * Opens a file outside case-based access, with a reason, for the configured minutes (R23).
     * In the same transaction: the grant, a notice on the worklist of the file (its assigned
     * workers and their supervisor), the person's letter recorded as due, and the audit event.
     */
    async open(actor: Actor, requestId: string, reason: string | undefined) {
      await guardRole(actor, CASEWORKERS, 'access.role', 'break-glass.open', 'aid-request', requestId);
      const stated = requireReason(reason);
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
      const opened = await actor.tenant.db.transaction(async (tx) => {
        const repository = deps.repository(tx);
        // The row lock serialises two openings of the same file: the second sees the first grant.
        const request = await repository.lockForOpening(requestId, actor.user.id, actor.now);
        if (!request) return null;
        if (request.is_accessible) throw conflict('break-glass.not-needed', 'You can already open this file: no break-glass is needed.');
        const { breakGlassMinutes } = await deps.readSetting(tx, 'access');
        const expiresAt = new Date(actor.now.getTime() + breakGlassMinutes * 60_000);
        const grantId = await repository.insertOpening(request.id, actor.user.id, stated, actor.now, expiresAt);
        const assigned = await repository.assignedUserIds(request.id);
        // The file's workers must know who opened it, when, until when and why — the same reason the person reads in the letter.
        const noticeId = await repository.insertWorklistNotice(
          request.id,
          {
            grantId,
            openedBy: { id: actor.user.id, displayName: actor.user.displayName },
            openedAt: actor.now.toISOString(),
            expiresAt: expiresAt.toISOString(),
            reason: stated,
          },
          actor.now,
        );
        await repository.insertPersonNotice({
          grantId,
          personId: request.person_id,
          language: request.language,
          notifiedUserIds: assigned,
          worklistNoticeId: noticeId,
          at: actor.now,
        });
        // R45: the chain references the grant that holds the reason, never the typed text itself.
        await appendAudit(tx, actor, {
          action: 'break-glass.open',
          recordType: 'aid-request',
          recordId: request.id,
          personId: request.person_id,
          reason: `access-grant:${grantId}`,
        });
        return {
          id: grantId,
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
        const repository = deps.repository(tx);
        if (!(await repository.isActivePerson(personId))) throw notFound('person.not-found', 'No such person.');
        const rows = await repository.restrictedRequests(personId, actor.user.id, actor.now);
        await appendAudit(tx, actor, { action: 'aid-request.list-restricted', recordType: 'person', recordId: personId, personId });
        return { items: rows.map((row) => ({ id: row.id, status: row.status, receivedAt: row.received_at.toISOString() })) };
      });
    },

    /** The openings of one file, for its team: who, when, why, and whether the person's letter went out. */
    async listForRequest(actor: Actor, requestId: string) {
      return withTeamRequest(actor, requestId, { action: 'break-glass.list', mode: 'read' }, async (tx, request) => {
        const rows = await deps.repository(tx).openingsOfRequest(request.id);
        return { items: rows.map((row) => teamView(row, actor.now)) };
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
          const repository = deps.repository(tx);
          const row = await repository.opening(grantId, request.id);
          if (!row) throw notFound('break-glass.not-found', 'No such break-glass opening.');
          const institution = await repository.institution();
          const { dpoContact } = await deps.readSetting(tx, 'dataProtection');
          return renderPersonNotice({
            language: language ?? row.notice_language ?? 'fr',
            institution: {
              name: institution.name,
              kbo: institution.kbo,
              address: institution.address ?? undefined,
              serviceContact: { phone: institution.service_phone ?? undefined, email: institution.service_email ?? undefined },
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
          const repository = deps.repository(tx);
          const row = await repository.lockPersonNotice(grantId, request.id);
          if (!row) throw notFound('break-glass.not-found', 'No such break-glass opening.');
          if (row.status === 'sent')
            throw conflict('break-glass.notice-already-sent', 'The letter to the person is already recorded as sent.');
          requireSentInRange(input.sentAt, row.opened_on, brusselsDay(actor.now));
          await repository.markNoticeSent(grantId, input, actor.user.id, actor.now);
          if (row.worklist_notice_id) await repository.handleWorklistNotice(row.worklist_notice_id, actor.user.id, actor.now);
          return { grantId, personNotice: { status: 'sent' as const, sentAt: input.sentAt, method: input.method } };
        },
      );
    },

    /** The review queue of the security advisor (anchors §7): pending openings stay until closed with a verdict. */
    async queue(actor: Actor, status: ReviewStatus | 'all') {
      await guardRole(actor, ADVISOR, 'oversight.forbidden', 'break-glass.queue.read', 'break-glass');
      return actor.tenant.db.transaction(async (tx) => {
        const repository = deps.repository(tx);
        const rows = await repository.pendingOrReviewed(status);
        const items = await reviewItems(repository, rows, actor.now);
        await auditAdvisorRead(tx, actor, 'break-glass.queue.read', rows);
        return { status, items };
      });
    },

    /** Closes an opening with a verdict; an unjustified one needs a comment saying why (it is the basis of any follow-up). */
    async review(actor: Actor, grantId: string, input: { verdict: Verdict; comment?: string }) {
      await guardRole(actor, ADVISOR, 'oversight.forbidden', 'break-glass.review', 'break-glass', grantId);
      const comment = requireReviewComment(input.verdict, input.comment);
      if (!isUuid(grantId)) throw notFound('break-glass.not-found', 'No such break-glass opening.');
      return actor.tenant.db.transaction(async (tx) => {
        const repository = deps.repository(tx);
        const row = await repository.lockForReview(grantId);
        if (!row) throw notFound('break-glass.not-found', 'No such break-glass opening.');
        if (row.reviewed_at) throw conflict('break-glass.already-reviewed', 'This opening has already been reviewed.');
        await repository.recordReview(grantId, { verdict: input.verdict, comment }, actor.user.id, actor.now);
        await appendAudit(tx, actor, {
          action: 'break-glass.review',
          recordType: 'break-glass',
          recordId: grantId,
          personId: row.person_id,
          reason: input.verdict,
        });
        const items = await reviewItems(repository, await repository.openingById(grantId), actor.now);
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
          const repository = deps.repository(tx);
          const rows = await repository.openingsOfWeek(week.startsOn, week.nextMonday);
          const items = await reviewItems(repository, rows, actor.now);
          await auditAdvisorRead(tx, actor, 'break-glass.weekly.read', rows);
          return { week: week.week, startsOn: week.startsOn, endsOn: addDays(week.nextMonday, -1), ...weekCounts(items), items };
        });
      }
      const weeks = query.weeks ?? 26;
      return actor.tenant.db.transaction(async (tx) => {
        const repository = deps.repository(tx);
        const totals = await repository.weekTotals(actor.now, weeks);
        const perUser = await repository.weekUsers(actor.now, weeks);
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
