/**
 * `rse backup` / `rse restore` of the CPAS and the hub on a running federation (issue 12, scope 3). Its
 * own file: the commands run as separate processes, as an operator runs them, and the restore replaces
 * the running federation's databases.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startTestFederation, type TestFederation } from './federation.ts';
import { cliEnv, runCli } from './cli.ts';
import { DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';

let fed: TestFederation;
let marie: string;
let requestId: string;
const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;

async function logSize(): Promise<number> {
  const row = await fed.hub.db.one<{ size: number }>('SELECT count(*)::bigint AS size FROM log_leaves');
  return row!.size;
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
