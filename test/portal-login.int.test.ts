/**
 * Logging in to the citizen portal outside demo mode (issue: citizen portal, login): the demo login
 * by NISS is refused whatever is sent; the OpenID Connect login — tested against a local provider
 * run in the test, through the portal's real client — gives a session only when the ID token is
 * genuine, fresh and carries a valid national number.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startTestFederation, type TestFederation } from './federation.ts';
import { startLocalOidcProvider, type LocalOidcProvider } from './portal-oidc-provider.ts';
import { FOREST, DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';

let fed: TestFederation;
let idp: LocalOidcProvider;
let tenantsDir: string;
const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;
const nadiaUser = { sub: 'fas-nadia', claims: { egovNRN: nadia.niss, given_name: 'Nadia', family_name: 'El Amrani' } };

function cookieFrom(response: Response, name: string): string | null {
  const header = response.headers.getSetCookie().find((value) => value.startsWith(`${name}=`));
  return header ? header.split(';')[0]!.slice(name.length + 1) : null;
}

/** The browser's path: portal → identity provider → portal callback; returns the last response. */
async function logInThroughBrowserRedirects(): Promise<Response> {
  const start = await fetch(`${fed.baseUrl}/portal/login/oidc`, { redirect: 'manual' });
  assert.equal(start.status, 303, await start.clone().text());
  const authorize = new URL(start.headers.get('location')!);
  assert.equal(authorize.origin, idp.issuer);
  assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
  const atIdp = await fetch(authorize, { redirect: 'manual' });
  assert.equal(atIdp.status, 302);
  return fetch(atIdp.headers.get('location')!, { redirect: 'manual' });
}

before(async () => {
  idp = await startLocalOidcProvider();
  tenantsDir = await mkdtemp(path.join(os.tmpdir(), 'rse-portal-login-'));
  const tenantsFile = path.join(tenantsDir, 'tenants.json');
  await writeFile(tenantsFile, JSON.stringify([{ kbo: FOREST.kbo, name: 'CPAS de Forest', language: 'fr' }]));
  fed = await startTestFederation({
    isDemo: false,
    env: {
      TENANTS_FILE: tenantsFile,
      PORTAL_OIDC_ISSUER: idp.issuer,
      PORTAL_OIDC_CLIENT_ID: idp.clientId,
      PORTAL_OIDC_CLIENT_SECRET: idp.clientSecret,
    },
  });
});
after(async () => {
  await fed?.close();
  await idp?.close();
  if (tenantsDir) await rm(tenantsDir, { recursive: true, force: true });
});

describe('the portal service', () => {
  test('publishes its health, its readiness and an OpenAPI document with the contract’s Portal paths', async () => {
    assert.equal((await fed.api(null, 'GET', '/portal/healthz')).status, 200);
    assert.deepEqual((await fed.api(null, 'GET', '/portal/readyz')).body, { status: 'ready' });
    const openapi = await fed.api(null, 'GET', '/portal/openapi.json');
    assert.equal(openapi.status, 200);
    for (const path of [
      '/portal/api/v1/sessions',
      '/portal/api/v1/me/exchanges',
      '/portal/api/v1/me/summaries',
      '/portal/api/v1/me/statements',
      '/portal/api/v1/me/contests',
      '/portal/api/v1/me/blocks',
    ]) {
      assert.ok(openapi.body.paths[path], `${path} is in the OpenAPI document`);
    }
    const registry = await fed.api(null, 'GET', '/hub/v1/institutions');
    assert.ok(
      registry.body.items.some((item: { kind: string }) => item.kind === 'portal'),
      'the portal is a registered institution of kind portal',
    );
  });
});

describe('demo login outside demo mode', () => {
  test('the demo login by NISS is refused when demo mode is off, by the API and by the page', async () => {
    const api = await fed.api(null, 'POST', '/portal/api/v1/sessions', { niss: nadia.niss });
    assert.equal(api.status, 403);
    assert.equal(api.body.code, 'portal.demo-login-disabled');
    const page = await fetch(`${fed.baseUrl}/portal/`);
    const html = await page.text();
    assert.ok(!html.includes('/portal/login/demo'), 'the login page offers no demo login');
    assert.match(html, /Se connecter avec eID ou itsme/);
    const formCookie = cookieFrom(page, 'rse_portal_form')!;
    const posted = await fetch(`${fed.baseUrl}/portal/login/demo`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `rse_portal_form=${formCookie}` },
      body: new URLSearchParams({ form: formCookie, niss: nadia.niss }).toString(),
    });
    assert.equal(posted.status, 403);
    assert.equal(cookieFrom(posted, 'rse_portal_session'), null);
  });
});

describe('OpenID Connect login', () => {
  test('the browser goes to the identity provider and back, and gets a session for the person of the ID token', async () => {
    idp.setUser(nadiaUser);
    const callback = await logInThroughBrowserRedirects();
    assert.equal(callback.status, 303, await callback.clone().text());
    assert.equal(callback.headers.get('location'), '/portal/exchanges');
    const session = cookieFrom(callback, 'rse_portal_session');
    assert.ok(session, 'a session cookie is set');
    assert.match(callback.headers.getSetCookie().join(';'), /HttpOnly/i);
    const page = await fetch(`${fed.baseUrl}/portal/exchanges?lang=fr`, { headers: { cookie: `rse_portal_session=${session}` } });
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Bonjour Nadia El Amrani/);
  });

  test('an API client completes the login with the code and state it received', async () => {
    idp.setUser(nadiaUser);
    const start = await fed.api(null, 'GET', '/portal/api/v1/sessions/oidc');
    assert.equal(start.status, 200);
    const atIdp = await fetch(start.body.authorizationUrl, { redirect: 'manual' });
    const returned = new URL(atIdp.headers.get('location')!);
    const oidc = { code: returned.searchParams.get('code')!, state: returned.searchParams.get('state')! };
    const login = await fed.api(null, 'POST', '/portal/api/v1/sessions', { oidc });
    assert.equal(login.status, 201, login.text);
    const me = await fed.api(login.body.token, 'GET', '/portal/api/v1/me');
    assert.deepEqual(me.body, { givenNames: 'Nadia', familyName: 'El Amrani', authMethod: 'oidc' });
    const exchanges = await fed.api(login.body.token, 'GET', '/portal/api/v1/me/exchanges');
    assert.equal(exchanges.status, 200);
    assert.deepEqual(exchanges.body.items, []);
    // The same code and state a second time: refused, no session.
    const replayed = await fed.api(null, 'POST', '/portal/api/v1/sessions', { oidc });
    assert.equal(replayed.status, 401);
    assert.equal(replayed.body.code, 'portal.oidc-login-expired');
    // Logging out ends the session.
    assert.equal((await fed.api(login.body.token, 'DELETE', '/portal/api/v1/sessions/current')).status, 204);
    assert.equal((await fed.api(login.body.token, 'GET', '/portal/api/v1/me')).status, 401);
  });

  test('an ID token without a national number gives no session', async () => {
    idp.setUser({ sub: 'fas-someone', claims: { given_name: 'Someone' } });
    const callback = await logInThroughBrowserRedirects();
    assert.equal(callback.status, 403);
    assert.equal(cookieFrom(callback, 'rse_portal_session'), null);
    assert.match(await callback.text(), /numéro national/);
  });

  test('an ID token whose signature does not verify gives no session', async () => {
    idp.setUser(nadiaUser);
    idp.setTampering(true);
    try {
      const callback = await logInThroughBrowserRedirects();
      assert.equal(callback.status, 401);
      assert.equal(cookieFrom(callback, 'rse_portal_session'), null);
    } finally {
      idp.setTampering(false);
    }
  });

  test('no NISS and no token in any log line', async () => {
    const logs = fed.logs();
    assert.ok(!logs.includes(nadia.niss), 'a NISS in the logs');
    assert.ok(!/rsp_[A-Za-z0-9_-]{20,}/.test(logs), 'a portal session token in the logs');
  });
});
