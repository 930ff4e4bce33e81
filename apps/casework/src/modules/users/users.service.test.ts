/** User administration use cases with a fake repository: no database. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Queryable } from '#platform/db.ts';
import type { Actor, Role } from '../../tenant.ts';
import { createUserService } from './users.service.ts';
import type { AdminUserRow, UsersRepository } from './users.repository.ts';

const ADMIN = '11111111-1111-4111-8111-111111111111';
const WORKER = '22222222-2222-4222-8222-222222222222';
const SUPERVISOR = '33333333-3333-4333-8333-333333333333';

function fakeDatabase() {
  const audits: unknown[][] = [];
  const db: Queryable = {
    query: async (sql: string, params?: readonly unknown[]) => {
      if (sql.includes('append_audit_events')) audits.push([...(params ?? [])]);
      return [];
    },
    one: async () => undefined,
  };
  return { db, audits, actions: () => audits.flatMap((params) => params[3] as string[]) };
}

function actorWith(role: Role, db: Queryable, id = ADMIN): Actor {
  return {
    tenant: { db: { ...db, transaction: (work: (tx: Queryable) => Promise<unknown>) => work(db) } },
    user: { id, role, username: 'it.admin' },
    requestId: 'test',
    now: new Date('2026-03-10T10:00:00Z'),
  } as unknown as Actor;
}

const row = (id: string, role: Role, extra: Partial<AdminUserRow> = {}): AdminUserRow => ({
  id,
  username: `u${id.slice(0, 4)}`,
  display_name: `User ${role}`,
  role,
  is_qualified_social_worker: false,
  supervisor_id: null,
  language: 'fr',
  is_active: true,
  is_demo: false,
  must_change_password: false,
  created_at: new Date('2026-01-01T00:00:00Z'),
  deactivated_at: null,
  open_files: 0,
  ...extra,
});

function fakeRepository(rows: AdminUserRow[], overrides: Partial<UsersRepository> = {}): { repository: UsersRepository; ended: string[] } {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const ended: string[] = [];
  const repository = {
    byId: async (id: string) => byId.get(id),
    otherActiveAdmins: async (except: string) => rows.filter((r) => r.role === 'admin' && r.is_active && r.id !== except).length,
    supervisedCount: async (id: string) => rows.filter((r) => r.supervisor_id === id && r.is_active).length,
    insert: async () => ({ id: WORKER }),
    update: async (id: string, fields: { role: Role }) => {
      byId.set(id, { ...byId.get(id)!, role: fields.role });
      return [];
    },
    setActive: async (id: string, isActive: boolean) => {
      byId.set(id, { ...byId.get(id)!, is_active: isActive });
      return [];
    },
    setPassword: async () => [],
    endSessions: async (id: string) => {
      ended.push(id);
      return [];
    },
    ...overrides,
  };
  return { repository: repository as unknown as UsersRepository, ended };
}

const rejectsWith = (code: string) => (error: unknown) => (error as { code?: string }).code === code;
const fixedPassword = { hashPassword: async () => 'scrypt$hash', newPassword: () => 'abcd-efgh-jkmn-pqrs' };

test('only an administrator administers users; a supervisor is refused', async () => {
  const { db } = fakeDatabase();
  const { repository } = fakeRepository([row(ADMIN, 'admin')]);
  const users = createUserService({ repository: () => repository, ...fixedPassword });
  await assert.rejects(
    users.createAccount(actorWith('supervisor', db), { username: 'x.y', displayName: 'X', role: 'admin' }),
    rejectsWith('users.admin-only'),
  );
  await assert.rejects(users.listAccounts(actorWith('social-worker', db), false), rejectsWith('users.admin-only'));
});

test('creating an account returns a one-time password and writes one audit event without the password', async () => {
  const fake = fakeDatabase();
  const { repository } = fakeRepository([row(ADMIN, 'admin'), row(WORKER, 'social-worker')]);
  const users = createUserService({ repository: () => repository, ...fixedPassword });
  const created = await users.createAccount(actorWith('admin', fake.db), {
    username: 'Lea.Martin',
    displayName: ' Léa ',
    role: 'social-worker',
  });
  assert.equal(created.oneTimePassword, 'abcd-efgh-jkmn-pqrs');
  assert.deepEqual(fake.actions(), ['user.create']);
  assert.equal(JSON.stringify(fake.audits).includes('abcd-efgh'), false, 'the password is never audited');
});

test('the last active administrator keeps its role and cannot be deactivated; nobody deactivates themselves', async () => {
  const { db } = fakeDatabase();
  const { repository } = fakeRepository([row(ADMIN, 'admin'), row(WORKER, 'admin', { is_active: false })]);
  const users = createUserService({ repository: () => repository, ...fixedPassword });
  await assert.rejects(users.updateAccount(actorWith('admin', db, WORKER), ADMIN, { role: 'supervisor' }), rejectsWith('user.last-admin'));
  await assert.rejects(users.setActive(actorWith('admin', db), ADMIN, false), rejectsWith('user.self-deactivation'));
  await assert.rejects(users.setActive(actorWith('admin', db, WORKER), ADMIN, false), rejectsWith('user.last-admin'));
});

test('a supervisor who still follows workers is neither demoted nor deactivated', async () => {
  const { db } = fakeDatabase();
  const { repository } = fakeRepository([
    row(ADMIN, 'admin'),
    row(SUPERVISOR, 'supervisor'),
    row(WORKER, 'social-worker', { supervisor_id: SUPERVISOR }),
  ]);
  const users = createUserService({ repository: () => repository, ...fixedPassword });
  await assert.rejects(
    users.updateAccount(actorWith('admin', db), SUPERVISOR, { role: 'social-worker' }),
    rejectsWith('user.still-supervises'),
  );
  await assert.rejects(users.setActive(actorWith('admin', db), SUPERVISOR, false), rejectsWith('user.still-supervises'));
});

test('a role change ends the user’s sessions and is audited by the names of the changed fields', async () => {
  const fake = fakeDatabase();
  const { repository, ended } = fakeRepository([row(ADMIN, 'admin'), row(WORKER, 'social-worker')]);
  const users = createUserService({ repository: () => repository, ...fixedPassword });
  await users.updateAccount(actorWith('admin', fake.db), WORKER, { role: 'committee-member' });
  assert.deepEqual(ended, [WORKER]);
  assert.deepEqual(fake.actions(), ['user.update']);
  assert.deepEqual(fake.audits[0]![8], ['role']);
});

test('a deactivation ends the sessions; an unknown or malformed id is not found', async () => {
  const fake = fakeDatabase();
  const { repository, ended } = fakeRepository([row(ADMIN, 'admin'), row(WORKER, 'social-worker')]);
  const users = createUserService({ repository: () => repository, ...fixedPassword });
  const result = await users.setActive(actorWith('admin', fake.db), WORKER, false);
  assert.equal(result.isActive, false);
  assert.deepEqual(ended, [WORKER]);
  assert.deepEqual(fake.actions(), ['user.deactivate']);
  await assert.rejects(users.getAccount(actorWith('admin', fake.db), 'not-a-uuid'), rejectsWith('user.not-found'));
});

test('a leaver with open files is not deactivated before the caseload is handed over', async () => {
  const { db } = fakeDatabase();
  const { repository } = fakeRepository([row(ADMIN, 'admin'), row(WORKER, 'social-worker', { open_files: 3 })]);
  const users = createUserService({ repository: () => repository, ...fixedPassword });
  await assert.rejects(users.setActive(actorWith('admin', db), WORKER, false), rejectsWith('user.open-files'));
});
