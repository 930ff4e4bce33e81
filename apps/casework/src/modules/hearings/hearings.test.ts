import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requireOutcomeDate, requireStillPending, stateOf } from './hearings.ts';

const rejects = (fn: () => void, code: string) => assert.throws(fn, (error: { code?: string }) => error.code === code);

test('a hearing goes from requested to scheduled, then held or not held, and is then closed', () => {
  assert.equal(stateOf({ scheduledAt: null, heldAt: null, notHeldAt: null }), 'requested');
  assert.equal(stateOf({ scheduledAt: '2026-03-05', heldAt: null, notHeldAt: null }), 'scheduled');
  assert.equal(stateOf({ scheduledAt: '2026-03-05', heldAt: '2026-03-05', notHeldAt: null }), 'held');
  assert.equal(stateOf({ scheduledAt: '2026-03-05', heldAt: null, notHeldAt: '2026-03-05' }), 'not-held');
  requireStillPending({ scheduledAt: '2026-03-05', heldAt: null, notHeldAt: null });
  rejects(() => requireStillPending({ scheduledAt: null, heldAt: '2026-03-05', notHeldAt: null }), 'hearing.closed');
  rejects(() => requireStillPending({ scheduledAt: null, heldAt: null, notHeldAt: '2026-03-05' }), 'hearing.closed');
});

test('an outcome is dated between the request and today', () => {
  requireOutcomeDate('2026-03-05', '2026-03-01', '2026-03-05', '/heldAt');
  rejects(() => requireOutcomeDate('2026-03-06', '2026-03-01', '2026-03-05', '/heldAt'), 'hearing.in-future');
  rejects(() => requireOutcomeDate('2026-02-28', '2026-03-01', '2026-03-05', '/heldAt'), 'hearing.before-request');
});
