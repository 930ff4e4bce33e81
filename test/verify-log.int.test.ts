/**
 * The auditor's command `rse verify-log`: run as a separate process against the hub's database, it
 * recomputes the whole exchange log, checks every signed tree head, and names a tampered entry.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startTestFederation, type TestFederation } from './federation.ts';
import { cliEnv, runCli as runCliWith } from './cli.ts';
import { DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';

let fed: TestFederation;

const runCli = (args: string[]) => runCliWith(args, cliEnv(fed.config));

before(async () => {
  fed = await startTestFederation();
  const marie = await fed.login('marie.forest');
  const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;
  const person = await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
  const requestId = (await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${person.body.items[0].id}`)).body.items[0].id;
  await fed.services.relay.flush();
  await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/person-informed`, {
    informedAt: new Date().toISOString(),
    method: 'in-person',
  });
  for (let i = 0; i < 3; i += 1) {
    const response = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    assert.equal(response.status, 201, response.text);
    // Each published tree head is signed and stored; the auditor checks every one.
    assert.equal((await fed.api(null, 'GET', '/hub/v1/log/tree-head')).status, 200);
  }
});
after(async () => fed?.close());

test('an intact log verifies: every entry and every signed tree head', async () => {
  const result = await runCli(['verify-log']);
  assert.equal(result.code, 0, result.stdout + result.stderr);
  const [, entries, heads] = /exchange log intact: (\d+) entries, (\d+) signed tree heads verified/.exec(result.stdout) ?? [];
  assert.ok(Number(entries) >= 9, `entries: ${entries}`);
  assert.ok(Number(heads) >= 3, `tree heads: ${heads}`);
  assert.match(result.stderr, /checked \d+ of \d+ entries \(100 %\)/, 'progress is reported');
});

test('an auditor can verify with the hub’s published keys only', async () => {
  const file = path.join(fed.config.dataDir, 'registry.json');
  await writeFile(file, (await fed.api(null, 'GET', '/hub/v1/institutions')).text);
  const result = await runCli(['verify-log', '--jwks', file]);
  assert.equal(result.code, 0, result.stdout + result.stderr);
});

test('a changed entry makes the command fail and name the entry', async () => {
  await fed.hub.db.query('ALTER TABLE log_leaves DISABLE TRIGGER log_leaves_append_only');
  const original = await fed.hub.db.one<{ leaf: Buffer }>('SELECT leaf FROM log_leaves WHERE leaf_index = 3');
  await fed.hub.db.query(
    `UPDATE log_leaves SET leaf = convert_to(regexp_replace(convert_from(leaf, 'UTF8'), '"v":([0-9])', '"v":9\\1'), 'UTF8') WHERE leaf_index = 3`,
  );
  try {
    const result = await runCli(['verify-log']);
    assert.equal(result.code, 1, result.stdout);
    assert.match(result.stdout, /DOES NOT VERIFY/);
    assert.match(result.stdout, /entry 3 was changed/);
  } finally {
    await fed.hub.db.query('UPDATE log_leaves SET leaf = $1 WHERE leaf_index = 3', [original!.leaf]);
    await fed.hub.db.query('ALTER TABLE log_leaves ENABLE TRIGGER log_leaves_append_only');
  }
});

test('a forged tree head is reported', async () => {
  await fed.hub.db.query('ALTER TABLE tree_heads DISABLE TRIGGER tree_heads_append_only');
  const head = await fed.hub.db.one<{ tree_size: string; root_hash: Buffer }>(
    'SELECT tree_size, root_hash FROM tree_heads ORDER BY tree_size DESC LIMIT 1',
  );
  await fed.hub.db.query(`UPDATE tree_heads SET root_hash = $2 WHERE tree_size = $1`, [head!.tree_size, Buffer.alloc(32, 7)]);
  try {
    const result = await runCli(['verify-log']);
    assert.equal(result.code, 1, result.stdout);
    assert.match(result.stdout, new RegExp(`signed tree head ${head!.tree_size} has an invalid signature`));
  } finally {
    await fed.hub.db.query(`UPDATE tree_heads SET root_hash = $2 WHERE tree_size = $1`, [head!.tree_size, head!.root_hash]);
    await fed.hub.db.query('ALTER TABLE tree_heads ENABLE TRIGGER tree_heads_append_only');
  }
});
