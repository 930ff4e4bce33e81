/** The contest workflow (R39): one step at a time, and what a rejected contest does to the decision. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decisionStatusAfter, requireReviewable, requireUnanswered, requireUndecided } from './follow-up.ts';

test('a contest is put under review once, and decided once', () => {
  assert.doesNotThrow(() => requireReviewable('received'));
  assert.throws(() => requireReviewable('under-review'), { code: 'person-contest.not-received' });
  assert.doesNotThrow(() => requireUndecided('received'), 'decided straight away');
  assert.doesNotThrow(() => requireUndecided('under-review'));
  for (const status of ['upheld', 'corrected', 'rejected'])
    assert.throws(() => requireUndecided(status), { code: 'person-contest.decided' });
});

test('a rejected contest gives a final decision back its status; other outcomes leave it to the correction', () => {
  assert.equal(decisionStatusAfter('rejected', 'contested', 'final'), 'final');
  assert.equal(decisionStatusAfter('rejected', 'corrected', 'final'), 'corrected', 'corrected meanwhile');
  assert.equal(decisionStatusAfter('upheld', 'contested', 'final'), 'contested');
  assert.equal(decisionStatusAfter('corrected', 'corrected', 'final'), 'corrected');
});

test('a statement is answered once', () => {
  assert.doesNotThrow(() => requireUnanswered(null));
  assert.throws(() => requireUnanswered(new Date()), { code: 'person-statement.answered' });
});
