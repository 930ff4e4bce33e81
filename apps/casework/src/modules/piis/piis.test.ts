import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDeadlines, listDeadlineAlerts } from '../aid-requests/index.ts';
import { normaliseObjectives, requireAmendmentChanges, requirePiisDate } from './piis.ts';

const rejects = (fn: () => void, code: string) => assert.throws(fn, (error: { code?: string }) => error.code === code);

test('an evaluation falls due six months after the signature or the last evaluation, with a reminder 30 days before', () => {
  const file = { kind: 'ris' as const, receivedAt: '2026-01-05', decidedAt: '2026-01-20', today: '2026-03-01' };
  assert.equal(computeDeadlines(file).piisEvaluationDue, null, 'no PIIS, no evaluation');
  assert.equal(computeDeadlines({ ...file, lastPiisEvaluationAt: '2026-02-28' }).piisEvaluationDue, '2026-08-28');
  assert.equal(
    computeDeadlines({ ...file, lastPiisEvaluationAt: '2025-08-31' }).piisEvaluationDue,
    '2026-02-28',
    'clamped to the month end',
  );
  const alertOn = (today: string) =>
    listDeadlineAlerts({ ...file, lastPiisEvaluationAt: '2026-02-28', today }).find((a) => a.kind === 'piis-evaluation-due');
  assert.equal(alertOn('2026-07-28'), undefined, 'not yet');
  assert.deepEqual(alertOn('2026-07-29'), { kind: 'piis-evaluation-due', dueDate: '2026-08-28', isOverdue: false });
  assert.equal(alertOn('2026-08-29')?.isOverdue, true);
});

test('objectives are trimmed, none empty, none twice', () => {
  assert.deepEqual(normaliseObjectives([' Trouver un stage ', 'Suivre une formation'], '/objectives'), [
    'Trouver un stage',
    'Suivre une formation',
  ]);
  rejects(() => normaliseObjectives(['a', ' '], '/objectives'), 'piis.objective-empty');
  rejects(() => normaliseObjectives(['a', 'a '], '/objectives'), 'piis.objective-duplicate');
});

test('PIIS dates are not in the future nor before the signature; an amendment changes something', () => {
  requirePiisDate('2026-03-01', '2026-03-01', '2026-02-01', '/evaluatedAt');
  rejects(() => requirePiisDate('2026-03-02', '2026-03-01', null, '/signedAt'), 'piis.in-future');
  rejects(() => requirePiisDate('2026-01-31', '2026-03-01', '2026-02-01', '/evaluatedAt'), 'piis.before-signature');
  rejects(() => requireAmendmentChanges([], []), 'piis.amendment-empty');
  requireAmendmentChanges([], ['id']);
});
