/**
 * Committee sessions (R24, ADR 0014): the secretary (a supervisor) plans a session of the deciding
 * body with its members, puts signed social reports on its agenda, records the attendance, then one
 * decision per agenda item — through the same decision rules as a file's own decision (R9–R11) — and
 * closes the session. A member reads the agenda's reports only while the session's access is open
 * (its date + `access.committeeAccessDays`). Every step is one transaction with its audit events.
 */
import { dayInBrussels } from '#platform/brussels-time.ts';
import { conflict, invalid, notFound } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import type { Actor, Role } from '../../tenant.ts';
import { appendAudit, recordDenial } from '../audit/index.ts';
import { hasRole, isUuid, requireRole } from '../access/index.ts';
import type { DecisionService, NewDecision } from '../decisions/index.ts';
import { readSetting } from '../../settings.ts';
import { committeeRepository, type CommitteeRepository } from './committee.repository.ts';
import {
  accessUntil,
  DEFAULT_ACCESS_DAYS,
  isMemberAccessOpen,
  requireHeld,
  requirePlanned,
  requirePlausibleDate,
  requireQuorum,
  toSession,
  type Attendance,
  type DecidingBody,
  type SessionRow,
} from './committee.ts';

/** Who plans sessions and records their attendance and decisions: the committee's secretary (a supervisor). */
export const SECRETARY_ROLES: readonly Role[] = ['supervisor'];
const READER_ROLES: readonly Role[] = ['supervisor', 'committee-member'];

export type NewSession = { sessionDate: string; body: DecidingBody; place?: string; memberIds: string[] };
export type SessionDecision = Omit<NewDecision, 'decidedAt' | 'body'>;

export type CommitteeDeps = {
  repository: (db: Queryable) => CommitteeRepository;
  decisions: Pick<DecisionService, 'decideIn'>;
  accessDays: (tx: Queryable) => Promise<number>;
};

const defaultAccessDays = async (tx: Queryable) => (await readSetting(tx, 'access')).committeeAccessDays ?? DEFAULT_ACCESS_DAYS;

const today = (actor: Actor) => dayInBrussels(actor.now);
const NO_SUCH_SESSION = () => notFound('committee.not-found', 'No such committee session.');

export function createCommitteeService(deps: Pick<CommitteeDeps, 'decisions'> & Partial<CommitteeDeps>) {
  const repositoryOf = deps.repository ?? committeeRepository;
  const accessDays = deps.accessDays ?? defaultAccessDays;

  /** Runs `work` on one session in a transaction; a session the actor may not see answers 404 (and the attempt is audited). */
  async function withSession<T>(
    actor: Actor,
    sessionId: string,
    action: string,
    mode: 'read' | 'write',
    work: (tx: Queryable, session: SessionRow, repository: CommitteeRepository) => Promise<T>,
  ): Promise<T> {
    requireRole(
      actor,
      mode === 'write' ? SECRETARY_ROLES : READER_ROLES,
      'access.role',
      'Committee sessions are for their secretary and members.',
    );
    const deny = async () => {
      await recordDenial(actor.tenant.db, actor, { action, recordType: 'committee-session', recordId: sessionId.slice(0, 64) });
      return NO_SUCH_SESSION();
    };
    if (!isUuid(sessionId)) throw await deny();
    let denied = false;
    try {
      return await actor.tenant.db.transaction(async (tx) => {
        const repository = repositoryOf(tx);
        const session = await repository.session(sessionId, mode === 'write');
        const isMember =
          session !== undefined &&
          !hasRole(actor, SECRETARY_ROLES) &&
          (await repository.members(session.id)).some((m) => m.user_id === actor.user.id) &&
          isMemberAccessOpen(session, today(actor));
        if (!session || (!hasRole(actor, SECRETARY_ROLES) && !isMember)) {
          denied = true;
          throw NO_SUCH_SESSION();
        }
        await appendAudit(tx, actor, { action, recordType: 'committee-session', recordId: session.id });
        return work(tx, session, repository);
      });
    } catch (error) {
      if (denied) throw await deny();
      throw error;
    }
  }

  async function view(tx: Queryable, actor: Actor, session: SessionRow, repository: CommitteeRepository) {
    const members = await repository.members(session.id);
    const items = await repository.items(session.id);
    // Each person named on the agenda is a read of that person's data (R43).
    await appendAudit(
      tx,
      actor,
      items.map((item) => ({
        action: 'committee.agenda-read',
        recordType: 'aid-request',
        recordId: item.request_id,
        personId: item.person_id,
      })),
    );
    const isSecretary = hasRole(actor, SECRETARY_ROLES);
    const candidates =
      isSecretary && session.status === 'planned'
        ? (await repository.candidates()).map((c) => ({
            requestId: c.request_id,
            kind: c.kind,
            personName: `${c.given_names} ${c.family_name}`,
            signedAt: c.signed_at.toISOString(),
          }))
        : [];
    return { ...toSession(session, members, items, today(actor)), candidates };
  }

  return {
    async list(actor: Actor, page: { limit: number; offset: number }) {
      requireRole(actor, READER_ROLES, 'access.role', 'Committee sessions are for their secretary and members.');
      return actor.tenant.db.transaction(async (tx) => {
        const repository = repositoryOf(tx);
        const rows = await repository.list(page, hasRole(actor, SECRETARY_ROLES) ? null : actor.user.id);
        await appendAudit(tx, actor, { action: 'committee.list', recordType: 'committee-session' });
        const day = today(actor);
        return {
          items: rows
            .filter((row) => hasRole(actor, SECRETARY_ROLES) || isMemberAccessOpen(row, day))
            .map((row) => ({
              id: row.id,
              sessionDate: row.session_date,
              body: row.body,
              place: row.place,
              status: row.status,
              accessUntil: row.access_until,
              itemCount: Number(row.item_count),
              decidedCount: Number(row.decided_count),
            })),
          total: Number(rows[0]?.total ?? 0),
          limit: page.limit,
          offset: page.offset,
        };
      });
    },

    async plan(actor: Actor, input: NewSession) {
      requireRole(actor, SECRETARY_ROLES, 'access.role', 'Only the committee’s secretary (a supervisor) plans a session.');
      requirePlausibleDate(input.sessionDate, today(actor));
      const memberIds = [...new Set(input.memberIds)];
      const badIndex = memberIds.findIndex((id) => !isUuid(id));
      if (badIndex >= 0)
        throw invalid('committee.member-unknown', 'Every member is an active committee member of this CPAS.', [
          { path: `/memberIds/${badIndex}`, code: 'unknown', message: 'not a committee member' },
        ]);
      return actor.tenant.db.transaction(async (tx) => {
        const repository = repositoryOf(tx);
        const known = new Set((await repository.activeCommitteeMembers(memberIds)).map((row) => row.id));
        const unknown = memberIds.findIndex((id) => !known.has(id));
        if (unknown >= 0)
          throw invalid('committee.member-unknown', 'Every member is an active committee member of this CPAS.', [
            { path: `/memberIds/${unknown}`, code: 'unknown', message: 'not a committee member' },
          ]);
        const id = await repository.insertSession({
          sessionDate: input.sessionDate,
          body: input.body,
          place: input.place?.trim() || null,
          accessUntil: accessUntil(input.sessionDate, await accessDays(tx)),
          secretaryId: actor.user.id,
        });
        for (const memberId of memberIds) await repository.insertMember(id, memberId);
        await appendAudit(tx, actor, { action: 'committee.plan', recordType: 'committee-session', recordId: id });
        return view(tx, actor, (await repository.session(id))!, repository);
      });
    },

    async get(actor: Actor, sessionId: string) {
      return withSession(actor, sessionId, 'committee.read', 'read', (tx, session, repository) => view(tx, actor, session, repository));
    },

    /** Puts a signed report awaiting a decision on the session's agenda (one planned session at a time). */
    async addItem(actor: Actor, sessionId: string, requestId: string) {
      return withSession(actor, sessionId, 'committee.agenda-add', 'write', async (tx, session, repository) => {
        requirePlanned(session);
        const request = isUuid(requestId) ? await repository.request(requestId) : undefined;
        if (!request) throw notFound('aid-request.not-found', 'No such aid request.');
        if (request.status !== 'report-signed' || !(await repository.isReportSigned(request.id)))
          throw conflict('committee.report-not-signed', 'Only a signed social report awaiting a decision goes on the agenda.');
        const planned = await repository.plannedSessionOf(request.id);
        if (planned) throw conflict('committee.already-on-agenda', 'This request is already on the agenda of a planned session.');
        await repository.insertItem(session.id, request.id, actor.user.id);
        await appendAudit(tx, actor, {
          action: 'committee.agenda-add',
          recordType: 'aid-request',
          recordId: request.id,
          personId: request.person_id,
        });
        return view(tx, actor, session, repository);
      });
    },

    /** Takes an undecided item off the agenda (postponed to a later session). */
    async removeItem(actor: Actor, sessionId: string, requestId: string) {
      return withSession(actor, sessionId, 'committee.agenda-remove', 'write', async (tx, session, repository) => {
        requirePlanned(session);
        const item = isUuid(requestId) ? await repository.item(session.id, requestId) : undefined;
        if (!item) throw notFound('committee.item-not-found', 'This request is not on the session’s agenda.');
        if (item.decision_id)
          throw conflict('committee.item-decided', 'A decision was recorded on this item; correct the decision instead.');
        await repository.deleteItem(session.id, requestId);
        const request = (await repository.request(requestId))!;
        await appendAudit(tx, actor, {
          action: 'committee.agenda-remove',
          recordType: 'aid-request',
          recordId: requestId,
          personId: request.person_id,
        });
      });
    },

    async recordAttendance(actor: Actor, sessionId: string, attendance: { userId: string; attendance: Attendance }[]) {
      return withSession(actor, sessionId, 'committee.attendance', 'write', async (tx, session, repository) => {
        requirePlanned(session);
        requireHeld(session, today(actor));
        const members = new Set((await repository.members(session.id)).map((m) => m.user_id));
        const stranger = attendance.findIndex((entry) => !members.has(entry.userId));
        if (stranger >= 0)
          throw invalid('committee.not-a-member', 'Attendance is recorded for the session’s members only.', [
            { path: `/members/${stranger}/userId`, code: 'not-a-member', message: 'not a member of this session' },
          ]);
        for (const entry of attendance) await repository.setAttendance(session.id, entry.userId, entry.attendance);
        return view(tx, actor, session, repository);
      });
    },

    /** One decision per agenda item, dated the session's day and taken by its body, under the decision rules (R9–R11). */
    async recordDecision(actor: Actor, sessionId: string, requestId: string, input: SessionDecision) {
      return withSession(actor, sessionId, 'committee.decision', 'write', async (tx, session, repository) => {
        requirePlanned(session);
        requireHeld(session, today(actor));
        const item = isUuid(requestId) ? await repository.item(session.id, requestId) : undefined;
        if (!item) throw notFound('committee.item-not-found', 'This request is not on the session’s agenda.');
        if (item.decision_id) throw conflict('committee.item-decided', 'This item already has its decision; correct the decision instead.');
        requireQuorum(await repository.members(session.id));
        const request = (await repository.request(requestId))!;
        await appendAudit(tx, actor, {
          action: 'decision.create',
          recordType: 'aid-request',
          recordId: request.id,
          personId: request.person_id,
        });
        const decision = await deps.decisions.decideIn(tx, actor, request, {
          ...input,
          decidedAt: session.session_date,
          body: session.body,
        });
        await repository.setItemDecision(session.id, request.id, decision.id);
        return { ...decision, sessionId: session.id };
      });
    },

    /** Closes the session: what was not decided is postponed and may go on a later session's agenda. */
    async close(actor: Actor, sessionId: string) {
      return withSession(actor, sessionId, 'committee.close', 'write', async (tx, session, repository) => {
        requirePlanned(session);
        requireHeld(session, today(actor));
        if ((await repository.members(session.id)).some((m) => m.attendance === null))
          throw conflict('committee.attendance-missing', 'Record the attendance of every member before closing the session.');
        await repository.close(session.id, actor.user.id, actor.now);
        return view(tx, actor, (await repository.session(session.id))!, repository);
      });
    },
  };
}

export type CommitteeService = ReturnType<typeof createCommitteeService>;

/** R24 for the agenda: the date of the session whose agenda lets this member read the request's report today, or undefined. */
export const memberAgendaAccess = (tx: Queryable, actor: Actor, requestId: string) =>
  committeeRepository(tx).memberAgendaAccess(requestId, actor.user.id, today(actor));

/** R24 for the agenda: the items of the member's sessions whose access has not lapsed. */
export const memberAgenda = (tx: Queryable, actor: Actor, page: { limit: number; offset: number }) =>
  committeeRepository(tx).memberAgenda(actor.user.id, today(actor), page);
