import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byNextDeadline, nextDeadline, workloadOf } from './caseload.ts';
import type { Deadlines } from '../aid-requests/index.ts';

const base: Deadlines = {
  decisionDue: '2026-03-01',
  decisionAlertFrom: '2026-02-22',
  transferDue: '2026-02-05',
  notificationDue: null,
  appealDeadline: null,
  homeVisitDue: null,
  piisDue: null,
  piisEvaluationDue: null,
};

test('an undecided file’s next deadline is its decision; overdue once past', () => {
  assert.deepEqual(nextDeadline(base, [], '2026-02-10'), { kind: 'decision', dueDate: '2026-03-01', isOverdue: false });
  assert.equal(nextDeadline(base, [], '2026-03-02')?.isOverdue, true);
  assert.equal(nextDeadline(base, [], '2026-03-01')?.isOverdue, false, 'due today is not overdue');
});

test('a decided file waits for its notification, then its home visit or PIIS, whichever comes first', () => {
  const decided = { ...base, notificationDue: '2026-03-09' };
  assert.equal(nextDeadline(decided, [], '2026-03-02')?.kind, 'notification');
  const notified = { ...decided, appealDeadline: '2026-06-10', homeVisitDue: '2027-03-01', piisDue: '2026-06-01' };
  assert.deepEqual(nextDeadline(notified, [], '2026-03-20'), { kind: 'piis', dueDate: '2026-06-01', isOverdue: false });
  assert.equal(nextDeadline({ ...notified, piisDue: null, homeVisitDue: null }, [], '2026-03-20'), null);
});

test('a late transfer counts as overdue', () => {
  const next = nextDeadline(base, [{ kind: 'transfer-overdue', dueDate: '2026-02-05', isOverdue: true }], '2026-02-10');
  assert.deepEqual(next, { kind: 'transfer', dueDate: '2026-02-05', isOverdue: true });
});

test('files are ordered by next deadline, files without one last; the workload counts per worker', () => {
  const files = [
    { id: 'a', receivedAt: '2026-01-02', nextDeadline: null, assigneeIds: ['w1'] },
    {
      id: 'b',
      receivedAt: '2026-01-03',
      nextDeadline: { kind: 'decision' as const, dueDate: '2026-02-01', isOverdue: true },
      assigneeIds: ['w1'],
    },
    {
      id: 'c',
      receivedAt: '2026-01-01',
      nextDeadline: { kind: 'decision' as const, dueDate: '2026-03-01', isOverdue: false },
      assigneeIds: ['w2'],
    },
  ];
  assert.deepEqual(
    byNextDeadline(files).map((f) => f.id),
    ['b', 'c', 'a'],
  );
  assert.deepEqual(
    workloadOf(
      [
        { id: 'w1', displayName: 'One' },
        { id: 'w2', displayName: 'Two' },
        { id: 'w3', displayName: 'Three' },
      ],
      files,
    ),
    [
      { userId: 'w1', displayName: 'One', openFiles: 2, overdueFiles: 1, nextDueDate: '2026-02-01' },
      { userId: 'w2', displayName: 'Two', openFiles: 1, overdueFiles: 0, nextDueDate: '2026-03-01' },
      { userId: 'w3', displayName: 'Three', openFiles: 0, overdueFiles: 0, nextDueDate: null },
    ],
  );
});
