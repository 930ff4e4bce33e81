import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  canBeQualified,
  changedFields,
  holdsCaseload,
  isAdministrator,
  isSupervised,
  isSupervisor,
  isValidUsername,
  oneTimePassword,
  passwordProblem,
  roleFromGroups,
  sameRoleAs,
} from './users.ts';
import type { Role } from '../../tenant.ts';

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

const ALL_ROLES: readonly Role[] = ['social-worker', 'supervisor', 'committee-member', 'security-advisor', 'admin'];
const holding = (rule: (role: Role) => boolean) => ALL_ROLES.filter(rule);

test('social workers and supervisors hold a caseload, and only they can be qualified', () => {
  assert.deepEqual(holding(holdsCaseload), ['social-worker', 'supervisor']);
  assert.deepEqual(holding(canBeQualified), ['social-worker', 'supervisor']);
});

test('a supervisor follows social workers; only a social worker is followed; the administrator is its own role', () => {
  assert.deepEqual(holding(isSupervisor), ['supervisor']);
  assert.deepEqual(holding(isSupervised), ['social-worker']);
  assert.deepEqual(holding(isAdministrator), ['admin']);
});

test('a group mapping with the same role and flag as the account changes nothing; either one differing does', () => {
  const account = { role: 'social-worker' as const, isQualifiedSocialWorker: true };
  assert.equal(sameRoleAs({ role: 'social-worker', isQualifiedSocialWorker: true }, account), true);
  assert.equal(sameRoleAs({ role: 'supervisor', isQualifiedSocialWorker: true }, account), false);
  assert.equal(sameRoleAs({ role: 'social-worker', isQualifiedSocialWorker: false }, account), false);
});
