/** R35: only an item of a summary still held, and not expired, is attached — as it was received. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ShareableSummary } from '#contracts/summary/summary.schema.ts';
import { itemToAttach } from './received-items.ts';

const summary = {
  schema: 'rse.summary/1',
  generatedAt: '2026-03-01T10:00:00Z',
  provider: { kbo: '0212115155', name: 'CPAS', serviceContact: {} },
  fileRef: 'f',
  person: { niss: '90041218483' },
  decisions: [
    {
      ref: 'D-1',
      decidedAt: '2025-12-01',
      aidType: 'ris',
      outcome: 'granted',
      legalBasis: 'ris-law-2002',
      motivationCategory: 'x',
      status: 'final',
    },
  ],
  statements: [
    { decisionRef: 'D-1', at: '2026-01-01T10:00:00Z', text: 'mon avis' },
    { decisionRef: 'D-2', at: '2026-01-01T10:00:00Z', text: 'autre' },
  ],
} as ShareableSummary;
const now = new Date('2026-03-10T10:00:00Z');

test('a decision of a held summary is attached with its statements only', () => {
  const result = itemToAttach({ summary, expires_at: new Date('2026-04-01T00:00:00Z') }, 'D-1', now);
  assert.ok(result.ok, 'attachable');
  if (result.ok) {
    assert.equal(result.item.decision.ref, 'D-1');
    assert.deepEqual(
      result.item.statements.map((s) => s.text),
      ['mon avis'],
      'only the statements on that decision',
    );
  }
});

test('an expired summary, a missing summary or an unknown item is refused', () => {
  assert.deepEqual(itemToAttach({ summary, expires_at: new Date('2026-03-01T00:00:00Z') }, 'D-1', now), { ok: false, reason: 'expired' });
  assert.deepEqual(itemToAttach({ summary: null, expires_at: null }, 'D-1', now), { ok: false, reason: 'no-summary' });
  assert.deepEqual(itemToAttach(undefined, 'D-1', now), { ok: false, reason: 'no-summary' });
  assert.deepEqual(itemToAttach({ summary, expires_at: null }, 'D-9', now), { ok: false, reason: 'no-item' });
});
