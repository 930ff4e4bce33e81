/**
 * The worker's caseload and the supervisor's team view, as pure rules: a file's next legal deadline
 * (domain §3.2; R7, R8, R10, R13, R14) and the workload of each worker of a team.
 */
import type { DeadlineAlert, Deadlines } from '../aid-requests/index.ts';

export type NextDeadlineKind = 'decision' | 'notification' | 'home-visit' | 'piis' | 'transfer';
export type NextDeadline = { kind: NextDeadlineKind; dueDate: string; isOverdue: boolean };

/**
 * The first deadline still to be met on an open file: the decision until it is taken (R8), then its
 * notification (R10), the yearly home visit (R13) and the PIIS (R14); a late transfer (R7) counts as overdue.
 */
export function nextDeadline(deadlines: Deadlines, alerts: readonly DeadlineAlert[], today: string): NextDeadline | null {
  const candidates: { kind: NextDeadlineKind; dueDate: string }[] = [];
  const isDecided = deadlines.notificationDue !== null;
  const isNotified = deadlines.appealDeadline !== null;
  if (!isDecided) candidates.push({ kind: 'decision', dueDate: deadlines.decisionDue });
  if (isDecided && !isNotified) candidates.push({ kind: 'notification', dueDate: deadlines.notificationDue! });
  if (deadlines.homeVisitDue) candidates.push({ kind: 'home-visit', dueDate: deadlines.homeVisitDue });
  if (deadlines.piisDue) candidates.push({ kind: 'piis', dueDate: deadlines.piisDue });
  if (deadlines.piisEvaluationDue) candidates.push({ kind: 'piis', dueDate: deadlines.piisEvaluationDue });
  if (alerts.some((alert) => alert.kind === 'transfer-overdue')) candidates.push({ kind: 'transfer', dueDate: deadlines.transferDue });
  if (candidates.length === 0) return null;
  const first = candidates.reduce((a, b) => (b.dueDate < a.dueDate ? b : a));
  return { ...first, isOverdue: first.dueDate < today };
}

/** `YYYY-MM-DD` dates order as strings: compared by code unit, not by the locale's collation (a team has ≈ 650 files). */
const compareDates = (left: string, right: string): number => (left < right ? -1 : left > right ? 1 : 0);

/** Orders files by their next deadline (none last), then by date received. */
export function byNextDeadline<T extends { nextDeadline: NextDeadline | null; receivedAt: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => {
    const left = a.nextDeadline?.dueDate ?? '9999-12-31';
    const right = b.nextDeadline?.dueDate ?? '9999-12-31';
    return left === right ? compareDates(a.receivedAt, b.receivedAt) : compareDates(left, right);
  });
}

export type Workload = { userId: string; displayName: string; openFiles: number; overdueFiles: number; nextDueDate: string | null };

/** Files per worker of the team: how many open, how many with an overdue deadline, and the worker's next due date. */
export function workloadOf(
  workers: readonly { id: string; displayName: string }[],
  files: readonly { assigneeIds: readonly string[]; nextDeadline: NextDeadline | null }[],
): Workload[] {
  return workers.map((worker) => {
    const own = files.filter((file) => file.assigneeIds.includes(worker.id));
    const dues = own.map((file) => file.nextDeadline?.dueDate).filter((due): due is string => due !== undefined);
    return {
      userId: worker.id,
      displayName: worker.displayName,
      openFiles: own.length,
      overdueFiles: own.filter((file) => file.nextDeadline?.isOverdue).length,
      nextDueDate: dues.length > 0 ? dues.reduce((a, b) => (b < a ? b : a)) : null,
    };
  });
}
