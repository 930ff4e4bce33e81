/**
 * A newcomer's start: with no database server and no configuration, the app starts its own
 * PostgreSQL under DATA_DIR, answers /healthz, /readyz and /openapi.json, and a restart keeps the
 * data. How long the start takes is reported (a diagnostic line), not asserted: the bound below
 * only keeps a hung start from hanging the suite on a loaded machine.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { generateNiss } from '#contracts/niss.ts';
import { childProcessEnv } from '#platform/config.ts';

const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rse-start-'));
const port = await new Promise<number>((resolve) => {
  const server = net.createServer().listen(0, '127.0.0.1', () => {
    const address = server.address() as net.AddressInfo;
    server.close(() => resolve(address.port));
  });
});
const base = `http://127.0.0.1:${port}`;
let child: ChildProcess | null = null;

function startApp(): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...childProcessEnv(),
    PORT: String(port),
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  return spawn(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
}

async function waitUntilReady(process: ChildProcess, timeoutMs: number): Promise<number> {
  const started = Date.now();
  let output = '';
  process.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  process.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  while (Date.now() - started < timeoutMs) {
    if (process.exitCode !== null) throw new Error(`the app exited: ${output}`);
    try {
      const response = await fetch(`${base}/readyz`);
      if (response.status === 200) return Date.now() - started;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`not ready after ${timeoutMs} ms: ${output}`);
}

async function stopApp(process: ChildProcess): Promise<void> {
  if (process.exitCode !== null) return;
  const exited = new Promise((resolve) => process.once('exit', resolve));
  process.kill('SIGTERM');
  await exited;
}

after(async () => {
  if (child) await stopApp(child);
  await rm(dataDir, { recursive: true, force: true });
});

/** Only a guard against a start that never ends. */
const READY_BOUND_MS = 170_000;

test('starts on the embedded default and keeps the data across a restart', async (t) => {
  child = startApp();
  const elapsed = await waitUntilReady(child, READY_BOUND_MS);
  t.diagnostic(`ready after ${elapsed} ms`);
  assert.equal((await fetch(`${base}/healthz`)).status, 200);
  const openapi = await fetch(`${base}/openapi.json`);
  assert.equal(openapi.status, 200);
  assert.equal(((await openapi.json()) as { openapi: string }).openapi, '3.0.3');

  const login = await fetch(`${base}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'marie.forest', password: 'demo-rse-2026' }),
  });
  const { token } = (await login.json()) as { token: string };
  const niss = generateNiss({ birthDate: '1977-07-07', sequence: 77 });
  const created = await fetch(`${base}/api/v1/persons`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ niss, familyName: 'Persistant', givenNames: 'Paul' }),
  });
  assert.equal(created.status, 201);

  await stopApp(child);
  child = startApp();
  t.diagnostic(`ready again after ${await waitUntilReady(child, READY_BOUND_MS)} ms`);
  const relogin = await fetch(`${base}/api/v1/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'marie.forest', password: 'demo-rse-2026' }),
  });
  const again = (await relogin.json()) as { token: string };
  const found = await fetch(`${base}/api/v1/persons?niss=${niss}`, { headers: { authorization: `Bearer ${again.token}` } });
  const body = (await found.json()) as { items: { familyName: string }[] };
  assert.equal(body.items.length, 1);
  assert.equal(body.items[0]!.familyName, 'Persistant');
  const demo = (await (await fetch(`${base}/api/v1/demo`)).json()) as { persons: unknown[] };
  assert.ok(demo.persons.length > 0, 'demo.persons.length > 0');
});
