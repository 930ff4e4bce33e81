/**
 * "My caseload" (the open files assigned to me, each with its next deadline) and the supervisor's team
 * view (workload per worker, files nobody holds, the team's overdue deadlines), and reassignment of a
 * file from one worker to another (R23: the file's team changes; audited).
 */
import { dayInBrussels } from '#platform/brussels-time.ts';
import { conflict, invalid, notFound } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit, recordDenial } from '../audit/index.ts';
import { isUuid, readsWithAudit, requireCaseworker, requireRole } from '../access/index.ts';
import { deadlinesForListedRequests, OPEN_STATUSES } from '../aid-requests/index.ts';
import { caseloadRepository, type CaseRow } from './caseload.repository.ts';
import { byNextDeadline, nextDeadline, workloadOf, type NextDeadline, type Workload } from './caseload.ts';

export type CaseItem = {
  requestId: string;
  personId: string;
  personName: string;
  kind: string;
  status: string;
  receivedAt: string;
  acknowledgementNumber: string;
  assignedTo: { id: string; displayName: string }[];
  nextDeadline: NextDeadline | null;
};

export type TeamView = {
  workers: Workload[];
  unassigned: CaseItem[];
  overdue: CaseItem[];
};

export type CaseloadDeps = { deadlines: typeof deadlinesForListedRequests };

async function toItems(tx: Queryable, rows: CaseRow[], today: string, deadlines: typeof deadlinesForListedRequests): Promise<CaseItem[]> {
  const items: CaseItem[] = [];
  const all = await deadlines(tx, rows, today);
  for (const row of rows) {
    const computed = all.get(row.id)!;
    items.push({
      requestId: row.id,
      personId: row.person_id,
      personName: `${row.given_names} ${row.family_name}`,
      kind: row.kind,
      status: row.status,
      receivedAt: row.original_received_at,
      acknowledgementNumber: row.acknowledgement_number,
      assignedTo: row.assignee_ids.map((id, index) => ({ id, displayName: row.assignee_names[index] ?? '' })),
      nextDeadline: nextDeadline(computed.deadlines, computed.alerts, today),
    });
  }
  return byNextDeadline(items);
}

export function createCaseloadService(overrides: Partial<CaseloadDeps> = {}) {
  const deps: CaseloadDeps = { deadlines: deadlinesForListedRequests, ...overrides };
  return {
    /** The open files assigned to the user, the most urgent first. A request registered by a worker is theirs at once. */
    async caseload(actor: Actor): Promise<{ items: CaseItem[] }> {
      requireCaseworker(actor);
      const db = readsWithAudit(actor);
      const rows = await caseloadRepository(db).assignedTo(actor.user.id, OPEN_STATUSES);
      const items = await toItems(db, rows, dayInBrussels(actor.now), deps.deadlines);
      await appendAudit(db, actor, { action: 'caseload.read', recordType: 'caseload' });
      return { items };
    },

    /** The supervisor's view of their team: workload per worker, unassigned files and the team's overdue files. */
    async team(actor: Actor): Promise<TeamView> {
      requireRole(actor, ['supervisor'], 'access.role', 'Only a supervisor sees the team’s workload.');
      const db = readsWithAudit(actor);
      const repository = caseloadRepository(db);
      const today = dayInBrussels(actor.now);
      const workers = await repository.team(actor.user.id);
      const files = await toItems(db, await repository.teamFiles(actor.user.id, OPEN_STATUSES), today, deps.deadlines);
      const unassigned = await toItems(db, await repository.unassigned(), today, deps.deadlines);
      await appendAudit(db, actor, { action: 'team.read', recordType: 'team' });
      return {
        workers: workloadOf(
          workers.map((worker) => ({ id: worker.id, displayName: worker.display_name })),
          files.map((file) => ({ assigneeIds: file.assignedTo.map((a) => a.id), nextDeadline: file.nextDeadline })),
        ),
        unassigned,
        overdue: files.filter((file) => file.nextDeadline?.isOverdue),
      };
    },

    /**
     * A supervisor moves a file to a social worker: the new worker is assigned and the others (or only
     * `fromUserId`) are taken off. Only a file of the supervisor's team, or one nobody holds (R23).
     */
    async reassign(actor: Actor, requestId: string, input: { toUserId: string; fromUserId?: string }) {
      requireRole(actor, ['supervisor'], 'access.role', 'Only a supervisor reassigns files.');
      if (!isUuid(requestId)) throw notFound('aid-request.not-found', 'No such aid request.');
      if (!isUuid(input.toUserId))
        throw invalid('assignment.not-a-worker', 'Files are assigned to social workers.', [
          { path: '/toUserId', code: 'not-a-worker', message: 'not an active social worker' },
        ]);
      if (input.fromUserId !== undefined && !isUuid(input.fromUserId))
        throw invalid('assignment.not-assigned', 'This worker does not hold the file.', [
          { path: '/fromUserId', code: 'not-assigned', message: 'not assigned to this file' },
        ]);
      let deniedPerson: string | null | undefined;
      const result = await actor.tenant.db.transaction(async (tx) => {
        const repository = caseloadRepository(tx);
        const request = await repository.requestForReassignment(requestId, actor.user.id);
        if (!request || (request.has_assignee && !request.is_team)) {
          deniedPerson = request?.person_id ?? null;
          return null;
        }
        const worker = await repository.activeWorker(input.toUserId);
        if (!worker)
          throw invalid('assignment.not-a-worker', 'Files are assigned to social workers.', [
            { path: '/toUserId', code: 'not-a-worker', message: 'not an active social worker' },
          ]);
        if (!OPEN_STATUSES.includes(request.status)) throw conflict('aid-request.closed', 'This file is closed.');
        const ended = await repository.endAssignments(requestId, actor.now, input.toUserId, input.fromUserId ?? null);
        if (input.fromUserId !== undefined && ended.length === 0)
          throw invalid('assignment.not-assigned', 'This worker does not hold the file.', [
            { path: '/fromUserId', code: 'not-assigned', message: 'not assigned to this file' },
          ]);
        await repository.assign(requestId, input.toUserId, actor.user.id, actor.now);
        await appendAudit(tx, actor, {
          action: 'aid-request.reassign',
          recordType: 'aid-request',
          recordId: requestId,
          personId: request.person_id,
        });
        return { requestId, assignedTo: { id: worker.id, displayName: worker.display_name }, removed: ended.map((row) => row.user_id) };
      });
      if (result === null) {
        await recordDenial(actor.tenant.db, actor, {
          action: 'aid-request.reassign',
          recordType: 'aid-request',
          recordId: requestId,
          personId: deniedPerson ?? null,
        });
        throw notFound('aid-request.not-found', 'No such aid request.');
      }
      return result;
    },
  };
}

export type CaseloadService = ReturnType<typeof createCaseloadService>;
