import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byDueDate, pageOf, type WorklistItem } from './worklist.ts';

const item = (requestId: string, dueDate: string, alert = 'decision-due'): WorklistItem => ({
  requestId,
  personId: 'p',
  personName: 'A B',
  kind: 'ris',
  status: 'received',
  alert,
  dueDate,
  isOverdue: false,
});

test('the worklist puts the soonest due first and keeps the order of items due the same day', () => {
  const sorted = byDueDate([item('a', '2026-03-02'), item('b', '2026-03-01'), item('c', '2026-03-02', 'notice')]);
  assert.deepEqual(
    sorted.map((entry) => entry.requestId),
    ['b', 'a', 'c'],
    'sorted by due date, stable',
  );
});

test('a page of the worklist says the total and the window it shows', () => {
  assert.deepEqual(pageOf(['a', 'b', 'c', 'd'], { limit: 2, offset: 1 }), { items: ['b', 'c'], total: 4, limit: 2, offset: 1 });
});
