/**
 * The hub operator's registry commands with their history, on a running federation (issue 12, scope 2).
 * Its own file: the commands run as separate processes, as an operator runs them.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
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
const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;

async function hubPost(path: string, body: string) {
  const response = await fetch(`${fed.baseUrl}/hub${path}`, { method: 'POST', headers: { 'content-type': 'application/jose' }, body });
  return { status: response.status, text: await response.text() };
}

before(async () => {
  fed = await startTestFederation();
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
