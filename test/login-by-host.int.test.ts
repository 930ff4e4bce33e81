/**
 * The CPAS chosen by host name (issue 12, scope 1): a node of two CPAS, each claiming its host names in
 * TENANTS_FILE (`hosts`). The same username exists at both; a login arriving at a CPAS's address logs
 * into that CPAS without any choice, the login page there shows the CPAS's name and no chooser, and a
 * session of one CPAS is not valid at the other's address. At an address no CPAS claims, the choice stays.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { FOREST, GENT } from '#casework/modules/demo/demo-federation.ts';
import { startTestFederation, type TestFederation } from './federation.ts';
import { startLocalOidcProvider, type LocalOidcProvider } from './portal-oidc-provider.ts';
import { cliEnv, runCli } from './cli.ts';
import { csrfOf } from './web-browser.ts';

type Reply = { status: number; headers: http.IncomingHttpHeaders; text: string; body: any };

/** A request to the federation as if it arrived at `host` (the Host header a reverse proxy passes through). */
function requestAt(
  fed: TestFederation,
  host: string,
  method: string,
  url: string,
  options: { json?: unknown; form?: Record<string, string>; token?: string; cookies?: Map<string, string> } = {},
): Promise<Reply> {
  const target = new URL(`${fed.baseUrl}${url}`);
  const payload =
    options.json !== undefined ? JSON.stringify(options.json) : options.form ? new URLSearchParams(options.form).toString() : undefined;
  const headers: Record<string, string> = { host, 'accept-language': 'fr' };
  if (options.json !== undefined) headers['content-type'] = 'application/json';
  if (options.form) headers['content-type'] = 'application/x-www-form-urlencoded';
  if (payload !== undefined) headers['content-length'] = String(Buffer.byteLength(payload));
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.cookies?.size) headers.cookie = [...options.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: target.hostname, port: target.port, path: target.pathname + target.search, method, headers },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => {
          for (const cookie of response.headers['set-cookie'] ?? []) {
            const [pair] = cookie.split(';');
            const [name, ...value] = pair!.split('=');
            options.cookies?.set(name!.trim(), value.join('='));
          }
          let body: unknown = null;
          try {
            body = text && /json/.test(String(response.headers['content-type'])) ? JSON.parse(text) : null;
          } catch {
            body = null;
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, text, body });
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

const oneTimeOf = (text: string) => /One-time password[^:]*: (\S+)/.exec(text)?.[1] ?? '';

describe('a node of two CPAS, each at its own host name', () => {
  let fed: TestFederation;
  let idp: LocalOidcProvider;
  let dir: string;
  const passwords: Record<string, string> = {};

  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'rse-hosts-'));
    const tenantsFile = path.join(dir, 'tenants.json');
    await writeFile(
      tenantsFile,
      JSON.stringify([
        { kbo: FOREST.kbo, name: 'CPAS de Forest', language: 'fr', hosts: ['forest.rse.example', 'cpas.forest.example'] },
        { kbo: GENT.kbo, name: 'OCMW Gent', language: 'nl', hosts: ['gent.rse.example'] },
      ]),
    );
    idp = await startLocalOidcProvider();
    fed = await startTestFederation({
      isDemo: false,
      env: {
        TENANTS_FILE: tenantsFile,
        WEB_OIDC_ISSUER: idp.issuer,
        WEB_OIDC_CLIENT_ID: idp.clientId,
        WEB_OIDC_CLIENT_SECRET: idp.clientSecret,
      },
    });
    const env = { ...cliEnv(fed.config), DEMO: 'false', TENANTS_FILE: tenantsFile };
    // The same username at both CPAS, each with its own password.
    for (const kbo of [FOREST.kbo, GENT.kbo]) {
      const created = await runCli(['users', 'create-admin', '--tenant', kbo, '--username', 'it.admin', '--name', `Admin ${kbo}`], env);
      assert.equal(created.code, 0, created.stderr);
      passwords[kbo] = oneTimeOf(created.stdout);
      assert.ok(passwords[kbo], created.stdout);
    }
  });
  after(async () => {
    await fed?.close();
    await idp?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  test('a login at a CPAS’s host name logs into that CPAS, with no choice in the body', async () => {
    for (const [host, kbo] of [
      ['forest.rse.example', FOREST.kbo],
      ['CPAS.Forest.example:8443', FOREST.kbo],
      ['gent.rse.example', GENT.kbo],
    ] as const) {
      const login = await requestAt(fed, host, 'POST', '/api/v1/sessions', { json: { username: 'it.admin', password: passwords[kbo] } });
      assert.equal(login.status, 201, `${host}: ${login.text}`);
      assert.equal(login.body.user.institution.kbo, kbo, host);
    }
    // The other CPAS's password at this address: that account is not reachable from here.
    const crossed = await requestAt(fed, 'forest.rse.example', 'POST', '/api/v1/sessions', {
      json: { username: 'it.admin', password: passwords[GENT.kbo] },
    });
    assert.equal(crossed.status, 401);
    assert.equal(crossed.body.code, 'auth.invalid-credentials');
    // An explicit choice of the other CPAS at this address is refused, with a stable code.
    const contradicting = await requestAt(fed, 'forest.rse.example', 'POST', '/api/v1/sessions', {
      json: { username: 'it.admin', password: passwords[GENT.kbo], institution: GENT.kbo },
    });
    assert.equal(contradicting.status, 422);
    assert.equal(contradicting.body.code, 'auth.institution-not-at-this-address');
    assert.match(String(contradicting.headers['content-type']), /application\/problem\+json/);
    // An address no CPAS claims: the username is ambiguous there, as before (the choice is needed).
    const unclaimed = await requestAt(fed, '127.0.0.1', 'POST', '/api/v1/sessions', {
      json: { username: 'it.admin', password: passwords[GENT.kbo] },
    });
    assert.equal(unclaimed.status, 422);
    assert.equal(unclaimed.body.code, 'auth.institution-required');
  });

  test('a session of one CPAS is not valid at the address of the other', async () => {
    const login = await requestAt(fed, 'gent.rse.example', 'POST', '/api/v1/sessions', {
      json: { username: 'it.admin', password: passwords[GENT.kbo] },
    });
    const token = login.body.token as string;
    assert.equal((await requestAt(fed, 'gent.rse.example', 'GET', '/api/v1/me', { token })).status, 200);
    const elsewhere = await requestAt(fed, 'forest.rse.example', 'GET', '/api/v1/me', { token });
    assert.equal(elsewhere.status, 401);
    assert.equal(elsewhere.body.code, 'auth.required');
  });

  test('the login page at a CPAS’s address shows its name and no chooser, and logs into it', async () => {
    const cookies = new Map<string, string>();
    const page = await requestAt(fed, 'gent.rse.example', 'GET', '/login', { cookies });
    assert.equal(page.status, 200);
    assert.match(page.text, /Connexion à OCMW Gent/);
    assert.doesNotMatch(page.text, /name="institution"/, 'no choice of CPAS at a CPAS’s own address');
    assert.doesNotMatch(page.text, /CPAS de Forest/);
    const posted = await requestAt(fed, 'gent.rse.example', 'POST', '/login', {
      cookies,
      form: { _csrf: csrfOf(page.text), username: 'it.admin', password: passwords[GENT.kbo]! },
    });
    assert.equal(posted.status, 303, posted.text.slice(0, 300));
    assert.equal(posted.headers.location, '/profile/password', 'logged into Gent’s account (its one-time password)');
    // At an address no CPAS claims, the page still asks which CPAS.
    const unclaimed = await requestAt(fed, '127.0.0.1', 'GET', '/login');
    assert.match(unclaimed.text, /name="institution"/);
  });

  test('OIDC at a CPAS’s address logs into that CPAS, though the username exists at both', async () => {
    const viaOidc = async (host: string) => {
      idp.setUser({ sub: `sub-${Math.random()}`, claims: { preferred_username: 'it.admin' } });
      const cookies = new Map<string, string>();
      const start = await requestAt(fed, host, 'GET', '/login/oidc', { cookies });
      assert.equal(start.status, 303, start.text.slice(0, 300));
      const back = await fetch(new URL(String(start.headers.location)), { redirect: 'manual' });
      const callback = new URL(back.headers.get('location')!);
      const result = await requestAt(fed, host, 'GET', `/login/oidc/callback${callback.search}`, { cookies });
      const token = cookies.get('rse_session');
      return { status: result.status, token: token ? decodeURIComponent(token) : null };
    };
    const atGent = await viaOidc('gent.rse.example');
    assert.equal(atGent.status, 303);
    const me = await requestAt(fed, 'gent.rse.example', 'GET', '/api/v1/me', { token: atGent.token! });
    assert.equal(me.body.institution.kbo, GENT.kbo);
    // At an address no CPAS claims, with no choice made, the same username is ambiguous: no session.
    const unclaimed = await viaOidc('127.0.0.1');
    assert.equal(unclaimed.status, 403);
    assert.equal(unclaimed.token, null);
  });
});
