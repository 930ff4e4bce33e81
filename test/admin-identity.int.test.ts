/**
 * Run it for real (issue 12): with DEMO=false and a TENANTS_FILE, the operator bootstraps a CPAS's
 * first administrator from the CLI, who creates a worker in the web application; the worker logs
 * in (local and OIDC, the CPAS's groups mapped to roles) and works; the same username at another
 * CPAS logs into its own CPAS. And the findings of the attack run, each with the test that failed
 * on the code before: F5 (a login flood from one client does not lock the real user out), F7 (NUL,
 * overflow and newline inputs → 4xx problem+json), F8 (the idle timeout slides with every request),
 * the supervisor's access report limited to its team's persons, and no typed reason in the audit chain.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FOREST, GENT } from '#casework/modules/demo/demo-federation.ts';
import { generateNiss } from '#contracts/niss.ts';
import { startTestFederation, type TestFederation } from './federation.ts';
import { startLocalOidcProvider, type LocalOidcProvider } from './portal-oidc-provider.ts';
import { cliEnv, runCli } from './cli.ts';
import { csrfOf, keyOf, webBrowser } from './web-browser.ts';
import { settableClock } from './clock.ts';

/** A JSON request from a chosen loopback address (127.0.0.x): another client, for the throttle. */
function requestFrom(
  fed: TestFederation,
  localAddress: string,
  method: string,
  url: string,
  body?: unknown,
): Promise<{ status: number; body: any; headers: http.IncomingHttpHeaders }> {
  const target = new URL(`${fed.baseUrl}${url}`);
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method,
        localAddress,
        headers: payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {},
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, body: text ? JSON.parse(text) : null, headers: response.headers }),
        );
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

const oneTimeOf = (text: string) =>
  /One-time password[^:]*: (\S+)/.exec(text)?.[1] ?? /data-one-time-password>([^<]+)</.exec(text)?.[1] ?? '';

describe('with DEMO=false and a TENANTS_FILE of two CPAS', () => {
  let fed: TestFederation;
  let idp: LocalOidcProvider;
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const passwords: Record<string, string> = {};

  before(async () => {
    idp = await startLocalOidcProvider();
    dir = await mkdtemp(path.join(os.tmpdir(), 'rse-admin-'));
    const tenantsFile = path.join(dir, 'tenants.json');
    await writeFile(
      tenantsFile,
      JSON.stringify([
        { kbo: FOREST.kbo, name: 'CPAS de Forest', language: 'fr' },
        { kbo: GENT.kbo, name: 'OCMW Gent', language: 'nl' },
      ]),
    );
    fed = await startTestFederation({
      isDemo: false,
      env: {
        TENANTS_FILE: tenantsFile,
        WEB_OIDC_ISSUER: idp.issuer,
        WEB_OIDC_CLIENT_ID: idp.clientId,
        WEB_OIDC_CLIENT_SECRET: idp.clientSecret,
      },
    });
    env = { ...cliEnv(fed.config), DEMO: 'false', TENANTS_FILE: tenantsFile };
  });
  after(async () => {
    await fed?.close();
    await idp?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('the operator bootstraps each CPAS’s first administrator from the CLI, with a one-time password', async () => {
    for (const [kbo, name] of [
      [FOREST.kbo, 'Chef IT Forest'],
      [GENT.kbo, 'ICT Gent'],
    ] as const) {
      const result = await runCli(['users', 'create-admin', '--tenant', kbo, '--username', 'it.admin', '--name', name], env);
      assert.equal(result.code, 0, result.stderr);
      passwords[`it.admin@${kbo}`] = oneTimeOf(result.stdout);
      assert.match(passwords[`it.admin@${kbo}`]!, /^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
    }
    const again = await runCli(['users', 'create-admin', '--tenant', FOREST.kbo, '--username', 'it.admin'], env);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already used/);
    const unknown = await runCli(['users', 'create-admin', '--tenant', '0000000097', '--username', 'x.y'], env);
    assert.notEqual(unknown.code, 0);
    const listed = await runCli(['users', 'list', '--tenant', GENT.kbo], env);
    assert.match(listed.stdout, /it\.admin\s+admin\s+active/);
  });

  test('the same username at two CPAS: the old login body is refused as ambiguous (422), the chosen CPAS logs in to its own', async () => {
    const ambiguous = await fed.api(null, 'POST', '/api/v1/sessions', {
      username: 'it.admin',
      password: passwords[`it.admin@${GENT.kbo}`],
    });
    assert.equal(ambiguous.status, 422);
    assert.equal(ambiguous.body.code, 'auth.institution-required');
    assert.match(ambiguous.headers.get('content-type') ?? '', /application\/problem\+json/);
    const wrongCpas = await fed.api(null, 'POST', '/api/v1/sessions', {
      username: 'it.admin',
      password: passwords[`it.admin@${GENT.kbo}`],
      institution: FOREST.kbo,
    });
    assert.equal(wrongCpas.status, 401, 'Gent’s password does not open Forest’s account');
    const gent = await fed.api(null, 'POST', '/api/v1/sessions', {
      username: 'it.admin',
      password: passwords[`it.admin@${GENT.kbo}`],
      institution: GENT.kbo,
    });
    assert.equal(gent.status, 201);
    assert.equal(gent.body.user.institution.kbo, GENT.kbo);
    assert.equal(gent.body.user.mustChangePassword, true);
    const blocked = await fed.api(gent.body.token, 'GET', '/api/v1/users?view=admin');
    assert.equal(blocked.status, 403, 'a one-time password opens only the password change');
    assert.equal(blocked.body.code, 'auth.password-change-required');
    const weak = await fed.api(gent.body.token, 'PUT', '/api/v1/me/password', {
      currentPassword: passwords[`it.admin@${GENT.kbo}`],
      newPassword: 'short',
    });
    assert.equal(weak.status, 422);
    const changed = await fed.api(gent.body.token, 'PUT', '/api/v1/me/password', {
      currentPassword: passwords[`it.admin@${GENT.kbo}`],
      newPassword: 'Gent-beheer-2026!',
    });
    assert.equal(changed.status, 200);
    passwords[`it.admin@${GENT.kbo}`] = 'Gent-beheer-2026!';
    assert.equal((await fed.api(gent.body.token, 'GET', '/api/v1/users?view=admin')).status, 200);
  });

  test('the administrator creates a worker in the web application; the worker logs in, chooses a password and works', async () => {
    const b = webBrowser(fed.baseUrl);
    const login = await b.request('GET', '/');
    assert.match(login.text, /name="institution"/, 'the login page asks which CPAS when the node hosts several');
    const posted = await b.request('POST', '/login', {
      _csrf: csrfOf(login.text),
      institution: FOREST.kbo,
      username: 'it.admin',
      password: passwords[`it.admin@${FOREST.kbo}`]!,
    });
    assert.equal(posted.status, 303);
    assert.equal(posted.location, '/profile/password');
    assert.equal((await b.request('GET', '/admin/users')).location, '/profile/password', 'nothing else until the password is chosen');
    const form = await b.request('GET', '/profile/password');
    const chosen = await b.request('POST', '/profile/password', {
      _csrf: csrfOf(form.text),
      currentPassword: passwords[`it.admin@${FOREST.kbo}`]!,
      newPassword: 'Forest-admin-2026!',
      repeatPassword: 'Forest-admin-2026!',
    });
    assert.equal(chosen.status, 303, chosen.text.slice(0, 300));
    const list = await b.request('GET', '/admin/users');
    assert.equal(list.status, 200);
    assert.match(list.text, /Chef IT Forest/);
    const newForm = await b.request('GET', '/admin/users/new');
    const created = await b.request('POST', '/admin/users/new', {
      _csrf: csrfOf(newForm.text),
      _idempotency: keyOf(newForm.text),
      username: 'marc.dupont',
      displayName: 'Marc Dupont',
      role: 'social-worker',
      isQualifiedSocialWorker: 'on',
      supervisorId: '',
      language: 'fr',
    });
    assert.equal(created.status, 200, created.text.slice(0, 500));
    const workerPassword = oneTimeOf(created.text);
    assert.ok(workerPassword, 'the one-time password is shown once');

    // The worker: the same username also exists at Gent (created there through the API by Gent's administrator).
    const gentAdmin = await fed.api(null, 'POST', '/api/v1/sessions', {
      username: 'it.admin',
      password: passwords[`it.admin@${GENT.kbo}`],
      institution: GENT.kbo,
    });
    const gentWorker = await fed.api(gentAdmin.body.token, 'POST', '/api/v1/users', {
      username: 'marc.dupont',
      displayName: 'Marc Dupont (Gent)',
      role: 'social-worker',
      language: 'nl',
    });
    assert.equal(gentWorker.status, 201);

    const worker = await fed.api(null, 'POST', '/api/v1/sessions', {
      username: 'marc.dupont',
      password: workerPassword,
      institution: FOREST.kbo,
    });
    assert.equal(worker.status, 201);
    assert.equal(worker.body.user.institution.kbo, FOREST.kbo);
    assert.equal(worker.body.user.role, 'social-worker');
    assert.equal(worker.body.user.isQualifiedSocialWorker, true);
    await fed.api(worker.body.token, 'PUT', '/api/v1/me/password', { currentPassword: workerPassword, newPassword: 'Marc-travaille-2026' });
    assert.equal((await fed.api(worker.body.token, 'GET', '/api/v1/worklist')).status, 200);
    const person = await fed.api(worker.body.token, 'POST', '/api/v1/persons', {
      niss: generateNiss({ birthDate: '1979-04-12', sequence: 71 }),
      familyName: 'Essai',
      givenNames: 'Une',
    });
    assert.equal(person.status, 201, person.text);
    const file = await fed.api(worker.body.token, 'POST', '/api/v1/aid-requests', {
      personId: person.body.id,
      kind: 'financial-aid',
      receivedAt: new Date().toISOString(),
    });
    assert.equal(file.status, 201, file.text);
    assert.equal((await fed.api(worker.body.token, 'GET', `/api/v1/aid-requests/${file.body.id}`)).status, 200);

    const gentLogin = await fed.api(null, 'POST', '/api/v1/sessions', {
      username: 'marc.dupont',
      password: gentWorker.body.oneTimePassword,
      institution: GENT.kbo,
    });
    assert.equal(gentLogin.status, 201);
    assert.equal(gentLogin.body.user.institution.kbo, GENT.kbo, 'the same username at Gent logs into Gent');
    assert.equal(gentLogin.body.user.displayName, 'Marc Dupont (Gent)');

    // Every change is in the CPAS's audit log.
    const actions = await fed.tenants.byKbo(FOREST.kbo)!.db.query<{
      action: string;
      user_id: string | null;
    }>(`SELECT action, user_id FROM audit_events WHERE action LIKE 'user.%' ORDER BY id`);
    assert.deepEqual(
      actions.map((row) => row.action).filter((action) => action !== 'user.list' && action !== 'user.read'),
      ['user.create', 'user.password-change', 'user.create', 'user.password-change'],
    );
    assert.equal(actions[0]!.user_id, null, 'the CLI bootstrap is the operator’s');
  });

  test('OIDC: the chosen CPAS’s account logs in; a group mapped by the CPAS gives the role and creates a newcomer’s account', async () => {
    const admin = await fed.api(null, 'POST', '/api/v1/sessions', {
      username: 'it.admin',
      password: 'Forest-admin-2026!',
      institution: FOREST.kbo,
    });
    const mapped = await fed.api(admin.body.token, 'PUT', '/api/v1/oidc-role-mappings', {
      items: [{ groupValue: 'forest-supervisors', role: 'supervisor', isQualifiedSocialWorker: true }],
    });
    assert.equal(mapped.status, 200);
    const viaOidc = async (claims: Record<string, unknown>, institution: string) => {
      idp.setUser({ sub: `sub-${Math.random()}`, claims });
      const b = webBrowser(fed.baseUrl);
      const start = await b.request('GET', `/login/oidc?institution=${institution}`);
      assert.equal(start.status, 303);
      const back = await fetch(new URL(start.location!), { redirect: 'manual' });
      const callback = new URL(back.headers.get('location')!);
      const result = await b.request('GET', `/login/oidc/callback${callback.search}`);
      const token = b.jar.get('rse_session');
      return { result, me: token ? (await fed.api(decodeURIComponent(token), 'GET', '/api/v1/me')).body : null };
    };
    const forest = await viaOidc({ preferred_username: 'marc.dupont' }, FOREST.kbo);
    assert.equal(forest.result.status, 303);
    assert.equal(forest.me.institution.kbo, FOREST.kbo);
    assert.equal(forest.me.displayName, 'Marc Dupont');
    const gent = await viaOidc({ preferred_username: 'marc.dupont' }, GENT.kbo);
    assert.equal(gent.me.institution.kbo, GENT.kbo, 'the same username through OIDC at Gent logs into Gent');
    assert.equal(gent.me.mustChangePassword, false, 'a federated session is not held by a one-time password');

    const newcomer = await viaOidc({ preferred_username: 'nadia.chef', groups: ['staff', 'forest-supervisors'] }, FOREST.kbo);
    assert.equal(newcomer.result.status, 303);
    assert.equal(newcomer.me.role, 'supervisor');
    assert.equal(newcomer.me.isQualifiedSocialWorker, true);
    const unmapped = await viaOidc({ preferred_username: 'nobody.else', groups: ['staff'] }, FOREST.kbo);
    assert.equal(unmapped.result.status, 403, 'no account and no mapped group: no session');
  });

  test('administration: roles, supervisor, deactivation and a leaver’s caseload; the last administrator stays', async () => {
    const admin = (
      await fed.api(null, 'POST', '/api/v1/sessions', { username: 'it.admin', password: 'Forest-admin-2026!', institution: FOREST.kbo })
    ).body;
    const list = (await fed.api(admin.token, 'GET', '/api/v1/users?view=admin')).body.items as { id: string; username: string }[];
    const marc = list.find((user) => user.username === 'marc.dupont')!;
    const nadia = list.find((user) => user.username === 'nadia.chef')!;
    const itAdmin = list.find((user) => user.username === 'it.admin')!;
    const assigned = await fed.api(admin.token, 'PATCH', `/api/v1/users/${marc.id}`, { supervisorId: nadia.id });
    assert.equal(assigned.status, 200);
    assert.equal(assigned.body.supervisorId, nadia.id);
    const lastAdmin = await fed.api(admin.token, 'PATCH', `/api/v1/users/${itAdmin.id}`, { role: 'supervisor' });
    assert.equal(lastAdmin.status, 409);
    assert.equal(lastAdmin.body.code, 'user.last-admin');
    const self = await fed.api(admin.token, 'PUT', `/api/v1/users/${itAdmin.id}/active`, { isActive: false });
    assert.equal(self.status, 409);
    const early = await fed.api(admin.token, 'PUT', `/api/v1/users/${marc.id}/active`, { isActive: false });
    assert.equal(early.status, 409, 'a leaver with open files is not deactivated first');
    assert.equal(early.body.code, 'user.open-files');
    const transfer = await fed.api(admin.token, 'POST', `/api/v1/users/${marc.id}/caseload-transfer`, { toUserId: nadia.id });
    assert.equal(transfer.status, 200, transfer.text);
    assert.equal(transfer.body.transferredFiles, 1, 'the leaver’s open file goes to the colleague');
    const nadiaFiles = await fed.tenants
      .byKbo(FOREST.kbo)!
      .db.one<{ n: number }>('SELECT count(*)::int AS n FROM assignments WHERE user_id = $1 AND ended_at IS NULL', [nadia.id]);
    assert.equal(nadiaFiles!.n, 1);
    const marcToken = (
      await fed.api(null, 'POST', '/api/v1/sessions', { username: 'marc.dupont', password: 'Marc-travaille-2026', institution: FOREST.kbo })
    ).body.token;
    const deactivated = await fed.api(admin.token, 'PUT', `/api/v1/users/${marc.id}/active`, { isActive: false });
    assert.equal(deactivated.status, 200);
    assert.equal(deactivated.body.isActive, false);
    assert.equal((await fed.api(marcToken, 'GET', '/api/v1/me')).status, 401, 'a deactivated account’s sessions end at once');
    const worker = await fed.api(admin.token, 'GET', '/api/v1/users?view=admin');
    assert.ok(
      !worker.body.items.some((user: { username: string }) => user.username === 'marc.dupont'),
      'inactive accounts are hidden by default',
    );
    const reset = await fed.api(admin.token, 'POST', `/api/v1/users/${nadia.id}/password-reset`);
    assert.equal(reset.status, 200);
    assert.ok(reset.body.oneTimePassword, 'a new one-time password');
    const notAdmin = await fed.api(
      (
        await fed.api(null, 'POST', '/api/v1/sessions', {
          username: 'nadia.chef',
          password: reset.body.oneTimePassword,
          institution: FOREST.kbo,
        })
      ).body.token,
      'GET',
      '/api/v1/users?view=admin',
    );
    assert.equal(notAdmin.status, 403);
  });

  test('F5: a login flood from one client does not lock the real user out; the flooding client gets 429 with Retry-After', async () => {
    let refused: { status: number; headers: http.IncomingHttpHeaders; body: any } | null = null;
    for (let i = 0; i < 25 && !refused; i += 1) {
      const attempt = await requestFrom(fed, '127.0.0.2', 'POST', '/api/v1/sessions', {
        username: 'it.admin',
        password: `guess-${i}`,
        institution: GENT.kbo,
      });
      if (attempt.status === 429) refused = attempt;
      else assert.equal(attempt.status, 401);
    }
    assert.ok(refused, 'the attacker is throttled');
    assert.match(refused.headers['content-type'] ?? '', /application\/problem\+json/);
    assert.ok(Number(refused.headers['retry-after']) > 0, 'Retry-After says when');
    const real = await requestFrom(fed, '127.0.0.3', 'POST', '/api/v1/sessions', {
      username: 'it.admin',
      password: 'Gent-beheer-2026!',
      institution: GENT.kbo,
    });
    assert.equal(real.status, 201, 'the real user, from another client, still logs in');
  });

  test('F7: NUL bytes, an overflowing offset and a newline in returnTo give 4xx problem+json, never 500', async () => {
    const token = (
      await fed.api(null, 'POST', '/api/v1/sessions', { username: 'it.admin', password: 'Forest-admin-2026!', institution: FOREST.kbo })
    ).body.token;
    for (const [method, url, body] of [
      ['GET', '/api/v1/persons/%00', undefined],
      ['GET', '/api/v1/aid-requests/abc%00def', undefined],
      ['GET', '/api/v1/worklist?offset=99999999999999999999', undefined],
      ['GET', '/api/v1/persons?q=a%00b', undefined],
      ['POST', '/api/v1/sessions', { username: 'it\u0000admin', password: 'x' }],
      ['POST', '/api/v1/users', { username: 'a.b', displayName: 'A\u0000B', role: 'admin' }],
    ] as const) {
      const response = await fed.api(url === '/api/v1/sessions' ? null : token, method, url, body);
      assert.ok(response.status >= 400 && response.status < 500, `${method} ${url}: ${response.status} ${response.text.slice(0, 200)}`);
      assert.match(response.headers.get('content-type') ?? '', /application\/problem\+json/, url);
    }
    const refusals = await fed.tenants.byKbo(FOREST.kbo)!.db.query<{
      record_id: string;
      reason: string;
    }>(`SELECT record_id, reason FROM audit_events WHERE action = 'request.refused' AND outcome = 'denied' ORDER BY id`);
    assert.ok(
      refusals.some((row) => row.record_id === 'GET /api/v1/persons/:id' && row.reason === 'request.invalid-characters'),
      `the NUL refusal is audited: ${JSON.stringify(refusals)}`,
    );
    assert.ok(
      refusals.some((row) => row.record_id === 'GET /api/v1/worklist' && row.reason === 'validation.failed'),
      'the overflowing offset is audited',
    );
    assert.ok(!refusals.some((row) => row.record_id.includes('\u0000')), 'the input itself is never in the log');
    const b = webBrowser(fed.baseUrl);
    const page = await b.request('GET', '/');
    for (const returnTo of ['/a\nb', '/\t/evil.example', '//evil.example', '/\\evil.example']) {
      const response = await b.request('POST', '/language', { _csrf: csrfOf(page.text), lang: 'nl', returnTo });
      assert.equal(response.status, 303, JSON.stringify(returnTo));
      assert.equal(response.location, '/', JSON.stringify(returnTo));
    }
  });
});

describe('in the demo federation', () => {
  const { clock, advance } = settableClock(new Date());
  let fed: TestFederation;
  before(async () => {
    fed = await startTestFederation({ clock, env: { SESSION_IDLE_MINUTES: '1' } });
  });
  after(async () => fed?.close());

  test('F8: every request slides the idle timeout (activity 50 s after login keeps the session past the first minute)', async () => {
    const token = await fed.login('marie.forest');
    advance(50 / 60);
    assert.equal((await fed.api(token, 'GET', '/api/v1/me')).status, 200);
    advance(40 / 60);
    assert.equal((await fed.api(token, 'GET', '/api/v1/me')).status, 200, 'last activity 40 s ago: still open');
    advance(2);
    assert.equal((await fed.api(token, 'GET', '/api/v1/me')).status, 401, 'idle for two minutes: ended');
  });

  test('concurrent requests authenticated in one statement (ADR 0024): each gets its own user or 401, and they slide the timeout', async () => {
    const [marie, sophie, anne, ended] = await Promise.all(
      ['marie.forest', 'sophie.forest', 'anne.forest', 'luc.forest'].map((u) => fed.login(u)),
    );
    assert.equal((await fed.api(ended!, 'DELETE', '/api/v1/sessions/current')).status, 204);
    const tokens = [marie, sophie, marie, anne, ended, `rse_${FOREST.kbo}_${'x'.repeat(43)}`, sophie];
    const answers = await Promise.all(tokens.map((token) => fed.api(token!, 'GET', '/api/v1/me')));
    assert.deepEqual(
      answers.map((answer) => (answer.status === 200 ? answer.body.username : answer.status)),
      ['marie.forest', 'sophie.forest', 'marie.forest', 'anne.forest', 401, 401, 'sophie.forest'],
    );
    advance(50 / 60);
    const slid = await Promise.all([marie, marie, anne].map((token) => fed.api(token!, 'GET', '/api/v1/me')));
    assert.deepEqual(
      slid.map((answer) => answer.status),
      [200, 200, 200],
    );
    advance(40 / 60);
    const later = await Promise.all([marie, anne, sophie].map((token) => fed.api(token!, 'GET', '/api/v1/me')));
    assert.deepEqual(
      later.map((answer) => answer.status),
      [200, 200, 401],
      'slid by the concurrent requests 40 s ago: open; sophie, idle for 90 s: ended',
    );
  });

  test('each demo CPAS has an administrator who sees the user administration', async () => {
    for (const username of ['admin.forest', 'admin.molenbeek', 'admin.gent']) {
      const token = await fed.login(username);
      const list = await fed.api(token, 'GET', '/api/v1/users?view=admin');
      assert.equal(list.status, 200, username);
      assert.ok(list.body.items.length >= 2, 'the CPAS’s accounts');
    }
  });

  test('a supervisor reads the access report of a person of its team only; another supervisor is refused and the refusal audited', async () => {
    const db = fed.tenants.byKbo(FOREST.kbo)!.db;
    const person = (await db.one<{ person_id: string }>(
      `SELECT r.person_id FROM aid_requests r JOIN assignments a ON a.request_id = r.id AND a.ended_at IS NULL
         JOIN users u ON u.id = a.user_id WHERE u.username = 'marie.forest' LIMIT 1`,
    ))!.person_id;
    const sophie = await fed.login('sophie.forest');
    assert.equal((await fed.api(sophie, 'GET', `/api/v1/persons/${person}/access-report`)).status, 200);
    const admin = await fed.login('admin.forest');
    const created = await fed.api(admin, 'POST', '/api/v1/users', {
      username: 'paul.forest',
      displayName: 'Paul Autre',
      role: 'supervisor',
    });
    assert.equal(created.status, 201);
    const paulLogin = await fed.api(null, 'POST', '/api/v1/sessions', { username: 'paul.forest', password: created.body.oneTimePassword });
    const paul = paulLogin.body.token;
    await fed.api(paul, 'PUT', '/api/v1/me/password', {
      currentPassword: created.body.oneTimePassword,
      newPassword: 'Paul-supervise-2026',
    });
    const refused = await fed.api(paul, 'GET', `/api/v1/persons/${person}/access-report`);
    assert.equal(refused.status, 404);
    const denial = await db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'access-report.generate' AND outcome = 'denied' AND person_id = $1`,
      [person],
    );
    assert.equal(denial!.n, 1);
    const anne = await fed.login('anne.forest');
    assert.equal((await fed.api(anne, 'GET', `/api/v1/persons/${person}/access-report`)).status, 200, 'the security advisor still answers');

    // R45: a break-glass reason stays in the grant; the chain holds its reference.
    const request = (await db.one<{ id: string }>(`SELECT r.id FROM aid_requests r WHERE r.person_id = $1 LIMIT 1`, [person]))!.id;
    const reason = 'Appel urgent du service des urgences de Saint-Pierre';
    const opened = await fed.api(paul, 'POST', `/api/v1/aid-requests/${request}/break-glass`, { reason });
    assert.equal(opened.status, 201, opened.text);
    const event = await db.one<{ reason: string }>(
      `SELECT reason FROM audit_events WHERE action = 'break-glass.open' ORDER BY id DESC LIMIT 1`,
    );
    assert.equal(event!.reason, `access-grant:${opened.body.id}`);
    const leaked = await db.one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE reason LIKE '%Saint-Pierre%'`);
    assert.equal(leaked!.n, 0, 'no typed reason in the audit chain');
    const watch = await fed.api(anne, 'PUT', `/api/v1/persons/${person}/sensitivity`, {
      isSensitive: true,
      reason: 'Membre du personnel du CPAS',
    });
    assert.equal(watch.status, 200, watch.text);
    const watchLeak = await db.one<{ n: number }>(`SELECT count(*)::int AS n FROM audit_events WHERE reason LIKE '%personnel%'`);
    assert.equal(watchLeak!.n, 0, 'no watch reason in the audit chain');
  });
});
