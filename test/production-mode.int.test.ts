/**
 * Production: the hub, a casework node and the citizen portal in separate processes, each with its
 * own port and database, talking over HTTP; the node's institutions and the portal are registered by
 * the hub operator from their exported public keys. One consultation completes end to end, and the
 * person sees it, verified, on the portal.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createLogger } from '#platform/logger.ts';
import { startPostgres } from '#platform/postgres.ts';
import { DEMO_PERSONS, MOLENBEEK } from '#casework/modules/demo/demo-federation.ts';
import { freePort, runCli, startService as startProcess } from './cli.ts';
import { childProcessEnv } from '#platform/config.ts';
import { testDatabaseUrl } from './database.ts';

const prefix = `p${randomBytes(5).toString('hex')}`;
const children: ChildProcess[] = [];
let dataDir: string;
let hubPort: number;
let nodePort: number;
let portalPort: number;

function envFor(service: 'hub' | 'casework' | 'portal', port: number): NodeJS.ProcessEnv {
  return {
    ...childProcessEnv(),
    DATABASE_URL: testDatabaseUrl(),
    DATABASE_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    DATA_DIR: path.join(dataDir, service),
    KEYS_DIR: path.join(dataDir, service, 'keys'),
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    HUB_URL: `http://127.0.0.1:${hubPort}/hub`,
  };
}

async function startService(command: string, env: NodeJS.ProcessEnv, readyUrl: string): Promise<void> {
  children.push(await startProcess(command, env, readyUrl));
}

async function api(token: string | null, method: string, url: string, body?: unknown) {
  const response = await fetch(`http://127.0.0.1:${nodePort}${url}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  return { status: response.status, text, body: text ? JSON.parse(text) : null };
}

before(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'rse-prod-'));
  hubPort = await freePort();
  nodePort = await freePort();
  portalPort = await freePort();
});

after(async () => {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve(null);
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
  const postgres = await startPostgres({ dataDir, databaseUrl: testDatabaseUrl(), log: createLogger({ level: 'silent' }) });
  for (const name of await postgres.listDatabases(`${prefix}_`)) await postgres.dropDatabase(name);
  await rm(dataDir, { recursive: true, force: true });
});

test('hub and casework run as separate processes and complete a consultation (the portal is registered like a node)', async () => {
  await startService('hub', envFor('hub', hubPort), `http://127.0.0.1:${hubPort}/hub/readyz`);

  const exported = await runCli(['export-institutions'], envFor('casework', nodePort));
  assert.equal(exported.code, 0, exported.stderr);
  const entries = JSON.parse(exported.stdout) as { kbo: string; endpoint: string; jwks: { keys: unknown[] } }[];
  assert.equal(entries.length, 3);
  assert.ok(
    entries.every(
      (entry) => entry.endpoint === `http://127.0.0.1:${nodePort}/exchange/v1/summary-requests` && entry.jwks.keys.length === 2,
    ),
    'public entries with the node endpoint and two keys',
  );
  assert.ok(!exported.stdout.includes('"d"'), 'no private key material is exported');
  const file = path.join(dataDir, 'institutions.json');
  await writeFile(file, exported.stdout);
  const registered = await runCli(['register-institutions', file], envFor('hub', hubPort));
  assert.equal(registered.code, 0, registered.stderr);
  assert.match(registered.stdout, /registered \d{10} CPAS de Forest/);
  // The portal, an institution of kind `portal`, is registered the same way (it runs in the third test).
  const portalExported = await runCli(['export-institutions', '--services=portal'], envFor('portal', portalPort));
  assert.equal(portalExported.code, 0, portalExported.stderr);
  const portalEntries = JSON.parse(portalExported.stdout) as { kind: string; endpoint: string }[];
  assert.deepEqual(
    portalEntries.map((entry) => [entry.kind, entry.endpoint]),
    [['portal', `http://127.0.0.1:${portalPort}/portal`]],
  );
  const portalFile = path.join(dataDir, 'portal.json');
  await writeFile(portalFile, portalExported.stdout);
  const portalRegistered = await runCli(['register-institutions', portalFile], envFor('hub', hubPort));
  assert.equal(portalRegistered.code, 0, portalRegistered.stderr);

  // The node checks key proofs against the hub log's key (ADR 0017): the operator gives it HUB_LOG_KEY.
  const logKey = await runCli(['log-key'], envFor('hub', hubPort));
  assert.equal(logKey.code, 0, logKey.stderr);
  await startService(
    'casework',
    { ...envFor('casework', nodePort), HUB_LOG_KEY: logKey.stdout.trim() },
    `http://127.0.0.1:${nodePort}/readyz`,
  );
  const login = await api(null, 'POST', '/api/v1/sessions', { username: 'marie.forest', password: 'demo-rse-2026' });
  const token = login.body.token as string;
  const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;
  const person = await api(token, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
  const requestId = (await api(token, 'GET', `/api/v1/aid-requests?personId=${person.body.items[0].id}`)).body.items[0].id as string;
  assert.equal(
    (
      await api(token, 'POST', `/api/v1/aid-requests/${requestId}/person-informed`, {
        informedAt: new Date().toISOString(),
        method: 'in-person',
      })
    ).status,
    201,
  );

  const consulted = await api(token, 'POST', `/api/v1/aid-requests/${requestId}/rse-consultations`, { purpose: 'social-investigation' });
  assert.equal(consulted.status, 201, consulted.text);
  const molenbeek = consulted.body.responses.find((r: { provider: { kbo: string } }) => r.provider.kbo === MOLENBEEK.kbo);
  assert.equal(molenbeek?.status, 'answered', consulted.text);
  assert.equal(molenbeek.summary.person.niss, nadia.niss);

  const head = (await fetch(`http://127.0.0.1:${hubPort}/hub/v1/log/tree-head`).then((response) => response.json())) as {
    treeSize: number;
  };
  assert.ok(head.treeSize >= 3, `the hub logged the legs (tree size ${head.treeSize})`);
});

test('the portal runs as its own process with its own database and shows the person the consultation, verified', async () => {
  await startService('portal', envFor('portal', portalPort), `http://127.0.0.1:${portalPort}/portal/readyz`);
  const portal = `http://127.0.0.1:${portalPort}/portal/api/v1`;
  const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;
  const login = await fetch(`${portal}/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ niss: nadia.niss }),
  });
  assert.equal(login.status, 201, await login.clone().text());
  const { token } = (await login.json()) as { token: string };
  const exchanges = await fetch(`${portal}/me/exchanges`, { headers: { authorization: `Bearer ${token}` } });
  const text = await exchanges.text();
  assert.equal(exchanges.status, 200, text);
  const body = JSON.parse(text) as { items: { type: string; verified: boolean }[] };
  assert.ok(
    body.items.some((item) => item.type === 'summary.answered'),
    `the consultation of the first test is listed: ${text.slice(0, 300)}`,
  );
  assert.ok(
    body.items.every((item) => item.verified),
    'every entry is verified against the hub',
  );
  const postgres = await startPostgres({ dataDir, databaseUrl: testDatabaseUrl(), log: createLogger({ level: 'silent' }) });
  assert.deepEqual(await postgres.listDatabases(`${prefix}_portal`), [`${prefix}_portal`], 'the portal has its own database');
});

test('a casework process without HUB_URL refuses to start and says why', async () => {
  const env = { ...envFor('casework', nodePort), HUB_URL: undefined };
  const result = await runCli(['casework'], env);
  assert.equal(result.code, 1);
  assert.match(result.stderr, /HUB_URL is required/);
  const portal = await runCli(['portal'], { ...envFor('portal', portalPort), HUB_URL: undefined });
  assert.equal(portal.code, 1);
  assert.match(portal.stderr, /HUB_URL is required to run the portal service/);
});
