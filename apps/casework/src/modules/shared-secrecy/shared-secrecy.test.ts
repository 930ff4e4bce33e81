import { test } from 'node:test';
import assert from 'node:assert/strict';
import { missingConditions } from './shared-secrecy.ts';

const all = {
  personInformedAt: '2026-03-01',
  personAgrees: true,
  recipientBoundBySecrecy: true,
  commonMission: 'Plan de règlement des dettes',
  onlyNecessary: true,
  items: ['resources'],
  sharedAt: '2026-03-02',
};

test('with the four conditions nothing is missing', () => {
  assert.deepEqual(missingConditions(all, '2026-03-02'), []);
});

test('each missing condition is named on its field: strict secrecy applies', () => {
  const paths = (input: Partial<typeof all>) => missingConditions({ ...all, ...input }, '2026-03-02').map((e) => e.path);
  assert.deepEqual(paths({ personAgrees: false }), ['/personAgrees']);
  assert.deepEqual(paths({ personInformedAt: '2026-03-03' }), ['/personInformedAt']);
  assert.deepEqual(paths({ recipientBoundBySecrecy: false }), ['/recipientBoundBySecrecy']);
  assert.deepEqual(paths({ commonMission: '  ' }), ['/commonMission']);
  assert.deepEqual(paths({ onlyNecessary: false, items: [] }), ['/onlyNecessary', '/items']);
  assert.deepEqual(paths({ sharedAt: '2026-03-05' }), ['/sharedAt']);
});
