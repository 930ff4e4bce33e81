/**
 * Running it for real (issue 12): an attacker cannot grow the exchange log with unsigned bodies (F2),
 * a PostgreSQL restart under load is 503 then recovery, never a crash (F3), and the operator's
 * commands, retention and metrics work on the configured tenants.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { startTestFederation, type TestFederation } from './federation.ts';
import { cliEnv, runCli } from './cli.ts';
import { csrfOf, webLoggedIn } from './web-browser.ts';
import { DEMO_PERSONS, MOLENBEEK } from '#casework/modules/demo/demo-federation.ts';
import { createLogger } from '#platform/logger.ts';
import { purgeHub, scheduleTreeHeads } from '#hub/start.ts';
import { purgePortal } from '#portal/start.ts';
import { testDatabaseUrl } from './database.ts';

let fed: TestFederation;
let marie: string;
let requestId: string;
const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;
const scrapeText = async (path: string) => (await fetch(`${fed.baseUrl}${path}`)).text();
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
  const admin = new pg.Client({ connectionString: testDatabaseUrl() });
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

describe('signed tree heads on a schedule (F4)', () => {
  test('verify-log refuses a log with entries and no signed tree head; the hub signs one on its schedule, unasked', async () => {
    const consulted = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    assert.equal(consulted.status, 201, consulted.text);
    await fed.hub.db.query('ALTER TABLE tree_heads DISABLE TRIGGER tree_heads_append_only');
    await fed.hub.db.query('DELETE FROM tree_heads');
    await fed.hub.db.query('ALTER TABLE tree_heads ENABLE TRIGGER tree_heads_append_only');
    // The hub's own schedule must not sign a head while the auditor looks: its insert waits on this lock.
    const holder = new pg.Client({ connectionString: fed.hub.db.pool.options.connectionString });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('LOCK TABLE tree_heads IN EXCLUSIVE MODE');
      const unattested = await runCli(['verify-log'], cliEnv(fed.config));
      assert.equal(unattested.code, 1, unattested.stdout + unattested.stderr);
      assert.match(unattested.stdout, /NOT ATTESTED: \d+ entries, 0 signed tree heads/);
    } finally {
      await holder.query('COMMIT');
      await holder.end();
    }
    const stop = scheduleTreeHeads(fed.hub, 100, createLogger({ level: 'silent' }));
    try {
      await sleep(400);
    } finally {
      stop();
    }
    const size = await logSize();
    const head = await fed.hub.db.one<{ tree_size: number }>('SELECT max(tree_size)::bigint AS tree_size FROM tree_heads');
    assert.equal(head!.tree_size, size);
    const verified = await runCli(['verify-log'], cliEnv(fed.config));
    assert.equal(verified.code, 0, verified.stdout + verified.stderr);
  });
});

describe('retention at the portal and the hub (F6, R42)', () => {
  const portalLogin = async (niss: string) => {
    const login = await fed.api(null, 'POST', '/portal/api/v1/sessions', { niss });
    assert.equal(login.status, 201, login.text);
    return login.body.token as string;
  };
  const sessionsOf = async (niss: string) =>
    (await fed.portal.db.query<{ n: number }>('SELECT count(*)::bigint AS n FROM sessions WHERE niss = $1', [niss]))[0]!.n;

  test('portal sessions ended or idle past the timeout are purged with the NISS and names they held; an open one stays', async () => {
    const [ended, idle, open] = DEMO_PERSONS.slice(0, 3);
    const endedToken = await portalLogin(ended!.niss);
    assert.equal((await fed.api(endedToken, 'DELETE', '/portal/api/v1/sessions/current')).status, 204);
    await portalLogin(idle!.niss);
    await fed.portal.db.query(`UPDATE sessions SET last_seen_at = now() - interval '2 days' WHERE niss = $1`, [idle!.niss]);
    const openToken = await portalLogin(open!.niss);
    assert.equal(await sessionsOf(ended!.niss), 1, 'an ended session is still stored before the run');

    const run = await purgePortal(fed.portal, {
      idleMinutes: fed.config.sessionIdleMinutes,
      trigger: 'cli',
      now: new Date(Date.now() + 1_000),
    });
    assert.ok(run.counts['closed-sessions']! >= 2, JSON.stringify(run.counts));
    assert.equal(await sessionsOf(ended!.niss), 0, 'the ended session is gone');
    assert.equal(await sessionsOf(idle!.niss), 0, 'the idle session is gone');
    assert.equal(await sessionsOf(open!.niss), 1, 'the open session stays');
    assert.equal((await fed.api(openToken, 'GET', '/portal/api/v1/me')).status, 200);
    const recorded = await fed.portal.db.one<{ counts: Record<string, number> }>('SELECT counts FROM purge_runs ORDER BY id DESC LIMIT 1');
    assert.equal(recorded!.counts['closed-sessions'], run.counts['closed-sessions'], 'the run is recorded with its counts');
  });

  test('a block’s reason is sealed at the hub, still shown to the person, and erased once the block is lifted', async () => {
    const token = await portalLogin(nadia.niss);
    const reason = 'DEMO — raison très personnelle 7c1f';
    const blocked = await fed.api(token, 'POST', '/portal/api/v1/me/blocks', { institutionKbo: MOLENBEEK.kbo, reason });
    assert.equal(blocked.status, 201, blocked.text);
    const dump = JSON.stringify(await fed.hub.db.query(`SELECT *, encode(reason_sealed, 'escape') AS raw FROM blocks`));
    assert.ok(!dump.includes('7c1f'), 'no block reason in plain text in the hub database');
    const list = await fed.api(token, 'GET', '/portal/api/v1/me/blocks');
    assert.ok(JSON.stringify(list.body).includes(reason), list.text);

    await fed.hub.db.query('UPDATE blocks SET lifted_at = now() WHERE lifted_at IS NULL AND institution_kbo = $1', [MOLENBEEK.kbo]);
    const run = await purgeHub(fed.hub, { trigger: 'cli' });
    assert.equal(run.counts['lifted-blocks'], 0, 'a lifted block is kept for its period…');
    const row = await fed.hub.db.one<{ reason: string | null; reason_sealed: Buffer | null }>(
      'SELECT reason, reason_sealed FROM blocks WHERE institution_kbo = $1 ORDER BY id DESC LIMIT 1',
      [MOLENBEEK.kbo],
    );
    assert.deepEqual(row, { reason: null, reason_sealed: null }, '…without its reason');
    const later = await purgeHub(fed.hub, { trigger: 'cli', now: new Date(Date.now() + 800 * 86_400_000) });
    assert.ok(later.counts['lifted-blocks']! >= 1, JSON.stringify(later.counts));
  });

  test('rse purge --services=hub,portal runs both, and a dry run changes nothing', async () => {
    const dry = await runCli(['purge', '--services=hub,portal', '--dry-run'], cliEnv(fed.config));
    assert.equal(dry.code, 0, dry.stdout + dry.stderr);
    assert.match(dry.stdout, /hub: dry run — would remove \d+ ended-integrations/);
    assert.match(dry.stdout, /portal: dry run — would remove \d+ closed-sessions/);
    const set = await runCli(['retention', '--services=portal', 'set', 'resolved-log-alerts', '400'], cliEnv(fed.config));
    assert.equal(set.code, 0, set.stdout + set.stderr);
    assert.match(set.stdout, /portal resolved-log-alerts: 400 days/);
    const runs = async () => (await fed.portal.db.query('SELECT 1 FROM purge_runs')).length;
    const before = await runs();
    const done = await runCli(['purge', '--services=portal'], cliEnv(fed.config));
    assert.equal(done.code, 0, done.stdout + done.stderr);
    assert.match(done.stdout, /portal: removed \d+ closed-sessions/);
    assert.equal(await runs(), before + 1);
  });
});

describe('metrics in Prometheus format on each service', () => {
  const scrape = async (path: string) => {
    const response = await fetch(`${fed.baseUrl}${path}`);
    assert.equal(response.status, 200, path);
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
    return response.text();
  };
  const value = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);

  test('casework: consultation latency, login failures and each CPAS’s outbox', async () => {
    assert.equal((await fed.api(null, 'POST', '/api/v1/sessions', { username: 'marie.forest', password: 'wrong password!' })).status, 401);
    const consulted = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    assert.equal(consulted.status, 201, consulted.text);
    const text = await scrape('/metrics');
    assert.ok(value(text, /rse_casework_consultation_duration_seconds_count\{[^}]*status="201"\} (\d+)/) >= 1, text);
    assert.ok(value(text, /rse_casework_login_failures_total\{route="\/api\/v1\/sessions",status="401"\} (\d+)/) >= 1, text);
    for (const tenant of fed.tenants.all()) {
      assert.match(text, new RegExp(`rse_casework_outbox_depth\\{kbo="${tenant.kbo}"\\} \\d+`));
      assert.match(text, new RegExp(`rse_casework_outbox_oldest_age_seconds\\{kbo="${tenant.kbo}"\\} [\\d.]+`));
    }
    for (const person of DEMO_PERSONS) assert.ok(!text.includes(person.niss), 'no NISS in the metrics');
  });

  test('hub: log size, tree-head age, consultation latency, and refusals of unverified senders counted', async () => {
    await hubPost('/v1/consultations', 'not a token');
    const text = await scrape('/hub/metrics');
    assert.equal(value(text, /\nrse_hub_log_size (\d+)/), await logSize());
    assert.ok(value(text, /\nrse_hub_tree_head_age_seconds ([\d.e+-]+)/) >= 0, text);
    assert.ok(value(text, /rse_hub_unverified_refusals_total\{code="signature.malformed"\} (\d+)/) >= 1, text);
    assert.ok(value(text, /rse_hub_consultation_duration_seconds_count\{[^}]*status="200"\} (\d+)/) >= 1, text);
  });

  test('portal: failed logins and open sessions', async () => {
    const failed = await fed.api(null, 'POST', '/portal/api/v1/sessions', { niss: '00000000097' });
    assert.ok(failed.status >= 400 && failed.status < 500, failed.text);
    const text = await scrape('/portal/metrics');
    assert.ok(value(text, /rse_portal_login_failures_total\{route="\/api\/v1\/sessions",status="\d+"\} (\d+)/) >= 1, text);
    assert.ok(value(text, /\nrse_portal_sessions_open (\d+)/) >= 0, text);
    assert.ok(!text.includes('00000000097'), 'no NISS in the metrics');
  });
});

describe('parked outbox messages: shown to the CPAS’s administrator, sent again or closed, never parked silently', () => {
  test('the API lists a parked message without personal data, retries it, resolves it with a reason, each change audited', async () => {
    const forest = fed.tenants.all().find((tenant) => tenant.name.includes('Forest'))!;
    const row = await forest.db.one<{ id: number }>(
      `INSERT INTO outbox (topic, payload) VALUES ('integration.unknown-topic', $1) RETURNING id`,
      [{ niss: nadia.niss, fileRef: requestId, action: 'end' }],
    );
    // The relay parks it (no route for its topic); a flush already under way may have started before the insert.
    for (let i = 0; i < 20; i += 1) {
      await fed.services.relay.flush();
      const parked = await forest.db.one(`SELECT 1 FROM outbox WHERE id = $1 AND next_attempt_at = 'infinity'`, [row!.id]);
      if (parked) break;
      await sleep(100);
    }
    const admin = await fed.login('admin.forest');
    assert.equal((await fed.api(marie, 'GET', '/api/v1/outbox/parked')).status, 403, 'a social worker does not administer the outbox');
    const listed = await fed.api(admin, 'GET', '/api/v1/outbox/parked');
    assert.equal(listed.status, 200, listed.text);
    const item = listed.body.items.find((entry: { id: number }) => entry.id === row!.id);
    assert.deepEqual(
      { ...item, createdAt: undefined },
      {
        id: row!.id,
        topic: 'integration.unknown-topic',
        action: 'end',
        fileRef: requestId,
        createdAt: undefined,
        attempts: 0,
        reason: 'no route for topic',
      },
    );
    assert.ok(!listed.text.includes(nadia.niss), 'no NISS in the list');
    const text = await scrapeText('/metrics');
    assert.match(text, new RegExp(`rse_casework_outbox_parked\\{kbo="${forest.kbo}"\\} [1-9]`));

    assert.equal((await fed.api(admin, 'POST', `/api/v1/outbox/${row!.id}/retry`)).status, 200);
    assert.equal((await fed.api(admin, 'POST', `/api/v1/outbox/${row!.id}/retry`)).body.code, 'outbox.not-parked', 'no longer parked');
    await fed.services.relay.flush();
    const invalid = await fed.api(admin, 'POST', `/api/v1/outbox/${row!.id}/resolve`, { resolution: 'because' });
    assert.equal(invalid.status, 422);
    const resolved = await fed.api(admin, 'POST', `/api/v1/outbox/${row!.id}/resolve`, { resolution: 'no-longer-needed' });
    assert.equal(resolved.status, 200, resolved.text);
    const after = await fed.api(admin, 'GET', '/api/v1/outbox/parked');
    assert.ok(!after.body.items.some((entry: { id: number }) => entry.id === row!.id), 'a resolved message is no longer listed');
    const audited = await forest.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE record_type = 'outbox' AND record_id = $1 ORDER BY id`,
      [String(row!.id)],
    );
    assert.deepEqual(
      audited.map((event) => event.action),
      ['outbox.retried', 'outbox.resolved'],
    );
  });

  test('the administrator’s page lists, sends again and closes, in French, Dutch and German', async () => {
    const forest = fed.tenants.all().find((tenant) => tenant.name.includes('Forest'))!;
    const row = await forest.db.one<{ id: number }>(
      `INSERT INTO outbox (topic, payload, next_attempt_at, last_error) VALUES ('correction', $1, 'infinity', 'correction.unknown-decision') RETURNING id`,
      [{ fileRef: requestId }],
    );
    for (const [language, title] of [
      ['fr-BE', 'Messages vers la Banque-Carrefour en attente'],
      ['nl-BE', 'Wachtende berichten naar de Kruispuntbank'],
      ['de-BE', 'Wartende Nachrichten an die Zentrale Datenbank'],
    ] as const) {
      const browser = await webLoggedIn(fed.baseUrl, 'admin.forest', language);
      const page = await browser.request('GET', '/admin/outbox');
      assert.equal(page.status, 200, page.text.slice(0, 300));
      assert.ok(page.text.includes(title), `${language}: ${title}`);
      assert.ok(page.text.includes(`/admin/outbox/${row!.id}/resolve`), 'the message is listed with its actions');
      assert.ok(page.text.includes('correction.unknown-decision'), 'the hub’s refusal code is shown');
    }
    const browser = await webLoggedIn(fed.baseUrl, 'admin.forest');
    const page = await browser.request('GET', '/admin/outbox');
    const closed = await browser.request('POST', `/admin/outbox/${row!.id}/resolve`, {
      _csrf: csrfOf(page.text),
      resolution: 'sent-otherwise',
    });
    assert.equal(closed.status, 303, closed.text.slice(0, 300));
    const done = await browser.request('GET', closed.location!);
    assert.ok(done.text.includes('Le message est clôturé'), 'the closing is confirmed');
    assert.ok(!done.text.includes(`/admin/outbox/${row!.id}/resolve`), 'and the message is gone from the list');
    const worker = await webLoggedIn(fed.baseUrl, 'marie.forest');
    assert.equal((await worker.request('GET', '/admin/outbox')).status, 403);
  });
});
