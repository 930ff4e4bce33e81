/** Revision, suspension and stop of an ongoing aid, the RIS category and the notification date: the pure rules. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { computeDeadlines } from '../aid-requests/index.ts';
import {
  changeDecision,
  effectOnNotification,
  requireNotificationNotInFuture,
  requireRisCategoryFits,
  requireRunningAid,
  type DecisionRow,
  type NewDecision,
} from './decisions.ts';

const granted: DecisionRow = {
  id: '11111111-1111-4111-8111-111111111111',
  ref: 'D-2026-000001',
  request_id: '22222222-2222-4222-8222-222222222222',
  decided_at: '2026-01-10',
  body: 'special-committee',
  aid_type: 'ris',
  outcome: 'granted',
  amount_cents: 129_874,
  period_from: '2026-01-10',
  period_to: null,
  legal_basis: 'ris-law-2002',
  motivation_category: 'state-of-need-established',
  motivation_text: null,
  status: 'final',
  created_at: new Date('2026-01-10T10:00:00Z'),
  kind: 'initial',
  revises_id: null,
  ris_category: 'isolated',
};
/** What the change does once notified (R10), read from the decision as it is stored. */
const effect = (decision: NewDecision) =>
  effectOnNotification({
    kind: decision.kind ?? 'initial',
    revises_id: decision.revisesId ?? null,
    period_from: decision.period?.from ?? null,
  });

const change = {
  decidedAt: '2026-03-01',
  body: 'special-committee',
  legalBasis: 'ris-law-2002',
  motivationCategory: 'resources-below-threshold',
};

test('a revision takes the new amount from its date, keeps the category, and ends the earlier aid the day before', () => {
  const { decision } = changeDecision(granted, {
    ...change,
    kind: 'revision',
    effectiveFrom: '2026-03-01',
    amountCents: 90_000,
  });
  assert.equal(decision.kind, 'revision');
  assert.equal(decision.revisesId, granted.id);
  assert.equal(decision.outcome, 'granted');
  assert.equal(decision.amountCents, 90_000);
  assert.equal(decision.risCategory, 'isolated');
  assert.deepEqual(decision.period, { from: '2026-03-01' });
  assert.deepEqual(effect(decision), { endsAid: { decisionId: granted.id, on: '2026-02-28' }, endsIntegrationFrom: null });
});

test('a revision changing nothing is refused; a suspension needs its last day and leaves the aid running', () => {
  assert.throws(() => changeDecision(granted, { ...change, kind: 'revision', effectiveFrom: '2026-03-01' }), {
    code: 'decision.revision-empty',
  });
  assert.throws(() => changeDecision(granted, { ...change, kind: 'suspension', effectiveFrom: '2026-03-01' }), {
    code: 'decision.until-required',
  });
  assert.throws(() => changeDecision(granted, { ...change, kind: 'suspension', effectiveFrom: '2026-03-01', until: '2026-02-01' }), {
    code: 'decision.period-invalid',
  });
  const suspension = changeDecision(granted, { ...change, kind: 'suspension', effectiveFrom: '2026-03-01', until: '2026-03-31' });
  assert.equal(suspension.decision.outcome, 'refused');
  assert.deepEqual(suspension.decision.period, { from: '2026-03-01', to: '2026-03-31' });
  assert.deepEqual(effect(suspension.decision), { endsAid: null, endsIntegrationFrom: null }, 'a suspension leaves the aid running');
});

test('a stop withdraws the aid from its date; only an ongoing grant is revised', () => {
  const stop = changeDecision(granted, { ...change, kind: 'stop', effectiveFrom: '2026-04-01' });
  assert.equal(stop.decision.outcome, 'withdrawn');
  assert.deepEqual(effect(stop.decision), { endsAid: { decisionId: granted.id, on: '2026-03-31' }, endsIntegrationFrom: '2026-04-01' });
  assert.throws(() => changeDecision(granted, { ...change, kind: 'stop', effectiveFrom: '2026-04-01', until: '2026-05-01' }), {
    code: 'decision.until-not-applicable',
  });
  assert.throws(() => requireRunningAid({ ...granted, outcome: 'refused' }, { effectiveFrom: '2026-04-01' }, false), {
    code: 'decision.not-running',
  });
  assert.throws(() => requireRunningAid(granted, { effectiveFrom: '2026-04-01' }, true), { code: 'decision.not-running' });
  assert.throws(() => requireRunningAid({ ...granted, period_to: '2026-03-31' }, { effectiveFrom: '2026-04-01' }, false), {
    code: 'decision.not-running',
  });
  assert.throws(() => requireRunningAid(granted, { effectiveFrom: '2025-12-01' }, false), { code: 'decision.effective-before-start' });
  assert.doesNotThrow(() => requireRunningAid(granted, { effectiveFrom: '2026-04-01' }, false));
});

test('the RIS category applies to RIS and equivalent aid only', () => {
  assert.doesNotThrow(() => requireRisCategoryFits({ aidType: 'ris', risCategory: 'family' }));
  assert.doesNotThrow(() => requireRisCategoryFits({ aidType: 'equivalent-ris', risCategory: 'cohabiting' }));
  assert.doesNotThrow(() => requireRisCategoryFits({ aidType: 'heating-allowance' }));
  assert.throws(() => requireRisCategoryFits({ aidType: 'heating-allowance', risCategory: 'isolated' }), {
    code: 'decision.ris-category-not-applicable',
  });
});

test('a notification dated today is accepted, tomorrow is refused', () => {
  assert.doesNotThrow(() => requireNotificationNotInFuture('2026-03-01', '2026-03-01'));
  assert.throws(() => requireNotificationNotInFuture('2026-03-02', '2026-03-01'), { code: 'notification.in-future' });
});

test('after a withdrawal no home visit or PIIS falls due; a suspended aid keeps them', () => {
  const input = {
    kind: 'ris' as const,
    receivedAt: '2026-01-02',
    decidedAt: '2026-01-10',
    notifiedAt: '2026-01-12',
    lastHomeVisitAt: null,
    isNewRisBeneficiary: true,
    piisSignedAt: null,
    transferStartedAt: null,
    today: '2026-02-01',
  };
  const running = computeDeadlines({ ...input, isAidPaid: true });
  assert.equal(running.homeVisitDue, '2027-01-10');
  assert.equal(running.piisDue, '2026-04-10');
  const withdrawn = computeDeadlines({ ...input, isAidPaid: false });
  assert.equal(withdrawn.homeVisitDue, null);
  assert.equal(withdrawn.piisDue, null);
  assert.equal(withdrawn.appealDeadline, '2026-04-12', 'the appeal window still runs from the notification');
});
