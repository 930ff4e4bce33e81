/**
 * The audit chain (R43, R44) extended in one round trip by the database function of migration 0013:
 * concurrent transactions, rollbacks and awkward text still give a chain that the application's own
 * recomputation (verifyAuditChain) accepts event by event. Inside a transaction the events are staged and
 * chained by PostgreSQL at the COMMIT (migration 0064, ADR 0028).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { Database } from '#platform/db.ts';
import { openTestDatabase, type TestDatabase } from './database.ts';
import { appendAudit, createAuditBatcher, verifyAuditChain } from '#casework/modules/audit/audit.ts';
import { CASEWORK_MIGRATIONS } from '#casework/casework.ts';

let testDb: TestDatabase;
let db: Database;

before(async () => {
  testDb = await openTestDatabase('taudit', { max: 8, migrations: CASEWORK_MIGRATIONS });
  db = testDb.db;
});
after(async () => {
  await testDb?.close();
});

const actor = (requestId: string) => ({ requestId, user: { id: randomUUID(), role: 'social-worker' } });

test('concurrent transactions, some rolled back, leave an intact chain the application recomputes', async () => {
  const before = await verifyAuditChain(db);
  assert.equal(before.isIntact, true, 'the fresh chain is intact');
  const outcomes = await Promise.allSettled(
    Array.from({ length: 120 }, (_, i) =>
      db.transaction(async (tx) => {
        await appendAudit(
          tx,
          actor(`req-${i}`),
          i % 3 === 0
            ? [
                { action: 'aid-request.read', recordType: 'aid-request', recordId: randomUUID() },
                { action: 'note.read', recordType: 'note', recordId: randomUUID(), outcome: 'denied', reason: 'not-assigned' },
              ]
            : { action: 'aid-request.read', recordType: 'aid-request', recordId: randomUUID(), personId: randomUUID() },
        );
        if (i % 7 === 0) throw new Error('rolled back after the audit append');
      }),
    ),
  );
  const committed = outcomes.map((outcome, i) => ({ outcome, i })).filter(({ outcome }) => outcome.status === 'fulfilled');
  const expected = before.count + committed.reduce((sum, { i }) => sum + (i % 3 === 0 ? 2 : 1), 0);
  const after = await verifyAuditChain(db);
  assert.deepEqual(after, { isIntact: true, count: expected });
});

test('text with accents, quotes, backslashes, control characters and emoji hashes the same in the database and in the application', async () => {
  await db.transaction((tx) =>
    appendAudit(
      tx,
      { requestId: 'r-"\\\n\t\u0001', user: null },
      {
        action: 'exchange.summary-answered',
        recordType: 'person',
        recordId: 'clé "x" \\ y',
        reason: 'Ghent — Gent 🇧🇪 ü ß \u2028 \u001f end',
      },
    ),
  );
  const result = await verifyAuditChain(db);
  assert.equal(result.isIntact, true, 'the chain still verifies after awkward text');
});

test('group commit (ADR 0022): concurrent appends share batches, a bad event refuses only its own request, and the chain verifies', async () => {
  const batcher = createAuditBatcher(db);
  const before = await verifyAuditChain(db);
  assert.equal(before.isIntact, true);
  const outcomes = await Promise.allSettled(
    Array.from({ length: 60 }, (_, i) =>
      batcher.append(
        actor(`batch-${i}`),
        // Request 17 carries an event PostgreSQL refuses (a person id that is not a uuid).
        i === 17
          ? { action: 'exchange.summary-answered', recordType: 'person', recordId: 'x', personId: 'not-a-uuid' }
          : [
              { action: 'exchange.summary-answered', recordType: 'person', recordId: randomUUID(), personId: randomUUID() },
              ...(i % 4 === 0 ? [{ action: 'note.read', recordType: 'note', recordId: randomUUID() }] : []),
            ],
      ),
    ),
  );
  const refused = outcomes.flatMap((outcome, i) => (outcome.status === 'rejected' ? [i] : []));
  assert.deepEqual(refused, [17], 'only the request with the bad event is refused');
  const stats = batcher.stats();
  assert.ok(stats.batches < 60, `concurrent appends were grouped (${stats.batches} batches for 60 requests)`);
  const expected =
    before.count + Array.from({ length: 60 }, (_, i) => (i === 17 ? 0 : i % 4 === 0 ? 2 : 1)).reduce<number>((a, b) => a + b, 0);
  assert.deepEqual(await verifyAuditChain(db), { isIntact: true, count: expected });
  // Each request's events are in the chain under its own request id, in the order it gave them.
  const rows = await db.query<{ request_id: string; action: string }>(
    `SELECT request_id, action FROM audit_events WHERE request_id = ANY($1::text[]) ORDER BY id`,
    [['batch-0', 'batch-17', 'batch-18']],
  );
  assert.deepEqual(
    rows.map((row) => `${row.request_id} ${row.action}`),
    ['batch-0 exchange.summary-answered', 'batch-0 note.read', 'batch-18 exchange.summary-answered'],
  );
});

test("inside a transaction the chain's lock is taken at the end: another request appends while the command works, and the command's events keep their order", async () => {
  const command = actor(`req-command-${randomUUID()}`);
  const other = actor(`req-other-${randomUUID()}`);
  const [read, update] = [randomUUID(), randomUUID()];
  const isLockFree = () =>
    db.transaction(
      async (tx) => (await tx.one<{ free: boolean }>(`SELECT pg_try_advisory_xact_lock(hashtext('rse.audit_events')) AS free`))!.free,
    );
  await db.transaction(async (tx) => {
    await appendAudit(tx, command, { action: 'aid-request.read', recordType: 'aid-request', recordId: read });
    await tx.query('SELECT count(*) FROM audit_events');
    assert.equal(await isLockFree(), true, "the command does not hold the chain's lock while it works");
    await appendAudit(db, other, { action: 'aid-request.read', recordType: 'aid-request', recordId: randomUUID() });
    await appendAudit(tx, command, { action: 'social-report.update', recordType: 'social-report', recordId: update });
  });
  const rows = await db.query<{ request_id: string; record_id: string }>(
    'SELECT request_id, record_id FROM audit_events WHERE request_id = ANY($1::text[]) ORDER BY id',
    [[command.requestId, other.requestId]],
  );
  assert.deepEqual(
    rows.map((row) => row.request_id),
    [other.requestId, command.requestId, command.requestId],
    'the other request, committed first, comes first in the chain',
  );
  assert.deepEqual(
    rows.slice(1).map((row) => row.record_id),
    [read, update],
    "the command's events in the order it recorded them",
  );
  assert.equal((await verifyAuditChain(db)).isIntact, true, 'the chain verifies');
});

test("the chain's lock is free until the COMMIT itself (ADR 0028): the events are staged, then chained by PostgreSQL at the commit", async () => {
  const command = actor(`req-staged-${randomUUID()}`);
  const other = actor(`req-between-${randomUUID()}`);
  const isLockFree = () =>
    db.transaction(
      async (tx) => (await tx.one<{ free: boolean }>(`SELECT pg_try_advisory_xact_lock(hashtext('rse.audit_events')) AS free`))!.free,
    );
  let staged = -1;
  let wasFree = false;
  await db.transaction(async (tx) => {
    await appendAudit(tx, command, [
      { action: 'aid-request.read', recordType: 'aid-request', recordId: randomUUID() },
      { action: 'decision.create', recordType: 'decision', recordId: randomUUID() },
    ]);
    // Runs after the audit's own hook (hooks run in order): the events are staged, the COMMIT not yet sent.
    tx.beforeCommit(async () => {
      staged = Number((await tx.one<{ n: string }>('SELECT count(*) AS n FROM audit_pending'))!.n);
      wasFree = await isLockFree();
      // (Held, the lock would make this append wait for this very transaction: asked only when it is free.)
      if (wasFree) await appendAudit(db, other, { action: 'aid-request.read', recordType: 'aid-request', recordId: randomUUID() });
    });
  });
  assert.equal(staged, 2, 'the two events wait, staged, in the transaction');
  assert.equal(wasFree, true, "the chain's lock is free between the staging and the COMMIT");
  const rows = await db.query<{ request_id: string; action: string }>(
    'SELECT request_id, action FROM audit_events WHERE request_id = ANY($1::text[]) ORDER BY id',
    [[command.requestId, other.requestId]],
  );
  assert.deepEqual(
    rows.map((row) => `${row.request_id === other.requestId ? 'other' : 'command'} ${row.action}`),
    ['other aid-request.read', 'command aid-request.read', 'command decision.create'],
    'chained at the commit, after the request that committed first, in the order recorded',
  );
  assert.equal(Number((await db.one<{ n: string }>('SELECT count(*) AS n FROM audit_pending'))!.n), 0, 'nothing stays staged');
  assert.equal((await verifyAuditChain(db)).isIntact, true, 'the chain verifies');
});

test('a command that fails after recording its audit leaves no event, and the chain stays intact', async () => {
  const command = actor(`req-failed-${randomUUID()}`);
  await assert.rejects(
    db.transaction(async (tx) => {
      await appendAudit(tx, command, { action: 'aid-request.read', recordType: 'aid-request', recordId: randomUUID() });
      await tx.query('SELECT 1 / 0');
    }),
    /division by zero/,
  );
  const rows = await db.query('SELECT id FROM audit_events WHERE request_id = $1', [command.requestId]);
  assert.equal(rows.length, 0, 'no event of the failed command');
  assert.equal((await verifyAuditChain(db)).isIntact, true, 'the chain verifies');
});

test('a changed event is named by the verification', async () => {
  await db.query('ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only');
  const row = await db.one<{ id: number }>('SELECT id FROM audit_events ORDER BY id LIMIT 1 OFFSET 5');
  await db.query(`UPDATE audit_events SET reason = 'changed' WHERE id = $1`, [row!.id]);
  await db.query('ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only');
  const result = await verifyAuditChain(db);
  assert.equal(result.isIntact, false, 'the verification fails');
  assert.equal(!result.isIntact && result.brokenAtId, row!.id);
});
