/**
 * The worklist (what is due on the files a worker holds or supervises): deadline alerts computed
 * from each open file, and the notices that are not deadlines (a correction received from another
 * CPAS, R39; a statement or a contest of the person; an emergency opening), handled one by one.
 */
import { dayInBrussels } from '#platform/brussels-time.ts';
import { conflict } from '#platform/errors.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import {
  accessibleRequestIdPaths,
  isUuid,
  openAccessibleRequestIds,
  readsWithAudit,
  requestsAmong,
  requireCaseworker,
  withRequest,
} from '../access/index.ts';
import {
  DEADLINE_FACTS_JOINS,
  deadlinesForListedRequests,
  LISTED_DEADLINE_FACTS_COLUMNS,
  OPEN_STATUSES,
  type DeadlineFile,
  type ListedDeadlineFacts,
} from '../aid-requests/index.ts';
import { byDueDate, pageOf, type WorklistItem } from './worklist.ts';

type NoticeRow = {
  id: string;
  request_id: string;
  person_id: string;
  family_name: string;
  given_names: string;
  kind: string;
  status: string;
  notice_kind: string;
  details: Record<string, unknown>;
  created_at: Date;
};

const NO_REQUEST = '00000000-0000-0000-0000-000000000000';

/** What the use cases need besides the actor; tests pass fakes. */
export type WorklistDeps = { withRequest: typeof withRequest; deadlines: typeof deadlinesForListedRequests };

export function createWorklistService(overrides: Partial<WorklistDeps> = {}) {
  const deps: WorklistDeps = { withRequest, deadlines: deadlinesForListedRequests, ...overrides };
  return {
    /** The worker's worklist: deadlines due or overdue on the files they hold or supervise, and the open notices. */
    async worklist(actor: Actor, page: { limit: number; offset: number }) {
      requireCaseworker(actor);
      const db = readsWithAudit(actor);
      const today = dayInBrussels(actor.now);
      // From the user's own open files (issue 14): a large CPAS has tens of thousands of open files, a worker about
      // fifty — and ten times as many closed ones, still assigned.
      // Only what the list shows and the deadlines read, the deadlines' facts in the same statement (a supervisor's list
      // has ≈ 650 files: one statement over them, not two).
      const rows = await db.query<DeadlineFile & ListedDeadlineFacts & { person_id: string; family_name: string; given_names: string }>(
        `SELECT r.id, r.person_id, r.kind, r.status, r.original_received_at, r.last_home_visit_at, r.is_new_ris_beneficiary,
                r.piis_signed_at, p.family_name, p.given_names, ${LISTED_DEADLINE_FACTS_COLUMNS}
           FROM ${requestsAmong(openAccessibleRequestIds('$1', '$2'), 'r', '$3')}
           JOIN persons p ON p.id = r.person_id ${DEADLINE_FACTS_JOINS} ORDER BY r.original_received_at`,
        [actor.user.id, actor.now, OPEN_STATUSES],
      );
      const items: WorklistItem[] = [];
      const deadlines = await deps.deadlines(db, rows, today);
      for (const row of rows) {
        for (const alert of deadlines.get(row.id)?.alerts ?? []) {
          items.push({
            requestId: row.id,
            personId: row.person_id,
            personName: `${row.given_names} ${row.family_name}`,
            kind: row.kind,
            status: row.status,
            alert: alert.kind,
            dueDate: alert.dueDate,
            isOverdue: alert.isOverdue,
          });
        }
      }
      // Notices are due the day they arrive, on every file of the user — a closed one too. A break-glass opening is
      // told to the file's team, not to the worker who opened it (who sees the file while the grant lasts).
      // The waiting notices of the CPAS joined with the user's files as they come, each notice then once (migration 0063).
      const notices = await db.query<NoticeRow>(
        `SELECT DISTINCT ON (n.created_at, n.id) n.id, n.request_id, r.person_id, p.family_name, p.given_names, r.kind, r.status,
                n.kind AS notice_kind, n.details, n.created_at
             FROM ${accessibleRequestIdPaths('$1', '$2')} x JOIN worklist_notices n ON n.request_id = x.request_id
             JOIN aid_requests r ON r.id = n.request_id JOIN persons p ON p.id = r.person_id
            WHERE n.handled_at IS NULL
              AND NOT (n.kind = 'break-glass-opened' AND n.details->'openedBy'->>'id' = $1::text) ORDER BY n.created_at, n.id`,
        [actor.user.id, actor.now],
      );
      for (const notice of notices) {
        items.push({
          requestId: notice.request_id,
          personId: notice.person_id,
          personName: `${notice.given_names} ${notice.family_name}`,
          kind: notice.kind,
          status: notice.status,
          alert: notice.notice_kind,
          dueDate: notice.created_at.toISOString().slice(0, 10),
          isOverdue: false,
          noticeId: notice.id,
          details: notice.details,
        });
      }
      await appendAudit(db, actor, { action: 'worklist.read', recordType: 'worklist' });
      return pageOf(byDueDate(items), page);
    },

    /** A notice is handled once, by someone who may open its file; an emergency opening's notice closes with the person's letter. */
    async handleNotice(actor: Actor, noticeId: string) {
      const notice = isUuid(noticeId)
        ? await actor.tenant.db.one<{ request_id: string }>('SELECT request_id FROM worklist_notices WHERE id = $1', [noticeId])
        : undefined;
      return deps.withRequest(
        actor,
        notice?.request_id ?? NO_REQUEST,
        { action: 'worklist-notice.handle', mode: 'write', recordType: 'worklist-notice', recordId: noticeId },
        async (tx) => {
          if (await tx.one(`SELECT 1 FROM break_glass_person_notices WHERE worklist_notice_id = $1 AND status = 'due'`, [noticeId])) {
            throw conflict(
              'worklist-notice.letter-due',
              'Send the letter to the person first and record it as sent: that closes this notice.',
            );
          }
          const row = await tx.one<{ id: string; handled_at: Date }>(
            'UPDATE worklist_notices SET handled_at = $2, handled_by = $3 WHERE id = $1 AND handled_at IS NULL RETURNING id, handled_at',
            [noticeId, actor.now, actor.user.id],
          );
          if (!row) throw conflict('worklist-notice.handled', 'This notice has already been handled.');
          return { id: row.id, handledAt: row.handled_at.toISOString() };
        },
      );
    },
  };
}

export type WorklistService = ReturnType<typeof createWorklistService>;
