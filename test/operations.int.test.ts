/**
 * Running it for real (issue 12): an attacker cannot grow the exchange log with unsigned bodies (F2),
 * a PostgreSQL restart under load is 503 then recovery, never a crash (F3), and the operator's
 * commands, retention and metrics work on the configured tenants.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startTestFederation, type TestFederation } from './federation.ts';
import { DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';

let fed: TestFederation;
let marie: string;
let requestId: string;
const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function logSize(): Promise<number> {
  const row = await fed.hub.db.one<{ size: number }>('SELECT count(*)::bigint AS size FROM log_leaves');
  return row!.size;
}

async function hubPost(path: string, body: string, contentType = 'application/jose') {
  const response = await fetch(`${fed.baseUrl}/hub${path}`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: response.status, text: await response.text() };
}

/** What a PostgreSQL restart does to the app: every connection of the federation's databases closed by the server. */
async function terminateBackends(): Promise<number> {
  const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await admin.connect();
  try {
    const result = await admin.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE starts_with(datname, $1) AND pid <> pg_backend_pid()',
      [`${fed.config.databasePrefix}_`],
    );
    return result.rowCount ?? 0;
  } finally {
    await admin.end();
  }
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
});
after(async () => fed?.close());

describe('the exchange log is not anyone’s to grow (F2)', () => {
  test('unsigned, garbage and forged bodies are refused and leave the log size unchanged', async () => {
    const before = await logSize();
    const bodies = ['', 'x', 'a.b.c', 'eyJhbGciOiJub25lIn0.eyJpc3MiOiIwMTIzNDU2NzQ5In0.', '{"niss":"85021142199"}'];
    for (const body of bodies) {
      const response = await hubPost('/v1/consultations', body);
      assert.ok(response.status >= 400 && response.status < 500, `${JSON.stringify(body)} → ${response.status}`);
    }
    const json = await hubPost('/v1/consultations', '{"niss":"85021142199"}', 'application/json');
    assert.ok(json.status >= 400 && json.status < 500, json.text);
    assert.equal(await logSize(), before, 'no leaf appended for an unverified caller');
  });

  test('a refusal of a verified CPAS is still a leg of the log', async () => {
    const before = await logSize();
    const response = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/rse-consultations`, { purpose: 'fraud-detection' });
    assert.equal(response.status, 403);
    assert.equal(response.body.code, 'consultation.purpose-not-allowed');
    assert.equal(await logSize(), before + 1);
  });
});

describe('a PostgreSQL restart (F3)', () => {
  test('a connection closed by the server inside a transaction is a 503-able error, not a crash, and the next transaction works', async () => {
    const failed = fed.hub.db.transaction(async (tx) => {
      await tx.query('SELECT 1');
      await sleep(300); // the connection sits checked out and idle: the case that crashed the hub
      await tx.query('SELECT 1');
    });
    await sleep(100);
    assert.ok((await terminateBackends()) > 0, 'the hub’s connection was terminated');
    await assert.rejects(
      failed,
      (error: { code?: string; status?: number }) => error.code === 'service.unavailable' && error.status === 503,
    );
    await fed.hub.db.transaction(async (tx) => tx.query('SELECT 1'));
  });

  test('under load: no process exits, answers are 2xx or 503 problem+json meanwhile, and it recovers without a hand', async () => {
    const statuses = new Map<number, number>();
    const problems: string[] = [];
    let running = true;
    const worker = async () => {
      while (running) {
        const calls = [
          fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}`),
          fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/rse-consultations`, { purpose: 'social-investigation' }),
          fed.api(null, 'GET', '/hub/v1/log/tree-head'),
        ];
        for (const response of await Promise.all(calls)) {
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
          if (response.status >= 500) {
            assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/);
            problems.push(`${response.status} ${response.body?.code}`);
          }
        }
      }
    };
    const workers = [worker(), worker(), worker()];
    await sleep(500);
    // A restart: the server closes every connection, several times over a second and a half.
    for (let i = 0; i < 6; i += 1) {
      await terminateBackends();
      await sleep(250);
    }
    await sleep(500);
    running = false;
    await Promise.all(workers);
    const unexpected = problems.filter((problem) => !/^503 (service.unavailable|hub.unreachable)$/.test(problem));
    assert.deepEqual(unexpected, [], `statuses: ${JSON.stringify([...statuses])}`);
    // Recovery without a hand: the same calls succeed again.
    assert.equal((await fed.api(marie, 'GET', `/api/v1/aid-requests/${requestId}`)).status, 200);
    const consulted = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    assert.equal(consulted.status, 201, consulted.text);
    assert.equal((await fed.api(null, 'GET', '/hub/v1/log/tree-head')).status, 200);
    await fed.login('marie.forest');
  });
});
