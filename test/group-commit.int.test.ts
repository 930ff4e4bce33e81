/**
 * Group commit (ADR 0022) on the real PostgreSQL: concurrent units share transactions, each gets its
 * own result after the commit, and a group with one bad unit refuses only that one.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Database } from '#platform/db.ts';
import { openTestDatabase, type TestDatabase } from './database.ts';
import { createGroupCommit } from '#platform/group-commit.ts';

let testDb: TestDatabase;
let db: Database;

before(async () => {
  testDb = await openTestDatabase('tgroup', { max: 4 });
  db = testDb.db;
  await db.query('CREATE TABLE items (n int PRIMARY KEY, label text NOT NULL)');
});
after(async () => {
  await testDb?.close();
});

test('concurrent units share transactions; each gets its own result after the commit', async () => {
  const group = createGroupCommit(db);
  const results = await Promise.all(
    Array.from({ length: 40 }, (_, i) =>
      group.run(
        async (tx) => (await tx.one<{ n: number }>('INSERT INTO items (n, label) VALUES ($1, $2) RETURNING n', [i, `item ${i}`]))!.n,
      ),
    ),
  );
  assert.deepEqual(
    results,
    Array.from({ length: 40 }, (_, i) => i),
  );
  const rows = await db.query<{ n: number }>('SELECT n FROM items WHERE n < 40');
  assert.equal(rows.length, 40, 'every unit committed once');
  const stats = group.stats();
  assert.equal(stats.units, 40);
  assert.ok(stats.transactions < 40, `grouped into ${stats.transactions} transactions`);
});

test('a group with one bad unit refuses only that one; the others commit exactly once', async () => {
  const group = createGroupCommit(db);
  const outcomes = await Promise.allSettled(
    // Unit 104 breaks a constraint (NOT NULL): PostgreSQL aborts the shared transaction.
    Array.from({ length: 10 }, (_, i) =>
      group.run((tx) => tx.query('INSERT INTO items (n, label) VALUES ($1, $2)', [100 + i, i === 4 ? null : `item ${100 + i}`])),
    ),
  );
  assert.deepEqual(
    outcomes.flatMap((outcome, i) => (outcome.status === 'rejected' ? [i] : [])),
    [4],
  );
  const rows = await db.query<{ n: number }>('SELECT n FROM items WHERE n >= 100 ORDER BY n');
  assert.deepEqual(
    rows.map((row) => row.n),
    [100, 101, 102, 103, 105, 106, 107, 108, 109],
  );
  assert.ok(group.stats().retried > 0, 'the failed group was run again unit by unit');
});
