/**
 * Retention (R42, principle 8): the purge job removes what is due and records what it did; a dry run
 * lists the same and changes nothing. Runs on a whole federation over a real database.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestFederation, type TestFederation } from './federation.ts';
import { cliEnv, runCli } from './cli.ts';
import { FOREST, DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';
import { generateNiss } from '#contracts/niss.ts';
import { runPurge } from '#casework/modules/retention/retention.service.ts';
import { verifyAuditChain } from '#casework/modules/audit/audit.ts';

let fed: TestFederation;
let marie: string;
let oldRequestId: string;
let oldPersonId: string;
let closedRequestId: string;
let identityCopyId: string;
let payslipId: string;
let auditPrefix: number;
let oldDisputedId: string;
let recentDisputedId: string;
let openTransferId: string;
let acceptedTransferId: string;
const niss = generateNiss({ birthDate: '1951-05-05', sequence: 515 });
const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;

const forest = () => fed.tenants.byKbo(FOREST.kbo)!;
const count = async (sql: string, params: unknown[] = []) => Number((await forest().db.one<{ n: string }>(sql, params))!.n);

before(async () => {
  fed = await startTestFederation();
  marie = await fed.login('marie.forest');
  const person = await fed.api(marie, 'POST', '/api/v1/persons', { niss, familyName: 'Ancien', givenNames: 'Dossier' });
  oldPersonId = person.body.id;
  const request = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
    personId: oldPersonId,
    kind: 'food-aid',
    receivedAt: new Date().toISOString(),
  });
  oldRequestId = request.body.id;
  assert.equal(
    (await fed.api(marie, 'POST', `/api/v1/aid-requests/${oldRequestId}/notes`, { text: 'DEMO note to be purged', visibility: 'team' }))
      .status,
    201,
  );
  assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${oldRequestId}/close`, { reason: 'aid ended' })).status, 200);
  // Opened once in an emergency by a colleague, with a reason that names facts (and a notice on the worklist).
  const luc = await fed.login('luc.forest');
  assert.equal(
    (
      await fed.api(luc, 'POST', `/api/v1/aid-requests/${oldRequestId}/break-glass`, {
        reason: 'urgence : la personne est à la rue ce soir',
      })
    ).status,
    201,
  );
  // Eleven years later (the default retention is ten years after closing), with an integration that
  // stayed open at the hub (a stale entry, e.g. from data migrated from an older system).
  await forest().db.query(`UPDATE aid_requests SET closed_at = now() - interval '11 years' WHERE id = $1`, [oldRequestId]);
  await fed.services.relay.flush();
  await forest().db.query(`UPDATE integrations SET end_date = NULL, hub_status = 'registered' WHERE request_id = $1`, [oldRequestId]);
  await fed.hub.db.query(`UPDATE integrations SET end_date = NULL WHERE file_ref = $1`, [oldRequestId]);

  // A summary received by Forest that has expired.
  const nadiaRequest = (
    await fed.api(
      marie,
      'GET',
      `/api/v1/aid-requests?personId=${(await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`)).body.items[0].id}`,
    )
  ).body.items[0].id;
  await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequest}/person-informed`, {
    informedAt: new Date().toISOString(),
    method: 'in-person',
  });
  assert.equal(
    (await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequest}/rse-consultations`, { purpose: 'social-investigation' })).status,
    201,
  );
  await forest().db.query(`UPDATE consultation_responses SET expires_at = now() - interval '1 day' WHERE summary IS NOT NULL`);

  // A file closed two years ago (kept: ten years) with an identity copy (one year) and a payslip (five years).
  const other = await fed.api(marie, 'POST', '/api/v1/persons', {
    niss: generateNiss({ birthDate: '1962-06-06', sequence: 617 }),
    familyName: 'Classe',
    givenNames: 'Documents',
  });
  closedRequestId = (
    await fed.api(marie, 'POST', '/api/v1/aid-requests', {
      personId: other.body.id,
      kind: 'food-aid',
      receivedAt: new Date().toISOString(),
    })
  ).body.id;
  const addDocument = async (retentionClass: string, title: string) =>
    (
      await fed.api(marie, 'POST', `/api/v1/aid-requests/${closedRequestId}/documents`, {
        type: 'identity-document',
        title,
        documentDate: '2024-01-15',
        source: 'person',
        retentionClass,
        mediaType: 'text/plain',
        contentBase64: Buffer.from(title).toString('base64'),
      })
    ).body.id as string;
  identityCopyId = await addDocument('identity-copy', 'Copie de la carte d’identité');
  payslipId = await addDocument('supporting-document', 'Fiche de paie');
  assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${closedRequestId}/close`, { reason: 'aid ended' })).status, 200);
  await forest().db.query(`UPDATE aid_requests SET closed_at = now() - interval '2 years' WHERE id = $1`, [closedRequestId]);
  // Records of the other classes past their periods: a session expired eight days ago, a message sent
  // a hundred days ago, a notice handled thirteen months ago.
  const marieId = (await fed.api(marie, 'GET', '/api/v1/me')).body.id;
  await forest().db.query(
    `INSERT INTO sessions (token_hash, user_id, created_at, last_seen_at, expires_at) VALUES ('\\x01', $1, now() - interval '9 days', now() - interval '9 days', now() - interval '8 days')`,
    [marieId],
  );
  await forest().db.query(
    `INSERT INTO outbox (topic, payload, created_at, sent_at) VALUES ('integration', '{}', now() - interval '100 days', now() - interval '100 days')`,
  );
  await forest().db.query(
    `INSERT INTO worklist_notices (request_id, kind, created_at, handled_at, handled_by) VALUES ($1, 'test', now() - interval '14 months', now() - interval '13 months', $2)`,
    [closedRequestId, marieId],
  );
  // Transfers received from another CPAS (R7, migration 0050): one disputed thirteen months ago (due),
  // one disputed last month and one not yet answered (kept), one accepted into the old file (goes with it).
  const received = async (niss: string, status: string, decidedAgo: string | null, requestId: string | null) =>
    (await forest().db.one<{ id: string }>(
      `INSERT INTO incoming_transfers (hub_transfer_id, from_kbo, from_name, niss, family_name, given_names, language, kind,
         original_received_at, started_at, reason, received_at, status, request_id, decided_at)
       VALUES (gen_random_uuid(), '0212345678', 'CPAS de Test', $1, 'Transféré', 'Test', 'fr', 'ris', current_date - 30, current_date - 29,
               'adresse à Ixelles', now() - interval '14 months', $2, $3, CASE WHEN $4::text IS NULL THEN NULL ELSE now() - $4::interval END)
       RETURNING id`,
      [niss, status, requestId, decidedAgo],
    ))!.id;
  oldDisputedId = await received(generateNiss({ birthDate: '1970-01-01', sequence: 701 }), 'disputed', '13 months', null);
  recentDisputedId = await received(generateNiss({ birthDate: '1970-01-02', sequence: 703 }), 'disputed', '1 month', null);
  openTransferId = await received(generateNiss({ birthDate: '1970-01-03', sequence: 705 }), 'received', null, null);
  acceptedTransferId = await received(niss, 'accepted', '11 years', oldRequestId);
  // The demo seed's oldest events lie further back than the audit log's period (24 months) or not: count them.
  auditPrefix = await count(
    `SELECT count(*) AS n FROM audit_events WHERE id < coalesce((SELECT min(id) FROM audit_events WHERE at > now() - interval '24 months'), (SELECT max(id) + 1 FROM audit_events))`,
  );
});
after(async () => fed?.close());

test('a dry run lists what is due and changes nothing', async () => {
  const notes = await count('SELECT count(*) AS n FROM notes WHERE request_id = $1', [oldRequestId]);
  const run = await runPurge(forest(), { now: new Date(), isDryRun: true, trigger: 'cli' });
  assert.equal(run.isDryRun, true);
  assert.ok(
    run.items.some((item) => item.requestId === oldRequestId),
    'the old file is listed',
  );
  assert.equal(run.counts.purgedFiles, 1);
  assert.equal(run.counts.anonymisedPersons, 1);
  assert.ok(run.counts.expiredSummaries >= 1, `expired summaries: ${run.counts.expiredSummaries}`);
  assert.equal(run.counts.endedIntegrations, 1);
  assert.deepEqual(
    [
      run.counts.documents,
      run.counts.sessions,
      run.counts.outboxMessages,
      run.counts.notices,
      run.counts.purgeRuns,
      run.counts.incomingTransfers,
      run.counts.auditEvents,
    ],
    [1, 1, 1, 1, 0, 1, auditPrefix],
    'documents, sessions, messages, notices, purge runs, disputed transfers and audit events past their periods',
  );
  assert.equal(await count('SELECT count(*) AS n FROM incoming_transfers WHERE id = $1', [oldDisputedId]), 1, 'a dry run keeps it');
  assert.equal(await count('SELECT count(*) AS n FROM documents WHERE request_id = $1', [closedRequestId]), 2);
  assert.equal(await count('SELECT count(*) AS n FROM notes WHERE request_id = $1', [oldRequestId]), notes);
  assert.equal(await count('SELECT count(*) AS n FROM consultation_responses WHERE summary IS NOT NULL'), run.counts.expiredSummaries);
  assert.equal(await count('SELECT count(*) AS n FROM persons WHERE id = $1 AND anonymised_at IS NULL', [oldPersonId]), 1);
  assert.equal(await count('SELECT count(*) AS n FROM integrations WHERE request_id = $1 AND end_date IS NULL', [oldRequestId]), 1);
  const recorded = await forest().db.one<{ is_dry_run: boolean; status: string }>(
    'SELECT is_dry_run, status FROM purge_runs WHERE id = $1',
    [run.id],
  );
  assert.deepEqual(recorded, { is_dry_run: true, status: 'completed' });
});

test('the purge removes the closed file past retention, the expired summaries, and ends the integration at the hub', async () => {
  const run = await runPurge(forest(), { now: new Date(), isDryRun: false, trigger: 'cli' });
  assert.deepEqual(run.counts, {
    expiredSummaries: run.counts.expiredSummaries,
    purgedFiles: 1,
    anonymisedPersons: 1,
    endedIntegrations: 1,
    documents: 1,
    sessions: 1,
    outboxMessages: 1,
    notices: 1,
    purgeRuns: 0,
    incomingTransfers: 1,
    auditEvents: auditPrefix,
  });
  const transfers = await forest().db.query<{ id: string }>('SELECT id FROM incoming_transfers WHERE id = ANY($1::uuid[]) ORDER BY id', [
    [oldDisputedId, recentDisputedId, openTransferId, acceptedTransferId],
  ]);
  assert.deepEqual(
    transfers.map((row) => row.id),
    [recentDisputedId, openTransferId].sort(),
    'the transfer disputed 13 months ago and the one accepted into the purged file are gone; the recent and the unanswered one stay',
  );
  const documents = await forest().db.query<{ id: string }>('SELECT id FROM documents WHERE request_id = $1', [closedRequestId]);
  assert.deepEqual(
    documents.map((row) => row.id),
    [payslipId],
    `the identity copy (${identityCopyId}) is gone after a year, the payslip stays five`,
  );
  assert.equal(await count(`SELECT count(*) AS n FROM sessions WHERE expires_at < now() - interval '7 days'`), 0);
  assert.equal(await count(`SELECT count(*) AS n FROM worklist_notices WHERE handled_at < now() - interval '12 months'`), 0);
  assert.deepEqual(await verifyAuditChain(forest().db).then((result) => result.isIntact), true, 'the audit chain still verifies');
  assert.equal(await count('SELECT count(*) AS n FROM notes WHERE request_id = $1', [oldRequestId]), 0);
  assert.equal(
    await count(`SELECT count(*) AS n FROM access_grants WHERE request_id = $1 AND reason <> 'purged (R42)'`, [oldRequestId]),
    0,
    'no grant reason left about the purged file',
  );
  assert.equal(
    await count(`SELECT count(*) AS n FROM access_grants WHERE request_id = $1`, [oldRequestId]),
    1,
    'the emergency opening is still counted',
  );
  assert.equal(
    await count('SELECT count(*) AS n FROM worklist_notices WHERE request_id = $1', [oldRequestId]),
    0,
    'no notice left about the purged file',
  );
  assert.equal(await count('SELECT count(*) AS n FROM consultation_responses WHERE summary IS NOT NULL'), 0);
  const person = await forest().db.one<{ niss: string | null; family_name: string; anonymised_at: Date | null }>(
    'SELECT niss, family_name, anonymised_at FROM persons WHERE id = $1',
    [oldPersonId],
  );
  assert.equal(person!.niss, null);
  assert.equal(person!.family_name, 'ANONYMISED');
  assert.ok(person!.anonymised_at, 'anonymised');
  assert.equal(await count('SELECT count(*) AS n FROM person_identifiers WHERE niss = $1', [niss]), 0);
  assert.equal((await fed.api(marie, 'GET', `/api/v1/persons?niss=${niss}`)).body.items.length, 0, 'the NISS no longer finds anyone');

  await fed.services.relay.flush();
  const atHub = await fed.hub.db.query<{ end_date: string | null }>('SELECT end_date FROM integrations WHERE file_ref = $1', [
    oldRequestId,
  ]);
  assert.ok(atHub.length > 0 && atHub.every((row) => row.end_date !== null), 'the hub integration has ended');

  const recorded = await forest().db.one<{ status: string; counts: { purgedFiles: number }; items: { requestId: string }[] }>(
    'SELECT status, counts, items FROM purge_runs WHERE id = $1',
    [run.id],
  );
  assert.equal(recorded!.status, 'completed');
  assert.equal(recorded!.counts.purgedFiles, 1);
  assert.equal(recorded!.items[0]!.requestId, oldRequestId);
  assert.equal(
    await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'retention.file-purged' AND record_id = $1`, [oldRequestId]),
    1,
  );
});

test('a second run finds nothing left to do', async () => {
  const run = await runPurge(forest(), { now: new Date(), isDryRun: false, trigger: 'cli' });
  assert.deepEqual(run.counts, {
    expiredSummaries: 0,
    purgedFiles: 0,
    anonymisedPersons: 0,
    endedIntegrations: 0,
    documents: 0,
    sessions: 0,
    outboxMessages: 0,
    notices: 0,
    purgeRuns: 0,
    incomingTransfers: 0,
    auditEvents: 0,
  });
});

test('the audit log loses only its part older than the period, as a prefix with a checkpoint, and still verifies; nobody else can delete from it', async () => {
  await assert.rejects(
    forest().db.query('DELETE FROM audit_events WHERE id = (SELECT min(id) FROM audit_events)'),
    /append-only/,
    'a direct delete is refused',
  );
  // Twenty-five months on, every event written so far is past the 24 months of the setting.
  const later = new Date(Date.now() + 25 * 31 * 86_400_000);
  const total = await count('SELECT count(*) AS n FROM audit_events');
  const dry = await runPurge(forest(), { now: later, isDryRun: true, trigger: 'cli' });
  assert.equal(dry.counts.auditEvents, total, 'the dry run counts the whole log');
  assert.equal(await count('SELECT count(*) AS n FROM audit_events'), total, 'and removes nothing');
  const run = await runPurge(forest(), { now: later, isDryRun: false, trigger: 'cli' });
  assert.ok(run.counts.auditEvents >= total, `removed ${run.counts.auditEvents} of at least ${total}`);
  const checkpoint = await forest().db.one<{ purged_count: number; purge_run_id: string }>(
    'SELECT purged_count, purge_run_id FROM audit_checkpoints ORDER BY id DESC LIMIT 1',
  );
  assert.equal(checkpoint?.purge_run_id, run.id, 'the checkpoint names its run');
  const verification = await verifyAuditChain(forest().db);
  assert.equal(verification.isIntact, true, 'the rest of the chain verifies from the checkpoint');
  assert.ok(verification.count >= 1, "the purge's own record is the new start of the log");
  assert.equal(
    await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'retention.records-removed' AND record_type = 'audit-events'`),
    1,
  );
});

test('the purge command runs every CPAS and prints what it did', async () => {
  const output = await runCli(['purge', '--dry-run'], cliEnv(fed.config));
  assert.equal(output.code, 0, output.stdout);
  assert.match(output.stdout, /CPAS de Forest \(DEMO\): dry run — 0 files past retention/);
  assert.match(output.stdout, /OCMW Gent \(DEMO\): dry run/);
  assert.match(output.stdout, /would remove: \d+ documents past their class, \d+ expired sessions/);
  assert.match(output.stdout, /\d+ disputed transfers received/);
});

test('the period of disputed transfers received is the security advisor’s setting, never under the 3-month appeal window', async () => {
  const anne = await fed.login('anne.forest');
  const refused = await fed.api(anne, 'PUT', '/api/v1/settings/retention', { incomingTransferMonths: 2, reason: 'Trop long' });
  assert.equal(refused.status, 422, refused.text);
  assert.equal(refused.body.code, 'setting.invalid');
  assert.ok(
    refused.body.errors.some((error: { path: string }) => error.path === '/incomingTransferMonths'),
    'the error names the field',
  );
  // A fresh login: the purge of the test above, 25 months on, removed every session.
  const worker = await fed.login('marie.forest');
  assert.equal((await fed.api(worker, 'PUT', '/api/v1/settings/retention', { incomingTransferMonths: 24 })).status, 403);
  const saved = await fed.api(anne, 'PUT', '/api/v1/settings/retention', {
    incomingTransferMonths: 24,
    reason: 'Avis du DPO : un an de plus pour les litiges',
  });
  assert.equal(saved.status, 200, saved.text);
  assert.equal(saved.body.value.incomingTransferMonths, 24);
  assert.equal(saved.body.value.closedFileMonths, 120, 'the other periods keep their value');
});
