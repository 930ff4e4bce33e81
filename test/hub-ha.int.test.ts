/**
 * Two hub processes behind one load balancer on one PostgreSQL (issue 12, ADR 0019). Both `rse hub`
 * processes start together on the same hub database and key directory; a small round-robin balancer
 * (what an operator's load balancer does: health checks on /hub/readyz, a backend that refuses
 * connections is skipped) sits in front of them; one casework process reaches the hub through it.
 * Consultations run concurrently while one hub process is killed with SIGKILL. Every consultation
 * the casework acknowledged (201) must be in the hub's log and in the casework's own records, the log
 * has no gap and no duplicate leaf, its tree heads and checkpoints are consistent, and `rse verify-log`
 * passes. A consultation in flight at the kill may fail, with a problem+json the worker can act on.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import type net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createDatabase, type Database } from '#platform/db.ts';
import { createLogger } from '#platform/logger.ts';
import { startPostgres, type PostgresServer } from '#platform/postgres.ts';
import { DEMO_PERSONS, FOREST, MOLENBEEK } from '#casework/modules/demo/demo-federation.ts';
import { createCorrectionRepository } from '../apps/hub/src/modules/corrections/corrections.repository.ts';
import { createTransferRepository } from '../apps/hub/src/modules/transfers/transfers.repository.ts';
import { freePort, runCli, startService as startProcess } from './cli.ts';
import { childProcessEnv } from '#platform/config.ts';
import { testDatabaseUrl } from './database.ts';

const prefix = `ha${randomBytes(5).toString('hex')}`;
const children: ChildProcess[] = [];
let isStopping = false;
let dataDir: string;
let postgres: PostgresServer;
let balancer: Balancer;
let nodePort: number;

// ---------- the load balancer: round robin over healthy backends, fail over on a refused connection ----------

type Backend = { port: number; isUp: boolean; forwarded: number };
type Balancer = { port: number; backends: Backend[]; close(): Promise<void> };

const PROBLEM = (status: number, code: string, detail: string) =>
  JSON.stringify({ type: 'about:blank', title: http.STATUS_CODES[status], status, code, detail });

async function startBalancer(ports: number[]): Promise<Balancer> {
  const backends: Backend[] = ports.map((port) => ({ port, isUp: false, forwarded: 0 }));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let next = 0;
  let isClosing = false;
  // Health checks, as an operator's balancer does them: /hub/readyz answers 200 while the process and its database are up.
  const probe = async () => {
    while (!isClosing) {
      await Promise.all(
        backends.map(async (backend) => {
          const status = await fetch(`http://127.0.0.1:${backend.port}/hub/readyz`, { signal: AbortSignal.timeout(2_000) }).then(
            (response) => response.status,
            () => 0,
          );
          backend.isUp = status === 200;
        }),
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  void probe();
  const forward = (backend: Backend, request: http.IncomingMessage, body: Buffer) =>
    new Promise<{ ok: true; response: http.IncomingMessage } | { ok: false; isRefused: boolean }>((resolve) => {
      const outgoing = http.request(
        { host: '127.0.0.1', port: backend.port, method: request.method, path: request.url, headers: request.headers, agent },
        (response) => resolve({ ok: true, response }),
      );
      // A refused connection sent nothing: the request may go to the other backend. Anything else (a reset
      // mid-request) may have been acted on, so it is not sent twice: the client gets a 502.
      outgoing.on('error', (error: NodeJS.ErrnoException) => resolve({ ok: false, isRefused: error.code === 'ECONNREFUSED' }));
      outgoing.end(body);
    });
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const body = Buffer.concat(chunks);
      const healthy = backends.filter((backend) => backend.isUp);
      const order = (healthy.length > 0 ? healthy : backends).map((_, i, list) => list[(next + i) % list.length]!);
      next += 1;
      for (const backend of order) {
        const answer = await forward(backend, request, body);
        if (answer.ok) {
          backend.forwarded += 1;
          response.writeHead(answer.response.statusCode ?? 502, answer.response.headers);
          answer.response.pipe(response);
          answer.response.on('error', () => response.destroy());
          return;
        }
        if (answer.isRefused) {
          backend.isUp = false;
          continue;
        }
        response.writeHead(502, { 'content-type': 'application/problem+json' });
        response.end(PROBLEM(502, 'balancer.backend-failed', 'The hub process handling the request failed.'));
        return;
      }
      response.writeHead(503, { 'content-type': 'application/problem+json' });
      response.end(PROBLEM(503, 'balancer.no-backend', 'No hub process is up.'));
    });
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port)),
  );
  return {
    port,
    backends,
    async close() {
      isClosing = true;
      agent.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

// ---------- the processes ----------

function hubEnv(port: number): NodeJS.ProcessEnv {
  // Both hub processes: one database (DATABASE_PREFIX), one key directory, one public address (the balancer's).
  return {
    ...childProcessEnv(),
    DATABASE_URL: testDatabaseUrl(),
    DATABASE_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    DATA_DIR: path.join(dataDir, 'hub'),
    KEYS_DIR: path.join(dataDir, 'hub', 'keys'),
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${balancer.port}`,
  };
}

function caseworkEnv(): NodeJS.ProcessEnv {
  return {
    ...childProcessEnv(),
    DATABASE_URL: testDatabaseUrl(),
    DATABASE_PREFIX: prefix,
    LOG_LEVEL: 'warn',
    DATA_DIR: path.join(dataDir, 'casework'),
    KEYS_DIR: path.join(dataDir, 'casework', 'keys'),
    PORT: String(nodePort),
    PUBLIC_URL: `http://127.0.0.1:${nodePort}`,
    HUB_URL: `http://127.0.0.1:${balancer.port}/hub`,
  };
}

async function startService(command: string, env: NodeJS.ProcessEnv, readyUrl: string): Promise<ChildProcess> {
  const child = await startProcess(command, env, readyUrl, { shouldStop: () => isStopping });
  children.push(child);
  return child;
}

async function api(token: string | null, method: string, url: string, body?: unknown) {
  const response = await fetch(`http://127.0.0.1:${nodePort}${url}`, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await response.text();
  let parsed: any = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text, body: parsed };
}

let hubA: ChildProcess;
let hubB: ChildProcess;
let hubDb: Database;

before(async () => {
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'rse-ha-'));
  postgres = await startPostgres({ dataDir, databaseUrl: testDatabaseUrl(), log: createLogger({ level: 'silent' }) });
  const [portA, portB] = [await freePort(), await freePort()];
  nodePort = await freePort();
  balancer = await startBalancer([portA, portB]);
  // Started together on an empty database and an empty key directory: they must agree on the schema, the keys and the secrets.
  [hubA, hubB] = await Promise.all([
    startService('hub', hubEnv(portA), `http://127.0.0.1:${portA}/hub/readyz`),
    startService('hub', hubEnv(portB), `http://127.0.0.1:${portB}/hub/readyz`),
  ]);
  const exported = await runCli(['export-institutions'], caseworkEnv());
  assert.equal(exported.code, 0, exported.stderr);
  const file = path.join(dataDir, 'institutions.json');
  await writeFile(file, exported.stdout);
  const registered = await runCli(['register-institutions', file], hubEnv(portA));
  assert.equal(registered.code, 0, registered.stderr);
  const logKey = await runCli(['log-key'], hubEnv(portA));
  assert.equal(logKey.code, 0, logKey.stderr);
  await startService('casework', { ...caseworkEnv(), HUB_LOG_KEY: logKey.stdout.trim() }, `http://127.0.0.1:${nodePort}/readyz`);
  hubDb = createDatabase(await postgres.ensureDatabase(`${prefix}_hub`), { max: 2 });
});

after(async () => {
  isStopping = true;
  await hubDb?.close();
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve(null);
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
  await balancer?.close();
  for (const name of await postgres.listDatabases(`${prefix}_`)) await postgres.dropDatabase(name);
  await postgres.stop();
  await rm(dataDir, { recursive: true, force: true });
});

type Outcome = { status: number; contentType: string; code: string | null; id: string | null; hubLeafIndex: number | null };

test('kill -9 of one of two hub processes under load loses no acknowledged consultation, and the log verifies', async () => {
  // Both processes run on the same keys and secrets (created once, whichever process came first).
  const registry = (await fetch(`http://127.0.0.1:${balancer.port}/hub/v1/institutions`).then((response) => response.json())) as {
    items: { kind: string }[];
  };
  assert.equal(registry.items.filter((item) => item.kind === 'hub').length, 1);
  const hubKeyEntries = await hubDb.query<{ n: string }>(
    `SELECT count(*) AS n FROM log_key_entries WHERE kbo = '0999999922' GROUP BY kid ORDER BY 1 DESC`,
  );
  assert.ok(
    hubKeyEntries.every((row) => Number(row.n) === 1),
    `each of the hub's keys entered the log once, though both processes registered it: ${JSON.stringify(hubKeyEntries)}`,
  );

  const login = await api(null, 'POST', '/api/v1/sessions', { username: 'marie.forest', password: 'demo-rse-2026' });
  assert.equal(login.status, 201, login.text);
  const token = login.body.token as string;
  const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;
  const person = await api(token, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
  const requestId = (await api(token, 'GET', `/api/v1/aid-requests?personId=${person.body.items[0].id}`)).body.items[0].id as string;
  const informed = await api(token, 'POST', `/api/v1/aid-requests/${requestId}/person-informed`, {
    informedAt: new Date().toISOString(),
    method: 'in-person',
  });
  assert.equal(informed.status, 201, informed.text);
  const consult = async (): Promise<Outcome> => {
    const reply = await api(token, 'POST', `/api/v1/aid-requests/${requestId}/rse-consultations`, { purpose: 'social-investigation' });
    return {
      status: reply.status,
      contentType: reply.contentType,
      code: typeof reply.body?.code === 'string' ? reply.body.code : null,
      id: reply.status === 201 ? (reply.body.id as string) : null,
      hubLeafIndex: reply.status === 201 ? (reply.body.hubLeafIndex as number) : null,
    };
  };
  const first = await consult();
  assert.equal(first.status, 201, JSON.stringify(first));

  // Load: six workers consult without pause; one hub process is killed once both have served some.
  const outcomes: Outcome[] = [first];
  let killedAt: number | null = null;
  const acknowledgedAfterKill = () => (killedAt === null ? 0 : outcomes.slice(killedAt).filter((o) => o.status === 201).length);
  const worker = async () => {
    while (acknowledgedAfterKill() < 20) {
      outcomes.push(await consult());
      if (killedAt === null && outcomes.filter((o) => o.status === 201).length >= 20 && balancer.backends.every((b) => b.forwarded > 0)) {
        killedAt = outcomes.length;
        hubA.kill('SIGKILL');
      }
      if (outcomes.length > 2_000) throw new Error('the surviving hub process did not take the load');
    }
  };
  await Promise.all(Array.from({ length: 6 }, worker));
  assert.equal(hubA.signalCode, 'SIGKILL', 'hub A was killed under load');
  assert.ok(hubB.exitCode === null && hubB.signalCode === null, 'hub B still runs');

  const acknowledged = outcomes.filter((o) => o.status === 201);
  const failed = outcomes.filter((o) => o.status !== 201);
  // A consultation in flight at the kill may fail — clearly, never as a 500 and never silently.
  for (const failure of failed) {
    assert.ok(
      [502, 503, 504].includes(failure.status),
      `a failure during the kill is a gateway/unavailable answer: ${JSON.stringify(failure)}`,
    );
    assert.match(failure.contentType, /application\/problem\+json/);
    assert.ok(failure.code, `with a stable code: ${JSON.stringify(failure)}`);
  }

  // Every acknowledged consultation is in the hub's log, once, at the leaf the casework recorded.
  const leaves = await hubDb.query<{ leaf_index: string; leaf: Buffer; leaf_hash: Buffer }>(
    'SELECT leaf_index, leaf, leaf_hash FROM log_leaves ORDER BY leaf_index',
  );
  leaves.forEach((row, index) => assert.equal(Number(row.leaf_index), index, 'no gap in the log'));
  assert.equal(new Set(leaves.map((row) => row.leaf_hash.toString('hex'))).size, leaves.length, 'no duplicate leaf');
  const accepted = new Map<string, number[]>();
  for (const row of leaves) {
    const leaf = JSON.parse(row.leaf.toString('utf8')) as { type: string; consultationId?: string };
    if (leaf.type === 'consultation.accepted' && leaf.consultationId)
      accepted.set(leaf.consultationId, [...(accepted.get(leaf.consultationId) ?? []), Number(row.leaf_index)]);
  }
  for (const consultation of acknowledged) {
    assert.deepEqual(
      accepted.get(consultation.id!),
      [consultation.hubLeafIndex],
      `consultation ${consultation.id} is in the hub's log once`,
    );
  }
  const caseworkDb = createDatabase(await postgres.ensureDatabase(`${prefix}_cpas_${FOREST.kbo}`), { max: 1 });
  try {
    const recorded = await caseworkDb.query<{ id: string; hub_leaf_index: string }>(
      'SELECT id, hub_leaf_index FROM consultations WHERE id = ANY($1::uuid[])',
      [acknowledged.map((o) => o.id)],
    );
    assert.equal(recorded.length, acknowledged.length, "every acknowledged consultation is in the casework's records");
    for (const row of recorded)
      assert.equal(Number(row.hub_leaf_index), acknowledged.find((o) => o.id === row.id)!.hubLeafIndex, 'with the same leaf');
  } finally {
    await caseworkDb.close();
  }

  // The surviving process signs a head of the whole log and publishes a checkpoint of it (on its schedule, or now).
  const head = await fetch(`http://127.0.0.1:${balancer.port}/hub/v1/log/tree-head`).then(
    (response) => response.json() as Promise<{ treeSize: number }>,
  );
  assert.equal(head.treeSize, leaves.length);
  const heads = await hubDb.query<{ tree_size: string }>('SELECT tree_size FROM tree_heads ORDER BY tree_size');
  const checkpoints = await hubDb.query<{ tree_size: string }>('SELECT tree_size FROM log_checkpoints ORDER BY tree_size');
  assert.ok(heads.length > 0 && checkpoints.length > 0, 'tree heads and checkpoints were published');
  // The demo's witnesses run inside the hub processes and are reached through the balancer (PUBLIC_URL): a
  // checkpoint asked of the killed process's witness at the kill gets the balancer's 502, and a later one is
  // published. What two processes publishing must never cause is a witness's refusal (a 409 or any 4xx).
  const failures = await hubDb.query<{ tree_size: string; reasons: Record<string, string> }>(
    'SELECT tree_size, reasons FROM log_checkpoint_failures',
  );
  // The surviving process publishes on its schedule (every 10 s): wait for the checkpoint after the last missed one.
  const missed = Math.max(0, ...failures.map((failure) => Number(failure.tree_size)));
  for (let waited = 0; failures.length > 0 && waited < 25_000; waited += 250) {
    if (checkpoints.some((checkpoint) => Number(checkpoint.tree_size) >= missed)) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
    checkpoints.splice(
      0,
      Infinity,
      ...(await hubDb.query<{ tree_size: string }>('SELECT tree_size FROM log_checkpoints ORDER BY tree_size')),
    );
  }
  for (const failure of failures) {
    assert.ok(
      Object.values(failure.reasons).every((reason) => /\(HTTP 50[23]\)$/.test(reason)),
      `two processes publishing never asked a witness to go back: ${JSON.stringify(failure)}`,
    );
    assert.ok(
      checkpoints.some((checkpoint) => Number(checkpoint.tree_size) >= Number(failure.tree_size)),
      `a checkpoint the killed process's witness missed is published later: ${JSON.stringify(failure)}`,
    );
  }

  // The auditor's check, as a separate process: every entry, every tree head and every checkpoint.
  const verified = await runCli(['verify-log'], hubEnv(balancer.backends[1]!.port));
  assert.equal(verified.code, 0, verified.stdout + verified.stderr);
  const [, entries, headCount, checkpointCount] =
    /exchange log intact: (\d+) entries, (\d+) signed tree heads verified, (\d+) checkpoints verified/.exec(verified.stdout) ?? [];
  assert.equal(Number(entries), leaves.length);
  // The schedules of the surviving process may have signed one more meanwhile.
  assert.ok(Number(headCount) >= heads.length && Number(checkpointCount) >= checkpoints.length, verified.stdout);
  process.stdout.write(
    `# ${acknowledged.length} acknowledged, ${failed.length} failed at the kill (${[...new Set(failed.map((o) => `${o.status} ${o.code}`))].join(', ')}); ` +
      `${leaves.length} leaves, ${heads.length} tree heads, ${checkpoints.length} checkpoints\n`,
  );
});

test('two processes delivering correction notices and transfers never claim the same message', async () => {
  // Two connection pools, as two hub processes have; the messages are due a day from now, so the running
  // hub's own loops leave them alone, and both claimers run that day's clock.
  const url = await postgres.ensureDatabase(`${prefix}_hub`);
  const pools = [createDatabase(url, { max: 3 }), createDatabase(url, { max: 3 })];
  const dueAt = new Date(Date.now() + 86_400_000);
  try {
    const notices = Array.from({ length: 60 }, (_, i) => ({
      correctionId: randomUUID(),
      providerKbo: MOLENBEEK.kbo,
      recipientKbo: FOREST.kbo,
      subject: randomBytes(32),
      decisionRef: `ha-${i}`,
      status: 'corrected' as const,
      correctedAt: new Date().toISOString(),
      consultationIds: [],
    }));
    // Stored and made due a day from now in one transaction: the running hub's delivery loops never see them due now.
    await pools[0]!.transaction(async (tx) => {
      const db: Database = { ...pools[0]!, ...tx, transaction: (work) => work(tx) };
      await createCorrectionRepository(db).insertNotices(notices);
      await tx.query(`UPDATE correction_notices SET next_attempt_at = $1 WHERE decision_ref LIKE 'ha-%'`, [dueAt]);
      for (let i = 0; i < 60; i += 1)
        await createTransferRepository(db).insert({
          transferId: randomUUID(),
          kind: 'transfer',
          senderKbo: MOLENBEEK.kbo,
          recipientKbo: FOREST.kbo,
          subject: randomBytes(32),
          content: `ha-${i}`,
        });
      await tx.query(`UPDATE transfer_messages SET next_attempt_at = $1 WHERE content LIKE 'ha-%'`, [dueAt]);
    });

    const now = new Date(dueAt.getTime() + 1_000);
    const lease = new Date(now.getTime() + 300_000);
    const claimAll = async (claim: () => Promise<{ id: string } | null>) => {
      const ids: string[] = [];
      for (let row = await claim(); row; row = await claim()) ids.push(row.id);
      return ids;
    };
    const corrections = await Promise.all(pools.map((pool) => claimAll(() => createCorrectionRepository(pool).claimDue(now, lease))));
    const transfers = await Promise.all(pools.map((pool) => claimAll(() => createTransferRepository(pool).claimDue(now, lease))));
    // Only this test's messages count: the federation's own (due at other times) may be claimed too.
    const ours = {
      'correction notices': new Set(
        (await hubDb.query<{ id: string }>(`SELECT id::text AS id FROM correction_notices WHERE decision_ref LIKE 'ha-%'`)).map(
          (r) => r.id,
        ),
      ),
      'transfer messages': new Set(
        (await hubDb.query<{ id: string }>(`SELECT id::text AS id FROM transfer_messages WHERE content LIKE 'ha-%'`)).map((r) => r.id),
      ),
    };
    for (const [what, claimed] of [
      ['correction notices', corrections],
      ['transfer messages', transfers],
    ] as const) {
      const all = claimed
        .flat()
        .map(String)
        .filter((id) => ours[what].has(id));
      assert.equal(all.length, 60, `every due ${what.slice(0, -1)} is claimed`);
      assert.equal(new Set(all).size, 60, `no ${what.slice(0, -1)} is claimed twice`);
    }
    // Claimed until the lease ends: nothing is due again before it, everything is due again after it.
    assert.equal(await createCorrectionRepository(pools[1]!).claimDue(now, lease), null);
    assert.ok(await createCorrectionRepository(pools[1]!).claimDue(new Date(lease.getTime() + 1), lease), 'due again after the lease');
  } finally {
    await hubDb.query(`UPDATE correction_notices SET delivered_at = now() WHERE decision_ref LIKE 'ha-%'`);
    await hubDb.query(`UPDATE transfer_messages SET delivered_at = now() WHERE content LIKE 'ha-%'`);
    for (const pool of pools) await pool.close();
  }
});
