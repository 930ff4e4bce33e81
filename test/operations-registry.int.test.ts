/**
 * The hub operator's registry commands with their history, and `rse backup` / `rse restore` of the CPAS
 * and the hub, on a running federation (issue 12, scope 2 and 3). Its own file: the commands run as
 * separate processes, as an operator runs them.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startTestFederation, type TestFederation } from './federation.ts';
import { cliEnv, runCli } from './cli.ts';
import { DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';
import { generateKbo } from '#contracts/kbo.ts';
import { generateInstitutionKeys, toPublicJwks } from '#contracts/protocol/keys.ts';
import { signMessage } from '#contracts/protocol/envelope.ts';
import { createRegistryOperations } from '#hub/index.ts';

let fed: TestFederation;
let marie: string;
let requestId: string;
const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;

async function logSize(): Promise<number> {
  const row = await fed.hub.db.one<{ size: number }>('SELECT count(*)::bigint AS size FROM log_leaves');
  return row!.size;
}

async function hubPost(path: string, body: string) {
  const response = await fetch(`${fed.baseUrl}/hub${path}`, { method: 'POST', headers: { 'content-type': 'application/jose' }, body });
  return { status: response.status, text: await response.text() };
}

before(async () => {
  fed = await startTestFederation();
  marie = await fed.login('marie.forest');
  const person = await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
  requestId = (await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${person.body.items[0].id}`)).body.items[0].id;
  await fed.services.relay.flush();
  await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/person-informed`, {
    informedAt: new Date().toISOString(),
    method: 'in-person',
  });
  const consulted = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/rse-consultations`, {
    purpose: 'social-investigation',
  });
  assert.equal(consulted.status, 201, consulted.text);
});
after(async () => fed?.close());

describe('the hub operator’s registry commands, with history', () => {
  test('register, rotate keys, deactivate (refused thereafter) and reactivate, each change kept with its operator and reason', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rse-institutions-'));
    const env = cliEnv(fed.config);
    const kbo = generateKbo(`0${String(3_000_000 + Math.floor(Math.random() * 6_000_000))}`);
    const first = generateInstitutionKeys();
    const second = generateInstitutionKeys();
    try {
      const file = path.join(dir, 'export.json');
      await writeFile(
        file,
        JSON.stringify([{ kbo, name: 'CPAS de Test', kind: 'cpas', endpoint: 'http://127.0.0.1:9/', jwks: toPublicJwks(first) }]),
      );
      const registered = await runCli(
        ['register-institutions', file, '--operator', 'hub-operator-1', '--reason', 'convention signed'],
        env,
      );
      assert.equal(registered.code, 0, registered.stdout + registered.stderr);
      assert.match(registered.stdout, new RegExp(`registered ${kbo} CPAS de Test \\(registered\\)`));
      const rotatedFile = path.join(dir, 'jwks.json');
      await writeFile(rotatedFile, JSON.stringify(toPublicJwks(second)));
      const rotated = await runCli(['institutions', 'rotate-keys', kbo, rotatedFile, '--operator', 'hub-operator-1'], env);
      assert.equal(rotated.code, 0, rotated.stdout + rotated.stderr);
      const operations = createRegistryOperations(fed.hub.db, fed.hub.registry);
      await assert.rejects(operations.deactivate(kbo, 'hub-operator-2', ' '), /--reason/, 'a deactivation needs its reason');
      const deactivated = await runCli(
        ['institutions', 'deactivate', kbo, '--reason', 'convention ended', '--operator', 'hub-operator-2'],
        env,
      );
      assert.equal(deactivated.code, 0, deactivated.stdout + deactivated.stderr);

      fed.hub.registry.invalidate(); // the running hub rereads its registry within 30 s; the test does not wait
      const token = signMessage({
        payload: { niss: nadia.niss },
        issuer: kbo,
        audience: 'hub',
        signingKey: second.signing.privateKey,
        kid: second.signing.kid,
      });
      const refused = await hubPost('/v1/consultations', token);
      assert.equal(JSON.parse(refused.text).code, 'signature.unknown-institution');

      const list = await runCli(['institutions', 'list'], env);
      assert.match(list.stdout, new RegExp(`${kbo} cpas\\s+DEACTIVATED CPAS de Test`));
      await operations.reactivate(kbo, 'hub-operator-3');
      const history = await runCli(['institutions', 'history', kbo], env);
      assert.equal(history.code, 0, history.stderr);
      const lines = history.stdout.trim().split('\n');
      assert.deepEqual(
        lines.map((line) => line.split(' ')[1]),
        ['registered', 'keys-rotated', 'deactivated', 'reactivated'],
      );
      assert.match(lines[0]!, /by hub-operator-1 — convention signed/);
      // Every key the operator's commands added or removed is an entry of the hub's log (key transparency, ADR 0017).
      const keyEvents = await fed.hub.db.query<{ kid: string; event: string }>(
        'SELECT kid, event FROM log_key_entries WHERE kbo = $1 ORDER BY leaf_index',
        [kbo],
      );
      const eventsOf = (kid: string) => keyEvents.filter((row) => row.kid === kid).map((row) => row.event);
      assert.deepEqual(eventsOf(first.signing.kid), ['key.registered', 'key.deactivated'], 'the first key: registered, then rotated away');
      assert.deepEqual(
        eventsOf(second.signing.kid),
        ['key.registered', 'key.deactivated', 'key.registered'],
        'the second key: registered, withdrawn with the institution, back with it',
      );
      assert.match(lines[2]!, /by hub-operator-2 — convention ended/);
      await assert.rejects(fed.hub.db.query('DELETE FROM institution_changes'), /append-only/, 'the history cannot be rewritten');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('backup and restore (last: it replaces the running federation’s databases)', () => {
  test('rse backup then rse restore of the CPAS and the hub bring back what was there; the chains verify; the app carries on', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'rse-backup-'));
    const target = path.join(dir, 'backup');
    const env = cliEnv(fed.config);
    try {
      const backup = await runCli(['backup', target, '--services=casework,hub'], env);
      assert.equal(backup.code, 0, backup.stdout + backup.stderr);
      const manifest = JSON.parse(await readFile(path.join(target, 'manifest.json'), 'utf8'));
      assert.equal(manifest.databases.length, fed.tenants.all().length + 1, 'every CPAS and the hub');
      assert.ok(
        manifest.databases.every(
          (entry: { sha256: string; migrations: string[] }) => /^[0-9a-f]{64}$/.test(entry.sha256) && entry.migrations.length > 0,
        ),
        'each dump with its checksum and migrations',
      );
      assert.ok(!(await readFile(path.join(target, 'manifest.json'), 'utf8')).includes(nadia.niss), 'the manifest names no person');

      const sizeAtBackup = await logSize();
      const forest = fed.tenants.all()[0]!;
      const eventsAtBackup = (await forest.db.one<{ n: number }>('SELECT count(*)::bigint AS n FROM audit_events'))!.n;
      // After the backup: more work, which the restore takes back.
      const consulted = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/rse-consultations`, {
        purpose: 'social-investigation',
      });
      assert.equal(consulted.status, 201, consulted.text);
      assert.ok((await logSize()) > sizeAtBackup, 'the log grew');

      const refused = await runCli(['restore', target, '--services=casework,hub'], env);
      assert.equal(refused.code, 1, 'an existing database is not replaced without --force');
      assert.match(refused.stderr, /--force/);
      const restored = await runCli(['restore', target, '--services=casework,hub', '--force'], env);
      assert.equal(restored.code, 0, restored.stdout + restored.stderr);

      // The services' connections were closed by the restore: they reconnect by themselves (F3).
      let size = -1;
      for (let attempt = 0; attempt < 20 && size < 0; attempt += 1) size = await logSize().catch(() => -1);
      assert.equal(size, sizeAtBackup);
      assert.equal((await forest.db.one<{ n: number }>('SELECT count(*)::bigint AS n FROM audit_events'))!.n, eventsAtBackup);
      const audit = await runCli(['verify-audit'], env);
      assert.equal(audit.code, 0, audit.stdout + audit.stderr);
      const log = await runCli(['verify-log'], env);
      assert.equal(log.code, 0, log.stdout + log.stderr);
      const again = await fed.api(await fed.login('marie.forest'), 'GET', `/api/v1/aid-requests/${requestId}`);
      assert.equal(again.status, 200, again.text);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
