/** The time limits of a transfer (R7): working days for the SPP IS referral, and the contents that travel. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addWorkingDays, isTransferAnswerContent, isTransferContent, requireDisputed, requireUndecided } from './transfers.ts';

test('five working days skip the weekend', () => {
  assert.equal(addWorkingDays('2026-03-02', 5), '2026-03-09', 'Monday → next Monday');
  assert.equal(addWorkingDays('2026-03-06', 5), '2026-03-13', 'Friday → next Friday');
  assert.equal(addWorkingDays('2026-03-07', 5), '2026-03-13', 'Saturday → Friday');
  assert.equal(addWorkingDays('2026-12-31', 1), '2027-01-01', 'across a year');
});

test('a transfer content is refused when a field is missing or too long', () => {
  const content = {
    niss: '90041218483',
    familyName: 'El Amrani',
    givenNames: 'Nadia',
    birthDate: '1990-04-12',
    language: 'fr',
    kind: 'ris',
    originalReceivedAt: '2026-03-02',
    startedAt: '2026-03-04',
    reason: 'Résidence habituelle à Molenbeek.',
    fileRef: '2026-000001',
  };
  assert.ok(isTransferContent.Check(content), 'a complete content');
  assert.ok(!isTransferContent.Check({ ...content, niss: '123' }), 'a short NISS');
  assert.ok(!isTransferContent.Check({ ...content, reason: '' }), 'an empty reason');
  assert.ok(!isTransferContent.Check({ ...content, language: 'en' }), 'a language not of Belgium');
  assert.ok(
    isTransferAnswerContent.Check({ outcome: 'disputed', answeredAt: '2026-03-05T10:00:00Z', reason: 'Pas de résidence ici.' }),
    'a dispute with its reason',
  );
  assert.ok(!isTransferAnswerContent.Check({ outcome: 'maybe', answeredAt: '2026-03-05T10:00:00Z' }), 'an unknown outcome');
});

test('an incoming transfer is decided once and referred once', () => {
  assert.doesNotThrow(() => requireUndecided('received'));
  assert.throws(() => requireUndecided('accepted'), { code: 'incoming-transfer.decided' });
  assert.doesNotThrow(() => requireDisputed('disputed', null));
  assert.throws(() => requireDisputed('received', null), { code: 'incoming-transfer.not-disputed' });
  assert.throws(() => requireDisputed('disputed', '2026-03-05'), { code: 'incoming-transfer.escalated' });
});
