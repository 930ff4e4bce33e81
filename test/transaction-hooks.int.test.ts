/**
 * `Transaction.beforeCommit` (db.ts): what a transaction must do last runs on its connection after the
 * work and before COMMIT, in order; a hook that fails rolls the whole transaction back.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { asTransaction, createDatabase, type Database, type Transaction } from '#platform/db.ts';
import { testDatabaseUrl } from './database.ts';

let db: Database;

before(async () => {
  // One connection: the temporary table below belongs to it.
  db = createDatabase(testDatabaseUrl(), { max: 1 });
  await db.query('CREATE TEMP TABLE hook_steps (n serial PRIMARY KEY, step text NOT NULL)');
});
after(async () => {
  await db?.close();
});

const steps = async () => (await db.query<{ step: string }>('SELECT step FROM hook_steps ORDER BY n')).map((row) => row.step);

test('hooks run after the work, in the order they were added, inside the transaction; one a hook adds runs too', async () => {
  await db.query('TRUNCATE hook_steps');
  await db.transaction(async (tx) => {
    tx.beforeCommit(async () => {
      await tx.query(`INSERT INTO hook_steps (step) VALUES ('first hook')`);
      tx.beforeCommit(() => tx.query(`INSERT INTO hook_steps (step) VALUES ('hook added by a hook')`).then(() => undefined));
    });
    tx.beforeCommit(() => tx.query(`INSERT INTO hook_steps (step) VALUES ('second hook')`).then(() => undefined));
    await tx.query(`INSERT INTO hook_steps (step) VALUES ('work')`);
    const [open] = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM hook_steps');
    assert.equal(open!.n, 1, 'no hook has run while the work runs');
  });
  assert.deepEqual(await steps(), ['work', 'first hook', 'second hook', 'hook added by a hook']);
});

test('a hook that fails rolls back the work and the hooks before it, and the error reaches the caller', async () => {
  await db.query('TRUNCATE hook_steps');
  await assert.rejects(
    db.transaction(async (tx) => {
      tx.beforeCommit(() => tx.query(`INSERT INTO hook_steps (step) VALUES ('hook')`).then(() => undefined));
      tx.beforeCommit(() => tx.query('SELECT 1 / 0').then(() => undefined));
      await tx.query(`INSERT INTO hook_steps (step) VALUES ('work')`);
    }),
    /division by zero/,
  );
  assert.deepEqual(await steps(), [], 'nothing was committed');
});

test('work that fails runs no hook', async () => {
  await db.query('TRUNCATE hook_steps');
  let ran = false;
  await assert.rejects(
    db.transaction(async (tx) => {
      tx.beforeCommit(async () => {
        ran = true;
      });
      throw new Error('the command failed');
    }),
    /the command failed/,
  );
  assert.equal(ran, false, 'the hook did not run');
});

test('a hook added once the transaction has ended is refused, never silently dropped', async () => {
  let ended: Transaction | undefined;
  await db.transaction(async (tx) => {
    ended = tx;
  });
  assert.throws(() => ended!.beforeCommit(async () => undefined), /already ended/);
});

test('only the work of a transaction is a transaction', async () => {
  assert.equal(asTransaction(db), null, 'the database itself is not one');
  await db.transaction(async (tx) => {
    assert.equal(asTransaction(tx), tx, 'the work’s queryable is one');
  });
});

/**
 * The state a restart leaves for a moment: `count` connections closed by the server, still idle in the pool. (pg marks
 * such a client not queryable; pg-pool drops it on the error event, which may come after the next checkout.)
 */
async function closedIdleConnections(own: Database, count: number): Promise<number[]> {
  const clients = await Promise.all(Array.from({ length: count }, () => own.pool.connect()));
  const pids = await Promise.all(
    clients.map(async (client) => (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid),
  );
  for (const client of clients) client.release();
  for (const client of clients) (client as unknown as { _queryable: boolean })._queryable = false;
  return pids;
}

test('a transaction handed idle connections the server has closed begins on another one (F3)', async () => {
  const own = createDatabase(testDatabaseUrl(), { max: 4, keep: 4 });
  try {
    // Every connection of the pool closed: each is found once and discarded, and the last try opens a new one.
    const closed = await closedIdleConnections(own, 4);
    const pid = await own.transaction(async (tx) => (await tx.query<{ pid: number }>('SELECT pg_backend_pid() AS pid'))[0]!.pid);
    assert.ok(!closed.includes(pid), 'the transaction ran on another connection');
    assert.equal(own.pool.totalCount, 1, 'the closed connections were dropped from the pool');
  } finally {
    await own.close();
  }
});

test('a statement outside a transaction handed idle connections the server has closed runs on another one (F3)', async () => {
  const own = createDatabase(testDatabaseUrl(), { max: 4, keep: 4 });
  try {
    const closed = await closedIdleConnections(own, 4);
    const [row] = await own.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    assert.ok(!closed.includes(row!.pid), 'the statement ran on another connection');
    assert.equal(own.pool.totalCount, 1, 'the closed connections were dropped from the pool');
  } finally {
    await own.close();
  }
});

test('a statement that failed after it was sent is not run again', async () => {
  const own = createDatabase(testDatabaseUrl(), { max: 1 });
  const sequence = `sent_once_${process.pid}_${Date.now()}`;
  try {
    await db.query(`CREATE SEQUENCE ${sequence}`);
    // Sent and executed (a sequence's step survives the failure), then its connection ends under it.
    const error = await own.query(`SELECT nextval('${sequence}'), pg_terminate_backend(pg_backend_pid())`).then(
      () => null,
      (failure: unknown) => failure,
    );
    assert.ok(error, 'the statement failed with its connection');
    assert.equal((error as { status?: number }).status, 503, 'it failed as the database being unavailable');
    const [row] = await db.query<{ last_value: number | string }>(`SELECT last_value FROM ${sequence}`);
    assert.equal(Number(row!.last_value), 1, 'it ran once');
  } finally {
    await db.query(`DROP SEQUENCE IF EXISTS ${sequence}`);
    await own.close();
  }
});
