import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canBeQualified, changedFields, isValidUsername, oneTimePassword, passwordProblem, roleFromGroups } from './users.ts';

test('usernames: lower-case login names, no spaces, controls or NUL', () => {
  for (const good of ['marie.forest', 'j.dupont@cpas-forest.be', 'ab', 'x_y-z']) assert.equal(isValidUsername(good), true, good);
  for (const bad of ['', 'a', 'Marie', 'marie forest', 'marie\u0000', '.marie', 'x'.repeat(101), 'marie\n'])
    assert.equal(isValidUsername(bad), false, JSON.stringify(bad));
});

test('a chosen password: at least 12 characters, not containing the username', () => {
  assert.equal(passwordProblem('short', 'marie'), 'too-short');
  assert.equal(passwordProblem('Marie-forest-2026', 'marie'), 'same-as-username');
  assert.equal(passwordProblem('correct horse battery', 'marie'), null);
});

test('one-time passwords: 4 groups of 4 unambiguous characters, different each time', () => {
  const seen = new Set(Array.from({ length: 50 }, () => oneTimePassword()));
  assert.equal(seen.size, 50);
  for (const password of seen) assert.match(password, /^[a-km-np-zA-HJ-NP-Z2-9]{4}(-[a-km-np-zA-HJ-NP-Z2-9]{4}){3}$/);
});

test('groups to role: no mapped group gives null; several give the broadest role', () => {
  const mappings = [
    { groupValue: 'workers', role: 'social-worker' as const, isQualifiedSocialWorker: true },
    { groupValue: 'it', role: 'admin' as const, isQualifiedSocialWorker: false },
    { groupValue: 'leads', role: 'supervisor' as const, isQualifiedSocialWorker: true },
  ];
  assert.equal(roleFromGroups(['staff'], mappings), null);
  assert.equal(roleFromGroups([], mappings), null);
  assert.equal(roleFromGroups(['workers'], mappings)?.role, 'social-worker');
  assert.equal(roleFromGroups(['workers', 'leads'], mappings)?.role, 'supervisor');
  assert.equal(roleFromGroups(['leads', 'it', 'workers'], mappings)?.role, 'admin');
});

test('only file-handling roles can be qualified social workers; changed fields are named, not valued', () => {
  assert.equal(canBeQualified('social-worker'), true);
  assert.equal(canBeQualified('admin'), false);
  assert.deepEqual(changedFields({ role: 'a', name: 'x' }, { role: 'b', name: 'x' }), ['role']);
});
