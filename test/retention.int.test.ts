/**
 * Retention (R42, principle 8): the purge job removes what is due and records what it did; a dry run
 * lists the same and changes nothing. Runs on a whole federation over a real database.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestFederation, type TestFederation } from './federation.ts';
import { runCli } from './cli.ts';
import { FOREST, DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';
import { generateNiss } from '#contracts/niss.ts';
import { runPurge } from '#casework/modules/retention/retention.service.ts';

let fed: TestFederation;
let marie: string;
let oldRequestId: string;
let oldPersonId: string;
const niss = generateNiss({ birthDate: '1951-05-05', sequence: 515 });
const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;

const forest = () => fed.tenants.byKbo(FOREST.kbo)!;
const count = async (sql: string, params: unknown[] = []) => Number((await forest().db.one<{ n: string }>(sql, params))!.n);

before(async () => {
  fed = await startTestFederation();
  marie = await fed.login('marie.forest');
  const person = await fed.api(marie, 'POST', '/api/v1/persons', { niss, familyName: 'Ancien', givenNames: 'Dossier' });
  oldPersonId = person.body.id;
  const request = await fed.api(marie, 'POST', '/api/v1/aid-requests', { personId: oldPersonId, kind: 'food-aid', receivedAt: new Date().toISOString() });
  oldRequestId = request.body.id;
  assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${oldRequestId}/notes`, { text: 'DEMO note to be purged', visibility: 'team' })).status, 201);
  assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${oldRequestId}/close`, { reason: 'aid ended' })).status, 200);
  // Eleven years later (the default retention is ten years after closing), with an integration that
  // stayed open at the hub (a stale entry, e.g. from data migrated from an older system).
  await forest().db.query(`UPDATE aid_requests SET closed_at = now() - interval '11 years' WHERE id = $1`, [oldRequestId]);
  await fed.services.relay.flush();
  await forest().db.query(`UPDATE integrations SET end_date = NULL, hub_status = 'registered' WHERE request_id = $1`, [oldRequestId]);
  await fed.hub.db.query(`UPDATE integrations SET end_date = NULL WHERE file_ref = $1`, [oldRequestId]);

  // A summary received by Forest that has expired.
  const nadiaRequest = (await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${(await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`)).body.items[0].id}`)).body.items[0].id;
  await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequest}/person-informed`, { informedAt: new Date().toISOString(), method: 'in-person' });
  assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequest}/rse-consultations`, { purpose: 'social-investigation' })).status, 201);
  await forest().db.query(`UPDATE consultation_responses SET expires_at = now() - interval '1 day' WHERE summary IS NOT NULL`);
});
after(async () => fed?.close());

test('a dry run lists what is due and changes nothing', async () => {
  const notes = await count('SELECT count(*) AS n FROM notes WHERE request_id = $1', [oldRequestId]);
  const run = await runPurge(forest(), { now: new Date(), isDryRun: true, trigger: 'cli' });
  assert.equal(run.isDryRun, true);
  assert.ok(run.items.some((item) => item.requestId === oldRequestId), 'the old file is listed');
  assert.equal(run.counts.purgedFiles, 1);
  assert.equal(run.counts.anonymisedPersons, 1);
  assert.ok(run.counts.expiredSummaries >= 1, `expired summaries: ${run.counts.expiredSummaries}`);
  assert.equal(run.counts.endedIntegrations, 1);
  assert.equal(await count('SELECT count(*) AS n FROM notes WHERE request_id = $1', [oldRequestId]), notes);
  assert.equal(await count('SELECT count(*) AS n FROM consultation_responses WHERE summary IS NOT NULL'), run.counts.expiredSummaries);
  assert.equal(await count('SELECT count(*) AS n FROM persons WHERE id = $1 AND anonymised_at IS NULL', [oldPersonId]), 1);
  assert.equal(await count('SELECT count(*) AS n FROM integrations WHERE request_id = $1 AND end_date IS NULL', [oldRequestId]), 1);
  const recorded = await forest().db.one<{ is_dry_run: boolean; status: string }>('SELECT is_dry_run, status FROM purge_runs WHERE id = $1', [run.id]);
  assert.deepEqual(recorded, { is_dry_run: true, status: 'completed' });
});

test('the purge removes the closed file past retention, the expired summaries, and ends the integration at the hub', async () => {
  const run = await runPurge(forest(), { now: new Date(), isDryRun: false, trigger: 'cli' });
  assert.deepEqual(run.counts, { expiredSummaries: run.counts.expiredSummaries, purgedFiles: 1, anonymisedPersons: 1, endedIntegrations: 1 });
  assert.equal(await count('SELECT count(*) AS n FROM notes WHERE request_id = $1', [oldRequestId]), 0);
  assert.equal(await count('SELECT count(*) AS n FROM consultation_responses WHERE summary IS NOT NULL'), 0);
  const person = await forest().db.one<{ niss: string | null; family_name: string; anonymised_at: Date | null }>('SELECT niss, family_name, anonymised_at FROM persons WHERE id = $1', [oldPersonId]);
  assert.equal(person!.niss, null);
  assert.equal(person!.family_name, 'ANONYMISED');
  assert.ok(person!.anonymised_at, 'anonymised');
  assert.equal(await count('SELECT count(*) AS n FROM person_identifiers WHERE niss = $1', [niss]), 0);
  assert.equal((await fed.api(marie, 'GET', `/api/v1/persons?niss=${niss}`)).body.items.length, 0, 'the NISS no longer finds anyone');

  await fed.services.relay.flush();
  const atHub = await fed.hub.db.query<{ end_date: string | null }>('SELECT end_date FROM integrations WHERE file_ref = $1', [oldRequestId]);
  assert.ok(atHub.length > 0 && atHub.every((row) => row.end_date !== null), 'the hub integration has ended');

  const recorded = await forest().db.one<{ status: string; counts: { purgedFiles: number }; items: { requestId: string }[] }>('SELECT status, counts, items FROM purge_runs WHERE id = $1', [run.id]);
  assert.equal(recorded!.status, 'completed');
  assert.equal(recorded!.counts.purgedFiles, 1);
  assert.equal(recorded!.items[0]!.requestId, oldRequestId);
  assert.equal(await count(`SELECT count(*) AS n FROM audit_events WHERE action = 'retention.file-purged' AND record_id = $1`, [oldRequestId]), 1);
});

test('a second run finds nothing left to do', async () => {
  const run = await runPurge(forest(), { now: new Date(), isDryRun: false, trigger: 'cli' });
  assert.deepEqual(run.counts, { expiredSummaries: 0, purgedFiles: 0, anonymisedPersons: 0, endedIntegrations: 0 });
});

test('the purge command runs every CPAS and prints what it did', async () => {
  const env = {
    PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL: process.env.DATABASE_URL, DATABASE_PREFIX: fed.config.databasePrefix,
    DATA_DIR: fed.config.dataDir, KEYS_DIR: fed.config.keysDir, LOG_LEVEL: 'warn',
  };
  const output = await runCli(['purge', '--dry-run'], env);
  assert.equal(output.code, 0, output.stdout);
  assert.match(output.stdout, /CPAS de Forest \(DEMO\): dry run — 0 files past retention/);
  assert.match(output.stdout, /OCMW Gent \(DEMO\): dry run/);
});
