/**
 * The hub's replay guard on a real PostgreSQL (replay-guard.ts): each (issuer, jti) accepted exactly
 * once — within one batch of concurrent checks, across batches and across hub processes — and a check
 * PostgreSQL cannot store is refused alone, never accepted.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { openTestDatabase, type TestDatabase } from './database.ts';
import { HUB_MIGRATIONS } from '#hub/index.ts';
import { createPostgresReplayGuard } from '#hub/modules/consultations/index.ts';

let testDb: TestDatabase;
const expiresAt = () => Date.now() + 300_000;

before(async () => {
  testDb = await openTestDatabase('treplay', { max: 4, migrations: HUB_MIGRATIONS });
});
after(async () => {
  await testDb?.close();
});

test('concurrent checks: each id is accepted once, its repetitions and ids seen before are refused', async () => {
  const guard = createPostgresReplayGuard(testDb.db);
  const ids = Array.from({ length: 30 }, () => randomUUID());
  assert.equal(await guard.checkAndRemember('0000000001', ids[0]!, expiresAt()), true);
  const checks = [...ids, ...ids.slice(0, 10)].map((jti) => guard.checkAndRemember('0000000001', jti, expiresAt()));
  const outcomes = await Promise.all(checks);
  assert.equal(outcomes[0], false, 'seen in an earlier batch');
  assert.deepEqual(outcomes.slice(1, 30), Array(29).fill(true), 'each new id accepted once');
  assert.deepEqual(outcomes.slice(30), Array(10).fill(false), 'its repetition in the same batch refused');
  // The same jti from another issuer is another message.
  assert.equal(await guard.checkAndRemember('0000000002', ids[5]!, expiresAt()), true);
});

test('two hub processes sharing the database accept an id only once between them', async () => {
  const [first, second] = [createPostgresReplayGuard(testDb.db), createPostgresReplayGuard(testDb.db)];
  const ids = Array.from({ length: 20 }, () => randomUUID());
  const outcomes = await Promise.all(
    ids.flatMap((jti) => [first.checkAndRemember('0000000001', jti, expiresAt()), second.checkAndRemember('0000000001', jti, expiresAt())]),
  );
  for (let i = 0; i < ids.length; i += 1)
    assert.equal(Number(outcomes[2 * i]) + Number(outcomes[2 * i + 1]), 1, `id ${i} accepted by exactly one process`);
});

test('a check PostgreSQL cannot store is refused alone; the others of its batch are decided', async () => {
  const guard = createPostgresReplayGuard(testDb.db);
  const outcomes = await Promise.allSettled(
    ['a', 'nul\u0000byte', 'b'].map((prefix) => guard.checkAndRemember('0000000001', `${prefix}-${randomUUID()}`, expiresAt())),
  );
  assert.deepEqual(outcomes[0], { status: 'fulfilled', value: true });
  assert.equal(outcomes[1]!.status, 'rejected', 'not accepted: the guard could not remember it');
  assert.deepEqual(outcomes[2], { status: 'fulfilled', value: true });
});
