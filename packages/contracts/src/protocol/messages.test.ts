import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateNiss } from '../niss.ts';
import { ConsultationRequest, IntegrationMessage, isRealDay, parseMessage } from './messages.ts';

const niss = generateNiss({ birthDate: '1985-07-31', sequence: 14 });
const consultation = { niss, purpose: 'ris', fileRef: 'f-1', workerRef: 'w-1' };
const integration = { action: 'register', niss, qualityCode: 'ris', fileRef: 'f-1', start: '2026-01-31' };

test('F7: a 100,000-character fileRef or a NUL byte in a hub message is refused by the schema', () => {
  assert.equal(parseMessage(ConsultationRequest, consultation).ok, true);
  assert.equal(parseMessage(ConsultationRequest, { ...consultation, fileRef: 'x'.repeat(100_000) }).ok, false);
  assert.equal(parseMessage(ConsultationRequest, { ...consultation, purpose: 'ris\u0000' }).ok, false);
  assert.equal(parseMessage(IntegrationMessage, { ...integration, fileRef: 'a\u0000b' }).ok, false);
  assert.equal(parseMessage(ConsultationRequest, { ...consultation, personInformedAt: 'yesterday' }).ok, false);
});

test('F7: impossible dates in an integration are refused (2026-02-30, month 13, year 0)', () => {
  assert.equal(parseMessage(IntegrationMessage, integration).ok, true);
  for (const start of ['2026-02-30', '2026-13-01', '0000-01-01', '2025-02-29']) {
    assert.equal(parseMessage(IntegrationMessage, { ...integration, start }).ok, false, start);
  }
  assert.equal(parseMessage(IntegrationMessage, { ...integration, end: '2026-04-31' }).ok, false);
  assert.equal(parseMessage(IntegrationMessage, { ...integration, start: '2024-02-29', end: null }).ok, true);
});

test('isRealDay agrees with the calendar for every day between 1900 and 9999', () => {
  fc.assert(
    fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
      assert.equal(isRealDay(date.toISOString().slice(0, 10)), true);
    }),
  );
  fc.assert(
    fc.property(
      fc.integer({ min: 1900, max: 2100 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 29, max: 31 }),
      (year, month, day) => {
        const text = `${year}-${String(month).padStart(2, '0')}-${day}`;
        const real = new Date(Date.UTC(year, month - 1, day)).getUTCMonth() === month - 1;
        assert.equal(isRealDay(text), real, text);
      },
    ),
  );
});
