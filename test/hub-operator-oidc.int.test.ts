/**
 * The hub operator's login through the hub's OpenID Connect provider (ADR 0020): the provider's signed ID
 * token names an active operator account made with `rse hub-operators create`; no account is made at login,
 * a deactivated one is refused, a tampered token or a lost login is refused, and the one-time password of a
 * new account is not asked of an operator the provider vouched for. With HUB_OPERATOR_PASSWORD_LOGIN=false,
 * the password form is gone and its route refuses. The provider is a real one on loopback
 * (test/portal-oidc-provider.ts), talked to by openid-client.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestFederation, type TestFederation } from './federation.ts';
import { startLocalOidcProvider, type LocalOidcProvider } from './portal-oidc-provider.ts';
import { webBrowser, type WebBrowser } from './web-browser.ts';

let provider: LocalOidcProvider;
let fed: TestFederation;

const oidcEnv = () => ({
  HUB_OPERATOR_OIDC_ISSUER: provider.issuer,
  HUB_OPERATOR_OIDC_CLIENT_ID: provider.clientId,
  HUB_OPERATOR_OIDC_CLIENT_SECRET: provider.clientSecret,
});

/** Follows a login through the provider as a browser would: the hub, the provider, back to the hub's callback. */
async function logInThroughProvider(browser: WebBrowser, username: string | null) {
  provider.setUser({ sub: `sub-${username ?? 'none'}`, claims: username === null ? {} : { preferred_username: username } });
  const start = await browser.request('GET', '/hub/operator/login/oidc');
  assert.equal(start.status, 303, start.text.slice(0, 300));
  assert.ok(start.location?.startsWith(`${provider.issuer}/authorize?`), `sent to the provider, not to ${start.location}`);
  const pendingCookie = browser.setCookies.findLast((cookie) => cookie.startsWith('rse_hub_operator_oidc='));
  assert.match(pendingCookie ?? '', /HttpOnly/i);
  assert.match(pendingCookie ?? '', /SameSite=Lax/i, 'the checks come back with the browser from the provider’s site');
  const atProvider = await fetch(start.location!, { redirect: 'manual' });
  assert.equal(atProvider.status, 302);
  const callback = new URL(atProvider.headers.get('location')!);
  assert.equal(callback.pathname, '/hub/operator/login/oidc/callback');
  return browser.request('GET', `${callback.pathname}${callback.search}`);
}

const sessionCookieOf = (browser: WebBrowser) => browser.setCookies.findLast((cookie) => cookie.startsWith('rse_hub_operator='));

before(async () => {
  provider = await startLocalOidcProvider();
  fed = await startTestFederation({ env: oidcEnv() });
});
after(async () => {
  await fed?.close();
  await provider?.close();
});

test('the provider names an active operator: a session without the one-time password, and the pages open', async () => {
  await fed.hub.operators.create('bea.ops', 'test');
  const browser = webBrowser(fed.baseUrl);
  const login = await browser.request('GET', '/hub/operator/');
  assert.equal(login.status, 200);
  assert.match(login.text, /href="\/hub\/operator\/login\/oidc"/, 'the login page offers the provider');
  assert.match(login.text, /name="password"/, 'and keeps the password form beside it');

  const back = await logInThroughProvider(browser, 'Bea.Ops');
  assert.equal(back.status, 200, back.text.slice(0, 300));
  // The session cookie is Strict: the page moves on from the hub's own site, not by a redirect of this request.
  assert.equal(back.headers.get('refresh'), '0; url=/hub/operator/institutions');
  assert.match(back.text, /href="\/hub\/operator\/institutions"/);
  assert.match(sessionCookieOf(browser) ?? '', /HttpOnly/i);
  assert.match(sessionCookieOf(browser) ?? '', /SameSite=Strict/i);
  assert.equal(browser.jar.has('rse_hub_operator_oidc'), false, 'the login’s checks are used once');

  const institutions = await browser.request('GET', '/hub/operator/institutions');
  assert.equal(institutions.status, 200, 'a new account is not sent to choose a password first');
  assert.match(institutions.text, /Opérateur\s:\s*bea\.ops/);
  const rows = await fed.hub.db.query<{ via: string }>(
    "SELECT s.via FROM hub_operator_sessions s JOIN hub_operators o ON o.id = s.operator_id WHERE o.name = 'bea.ops'",
  );
  assert.deepEqual(
    rows.map((row) => row.via),
    ['oidc'],
  );

  // The same account by its password still has to replace its one-time password first.
  const byPassword = await fed.hub.operators.resetPassword('bea.ops', 'test');
  const other = webBrowser(fed.baseUrl);
  const page = await other.request('GET', '/hub/operator/');
  const form = /name="form" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
  const posted = await other.request('POST', '/hub/operator/login', { form, name: 'bea.ops', password: byPassword.oneTimePassword });
  assert.equal(posted.status, 303);
  assert.equal(posted.location, '/hub/operator/password');
});

test('no account for the name, a deactivated account, no name at all: refused on the login page, no session, no account made', async () => {
  const accountsBefore = await fed.hub.db.query('SELECT name FROM hub_operators ORDER BY name');
  for (const username of ['nobody.here', null]) {
    const browser = webBrowser(fed.baseUrl, 'nl-BE,nl;q=0.9');
    const back = await logInThroughProvider(browser, username);
    assert.equal(back.status, 403, back.text.slice(0, 300));
    assert.match(back.text, /geen actief beheerdersaccount/);
    assert.equal(sessionCookieOf(browser), undefined);
  }
  assert.deepEqual(await fed.hub.db.query('SELECT name FROM hub_operators ORDER BY name'), accountsBefore, 'the provider makes no account');

  await fed.hub.operators.create('carl.ops', 'test');
  const signedIn = webBrowser(fed.baseUrl);
  assert.equal((await logInThroughProvider(signedIn, 'carl.ops')).status, 200);
  await fed.hub.operators.deactivate('carl.ops', 'test');
  assert.equal((await signedIn.request('GET', '/hub/operator/institutions')).status, 303, 'a deactivated account’s session ends');
  const again = await logInThroughProvider(webBrowser(fed.baseUrl), 'carl.ops');
  assert.equal(again.status, 403);
  assert.doesNotMatch(fed.logs(), /carl\.ops|nobody\.here/, 'the name the provider gave is not logged');
});

test('a tampered ID token, a callback without the login’s checks, or with another login’s state: refused', async () => {
  await fed.hub.operators.create('dora.ops', 'test');
  provider.setTampering(true);
  try {
    const browser = webBrowser(fed.baseUrl, 'de-BE,de;q=0.9');
    const back = await logInThroughProvider(browser, 'dora.ops');
    assert.equal(back.status, 400);
    assert.match(back.text, /Die Anmeldung beim Identitätsanbieter ist fehlgeschlagen/);
    assert.equal(sessionCookieOf(browser), undefined);
  } finally {
    provider.setTampering(false);
  }

  const lost = await webBrowser(fed.baseUrl).request('GET', '/hub/operator/login/oidc/callback?code=abc&state=def');
  assert.equal(lost.status, 400, 'no pending login in the browser');

  // The code of one login with the checks of another: the state does not match.
  const first = webBrowser(fed.baseUrl);
  provider.setUser({ sub: 'sub-dora', claims: { preferred_username: 'dora.ops' } });
  const started = await first.request('GET', '/hub/operator/login/oidc');
  const atProvider = await fetch(started.location!, { redirect: 'manual' });
  const code = new URL(atProvider.headers.get('location')!).searchParams.get('code')!;
  const second = webBrowser(fed.baseUrl);
  await second.request('GET', '/hub/operator/login/oidc');
  const mixed = await second.request('GET', `/hub/operator/login/oidc/callback?code=${code}&state=not-the-state&iss=${provider.issuer}`);
  assert.equal(mixed.status, 400);
  assert.equal(sessionCookieOf(second), undefined);
});

test('with HUB_OPERATOR_PASSWORD_LOGIN=false the password form is gone and its route refuses; the provider still logs in', async () => {
  const providerOnly = await startTestFederation({ env: { ...oidcEnv(), HUB_OPERATOR_PASSWORD_LOGIN: 'false' } });
  try {
    const browser = webBrowser(providerOnly.baseUrl, 'en');
    const login = await browser.request('GET', '/hub/operator/');
    assert.equal(login.status, 200);
    assert.doesNotMatch(login.text, /name="password"/);
    assert.match(login.text, /Log in with the identity provider/);
    const posted = await browser.request('POST', '/hub/operator/login', { form: 'x', name: 'operator.hub', password: 'anything' });
    assert.equal(posted.status, 403);
    assert.match(posted.text, /Password login is turned off on this hub/);
    assert.equal(sessionCookieOf(browser), undefined);

    await providerOnly.hub.operators.create('erin.ops', 'test');
    const provided = webBrowser(providerOnly.baseUrl);
    assert.equal((await logInThroughProvider(provided, 'erin.ops')).status, 200);
    assert.equal((await provided.request('GET', '/hub/operator/log')).status, 200);
  } finally {
    await providerOnly.close();
  }
});
