/**
 * The hub's checks of a consultation in one statement (consultations.repository.ts) on a real
 * PostgreSQL: a number replaced at a CPAS (R4) resolves to the person's current pseudonym in the same
 * statement, so a consultation under the old number finds the requester's integration, the person's
 * blocks and the providers recorded under the new one.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import type { Database } from '#platform/db.ts';
import { openTestDatabase, type TestDatabase } from './database.ts';
import { HUB_MIGRATIONS } from '#hub/index.ts';
import { createConsultationChecksReader, readConsultationChecks } from '#hub/modules/consultations/index.ts';

let testDb: TestDatabase;
let db: Database;
const pseudonym = (text: string) => createHash('sha256').update(text).digest();
const OLD = pseudonym('old number');
const NEW = pseudonym('new number');
const REQUESTER = '0000000001';
const PROVIDER = '0000000002';
const input = (subject: Buffer) => ({
  subject,
  requesterKbo: REQUESTER,
  fileRef: 'file-1',
  purpose: 'social-investigation',
  today: '2026-03-10',
  since: '2024-03-10',
});

before(async () => {
  testDb = await openTestDatabase('tchecks', { max: 2, migrations: HUB_MIGRATIONS });
  db = testDb.db;
  await db.query(`INSERT INTO institutions (kbo, name, kind, endpoint, jwks)
    VALUES ('${REQUESTER}', 'CPAS A', 'cpas', 'http://a/', '{"keys": []}'), ('${PROVIDER}', 'CPAS B', 'cpas', 'http://b/', '{"keys": []}')`);
  // The person's integrations are under the new number; the old one was replaced (R4, migration 0005).
  await db.query(
    `INSERT INTO integrations (person_pseudonym, institution_kbo, quality_code, file_ref, start_date)
     VALUES ($1, '${REQUESTER}', '17-1', 'file-1', '2026-01-01'), ($1, '${PROVIDER}', '17-1', 'file-9', '2025-01-01')`,
    [NEW],
  );
  await db.query(`INSERT INTO pseudonym_replacements (old_pseudonym, new_pseudonym, reported_by) VALUES ($1, $2, '${REQUESTER}')`, [
    OLD,
    NEW,
  ]);
});
after(async () => {
  await testDb?.close();
});

test('a consultation under a replaced number is checked against the person’s current pseudonym', async () => {
  const underOld = await readConsultationChecks(db, input(OLD));
  const underNew = await readConsultationChecks(db, input(NEW));
  assert.deepEqual(underOld, {
    hasIntegration: true,
    qualityCode: '17-1',
    items: ['decisions', 'piis', 'statements', 'contact'],
    isBlocked: false,
    providers: [PROVIDER],
  });
  assert.deepEqual(underNew, underOld);
  assert.deepEqual(await readConsultationChecks(db, input(pseudonym('nobody'))), { hasIntegration: false });
});

test('a block recorded under the new number refuses a consultation under the old one', async () => {
  await db.query(`INSERT INTO blocks (person_pseudonym, institution_kbo, reason) VALUES ($1, '${REQUESTER}', 'asked by the person')`, [
    NEW,
  ]);
  const checks = await readConsultationChecks(db, input(OLD));
  assert.equal(checks.hasIntegration && checks.isBlocked, true);
});

test('concurrent consultations asked in one statement each get the checks they get alone', async () => {
  const inputs = [
    input(OLD),
    input(pseudonym('nobody')),
    { ...input(NEW), purpose: 'no-such-purpose' },
    { ...input(NEW), fileRef: 'another file' },
    { ...input(OLD), today: '2025-12-31' },
    input(NEW),
  ];
  const alone = [];
  for (const each of inputs) alone.push(await readConsultationChecks(db, each));
  const reader = createConsultationChecksReader(db);
  assert.deepEqual(await Promise.all(inputs.map((each) => reader(each))), alone);
  assert.deepEqual(
    alone.map((checks) => checks.hasIntegration && checks.items !== null),
    [true, false, false, false, false, true],
    'the cases differ: the batch is not answered with one row for all',
  );
});
