import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Value } from '@sinclair/typebox/value';
import { assertDocument, isVisibleToPerson, itemSchema, normaliseItems, parseItemKey, type DisclosureDocument } from './disclosure.ts';

const document: DisclosureDocument = {
  schema: 'rse.disclosure/1',
  disclosureId: 'd1',
  institution: { kbo: '0212114068', name: 'CPAS de Forest' },
  recipient: { authority: 'Procureur du Roi de Bruxelles', name: null },
  legalBasis: { code: 'art-46bis1-cic', reference: null },
  writtenRequest: { reference: 'BR.1/2026', date: '2026-03-01' },
  approval: { approvedBy: 'Anne Wauters', approvedAt: '2026-03-02T10:00:00.000Z' },
  exportedAt: '2026-03-02T11:00:00.000Z',
  items: [{ type: 'identity', familyName: 'Lemaire', givenNames: 'Jean', niss: '75110307712', birthDate: '1975-11-03' }],
};

describe('the item catalogue (R25)', () => {
  test('has identity, aid requests and decisions, and no type for a note, a document or the social report', () => {
    assert.ok(Value.Check(itemSchema, { type: 'identity' }), 'identity is an item');
    assert.ok(Value.Check(itemSchema, { type: 'decision', ref: 'D-1' }), 'a decision is an item');
    for (const type of ['note', 'document', 'social-report'])
      assert.ok(!Value.Check(itemSchema, { type, id: 'x' }), `${type} is not an item`);
    assert.ok(!Value.Check(itemSchema, { type: 'decision', ref: 'D-1', motivationText: 'x' }), 'an item carries no extra field');
  });

  test('reads the form keys and lists each item once, identity first', () => {
    assert.deepEqual(parseItemKey('aid-request:abc'), { type: 'aid-request', id: 'abc' });
    assert.equal(parseItemKey('note:abc'), null);
    assert.deepEqual(normaliseItems([{ type: 'decision', ref: 'D-2' }, { type: 'identity' }, { type: 'decision', ref: 'D-2' }]), [
      { type: 'identity' },
      { type: 'decision', ref: 'D-2' },
    ]);
  });
});

describe('the exported document', () => {
  test('is closed: a note smuggled into an item or the document is refused', () => {
    assert.doesNotThrow(() => assertDocument(document));
    assert.throws(() => assertDocument({ ...document, notes: ['confidence'] }), /rse\.disclosure\/1/);
    assert.throws(() => assertDocument({ ...document, items: [{ ...document.items[0], note: 'confidence' }] }), /rse\.disclosure\/1/);
    assert.throws(() => assertDocument({ ...document, items: [] }), /rse\.disclosure\/1/);
  });
});

describe('visibility to the person (anchors §7)', () => {
  test('an exported disclosure is visible unless deferred beyond today, and visible again on the date', () => {
    assert.equal(isVisibleToPerson({ exportedAt: null, deferredUntil: null }, '2026-03-02'), false);
    assert.equal(isVisibleToPerson({ exportedAt: '2026-03-01T10:00:00Z', deferredUntil: null }, '2026-03-02'), true);
    assert.equal(isVisibleToPerson({ exportedAt: '2026-03-01T10:00:00Z', deferredUntil: '2026-03-03' }, '2026-03-02'), false);
    assert.equal(isVisibleToPerson({ exportedAt: '2026-03-01T10:00:00Z', deferredUntil: '2026-03-02' }, '2026-03-02'), true);
  });
});
