/**
 * The worker web application over real HTTP, without a browser: the login page when not logged in,
 * the language from Accept-Language and then the user's choice, cookie flags, CSRF refusal, security
 * headers, idle timeout and logout, saving twice, the supervisor's assignment, the committee's
 * agenda, and the OIDC login against a small local OpenID provider (not a mock of the client).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { startTestFederation, type TestFederation } from './federation.ts';
import { startLocalOidcProvider, type LocalOidcProvider } from './portal-oidc-provider.ts';
import { FOREST, GENT } from '#casework/modules/demo/demo-federation.ts';
import { DEMO_PASSWORD } from '#casework/modules/demo/demo-federation.ts';
import { generateNiss } from '#contracts/niss.ts';
import { csrfOf, keyOf, webBrowser, webLoggedIn } from './web-browser.ts';

let fed: TestFederation;
let idp: LocalOidcProvider;

before(async () => {
  idp = await startLocalOidcProvider();
  fed = await startTestFederation({
    env: { WEB_OIDC_ISSUER: idp.issuer, WEB_OIDC_CLIENT_ID: idp.clientId, WEB_OIDC_CLIENT_SECRET: idp.clientSecret },
  });
});
after(async () => {
  await fed?.close();
  await idp?.close();
});

const browser = (acceptLanguage?: string) => webBrowser(fed.baseUrl, acceptLanguage);
const loggedIn = (username: string, acceptLanguage?: string) => webLoggedIn(fed.baseUrl, username, acceptLanguage);

test('not logged in, / shows the login page itself in the language of Accept-Language, with <html lang> saying which', async () => {
  for (const [header, language, title] of [
    ['de-BE,de;q=0.9', 'de', 'Anmelden'],
    ['nl-BE,nl;q=0.9,fr;q=0.8', 'nl', 'Aanmelden'],
    ['fr-BE', 'fr', 'Connexion'],
    ['es-ES', 'fr', 'Connexion'],
  ] as const) {
    const response = await browser(header).request('GET', '/');
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
    assert.match(response.text, new RegExp(`<html lang="${language}">`));
    assert.match(response.text, new RegExp(`<h1>${title}</h1>`));
    assert.match(response.text, /marie\.forest/, 'the demo accounts are listed in demo mode');
    assert.match(response.text, /href="\/login\/oidc"/, 'the OIDC login is offered when configured');
  }
  const deeper = await browser().request('GET', '/requests/00000000-0000-0000-0000-000000000000');
  assert.equal(deeper.status, 303);
  assert.equal(deeper.location, '/');
});

test('pages carry the security headers: CSP without inline script and frame-ancestors none, no framing, nosniff, no referrer', async () => {
  const b = await loggedIn('marie.forest');
  for (const path of ['/', '/persons', '/persons/new']) {
    const response = await b.request('GET', path);
    assert.equal(response.status, 200, path);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'(;|$)/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.match(csp, /default-src 'self'/);
    assert.equal(csp.includes('unsafe-inline'), false, 'CSP allows inline script');
    assert.equal(response.headers.get('x-frame-options'), 'DENY');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
    assert.equal(/<script(?![^>]*\bsrc=)[^>]*>/.test(response.text), false, `${path} has an inline script`);
    assert.equal(/ style="/.test(response.text), false, `${path} has an inline style`);
  }
});

test('the session cookie is HttpOnly and SameSite and expires with the idle session; the CSRF secret is HttpOnly and SameSite=Strict', async () => {
  const b = await loggedIn('marie.forest');
  const session = b.setCookies.find((c) => c.startsWith('rse_session='))!;
  assert.ok(session, 'no session cookie');
  assert.match(session, /; HttpOnly/);
  assert.match(session, /; SameSite=Lax/);
  assert.match(session, /; Path=\//);
  assert.equal(/Max-Age|Expires/i.test(session), false, 'the session cookie outlives the browser session');
  const csrf = b.setCookies.find((c) => c.startsWith('rse_csrf='))!;
  assert.match(csrf, /; HttpOnly/);
  assert.match(csrf, /; SameSite=Strict/);
  // The cookie holds the API session: it works as a bearer token, so every page goes through the API.
  const me = await fed.api(b.jar.get('rse_session')!, 'GET', '/api/v1/me');
  assert.equal(me.body.username, 'marie.forest');
});

test('a form posted without a valid CSRF token is refused with a page saying so, and nothing is written', async () => {
  const anonymous = browser();
  await anonymous.request('GET', '/');
  const login = await anonymous.request('POST', '/login', { username: 'marie.forest', password: DEMO_PASSWORD });
  assert.equal(login.status, 403);
  assert.match(login.text, /Le formulaire a expiré/);
  assert.equal(anonymous.jar.has('rse_session'), false, 'logged in without a CSRF token');
  const b = await loggedIn('marie.forest');
  const niss = generateNiss({ birthDate: '1982-03-04', sequence: 500 + Math.floor(Math.random() * 400) });
  const form = await b.request('GET', '/persons/new');
  for (const token of ['', 'forged-token', csrfOf(form.text).slice(0, -2) + 'xx']) {
    const response = await b.request('POST', '/persons/new', {
      _csrf: token,
      _idempotency: keyOf(form.text),
      niss,
      familyName: 'Forgé',
      givenNames: 'Par',
      language: 'fr',
    });
    assert.equal(response.status, 403, `token "${token}"`);
  }
  const search = await fed.api(b.jar.get('rse_session')!, 'GET', `/api/v1/persons?niss=${niss}`);
  assert.deepEqual(search.body.items, [], 'a person was registered by a forged form');
  // From another site: the session cookie is SameSite, and without the token the form is refused anyway.
  const crossSite = await fetch(`${fed.baseUrl}/persons/new`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
    body: `niss=${niss}&familyName=X&givenNames=Y&language=fr`,
  });
  assert.equal(crossSite.status, 403);
});

test('an invalid NISS is reported on its field and every typed value is kept', async () => {
  const b = await loggedIn('marie.forest');
  const form = await b.request('GET', '/persons/new');
  const response = await b.request('POST', '/persons/new', {
    _csrf: csrfOf(form.text),
    _idempotency: keyOf(form.text),
    niss: '12345678901',
    familyName: 'D<>ubois',
    givenNames: 'Léa',
    birthDate: '1990-01-02',
    nationality: 'belge',
    language: 'nl',
  });
  assert.equal(response.status, 422);
  assert.match(response.text, /<a href="#field-niss">Ce n’est pas un NISS ou numéro BIS valable/);
  assert.match(response.text, /id="field-niss" name="niss" type="text" value="12345678901"/);
  assert.match(response.text, /value="D&lt;&gt;ubois"/);
  assert.match(response.text, /value="Léa"/);
  assert.match(response.text, /value="1990-01-02"/);
  assert.match(response.text, /value="nl" checked/);
});

test('saving a form twice creates one record: a double-submitted request and note are saved once', async () => {
  const b = await loggedIn('marie.forest');
  const token = b.jar.get('rse_session')!;
  const niss = generateNiss({ birthDate: '1979-08-09', sequence: 100 + Math.floor(Math.random() * 800) });
  const person = await fed.api(token, 'POST', '/api/v1/persons', { niss, familyName: 'Deux', givenNames: 'Fois', language: 'fr' });
  const form = await b.request('GET', `/persons/${person.body.id}/requests/new`);
  const body = {
    _csrf: csrfOf(form.text),
    _idempotency: keyOf(form.text),
    kind: 'financial-aid',
    receivedAt: new Date().toISOString().slice(0, 10),
  };
  const [first, second] = await Promise.all([
    b.request('POST', `/persons/${person.body.id}/requests/new`, body),
    b.request('POST', `/persons/${person.body.id}/requests/new`, body),
  ]);
  const third = await b.request('POST', `/persons/${person.body.id}/requests/new`, body);
  assert.equal(first.status, 303);
  assert.equal(second.location, first.location);
  assert.equal(third.location, first.location);
  const requests = await fed.api(token, 'GET', `/api/v1/aid-requests?personId=${person.body.id}`);
  assert.equal(requests.body.items.length, 1, 'two requests were created');
  const requestId = requests.body.items[0].id;
  const notesForm = await b.request('GET', `/requests/${requestId}/notes`);
  const note = { _csrf: csrfOf(notesForm.text), _idempotency: keyOf(notesForm.text), text: 'Une seule fois.', visibility: 'team' };
  await b.request('POST', `/requests/${requestId}/notes`, note);
  await b.request('POST', `/requests/${requestId}/notes`, note);
  const notes = await fed.api(token, 'GET', `/api/v1/aid-requests/${requestId}/notes`);
  assert.equal(notes.body.items.length, 1, 'the note was saved twice');
});

test('the language chosen is remembered in a cookie and in the profile, and follows the user to another browser', async () => {
  const b = await loggedIn('luc.forest', 'fr-BE');
  const page = await b.request('GET', '/');
  assert.match(page.text, /<html lang="fr">/);
  const choice = await b.request('POST', '/language', { _csrf: csrfOf(page.text), lang: 'nl', returnTo: '/persons' });
  assert.equal(choice.status, 303);
  assert.equal(choice.location, '/persons');
  assert.match(b.setCookies.find((c) => c.startsWith('rse_lang=nl'))!, /HttpOnly.*SameSite=Lax|SameSite=Lax.*HttpOnly|Max-Age=31536000/);
  assert.match((await b.request('GET', '/persons')).text, /<html lang="nl">/);
  const profile = await fed.api(b.jar.get('rse_session')!, 'GET', '/api/v1/me/language');
  assert.deepEqual(profile.body, { language: 'nl', isChosen: true });
  const other = await loggedIn('luc.forest', 'de-BE');
  assert.match((await other.request('GET', '/')).text, /<html lang="nl">/);
  const escape = await b.request('POST', '/language', { _csrf: csrfOf(page.text), lang: 'fr', returnTo: '//evil.example/' });
  assert.equal(escape.location, '/');
});

test('after the idle timeout the next page returns to the login with a message; logout ends the API session', async () => {
  const b = await loggedIn('anne.forest');
  const token = b.jar.get('rse_session')!;
  await fed.tenants
    .byKbo(FOREST.kbo)!
    .db.query(
      `UPDATE sessions SET expires_at = now() - interval '1 minute' WHERE user_id = (SELECT id FROM users WHERE username = 'anne.forest')`,
    );
  const expired = await b.request('GET', '/persons');
  assert.equal(expired.status, 303);
  assert.equal(expired.location, '/?expired=1');
  assert.match((await b.request('GET', '/?expired=1')).text, /Votre session a pris fin après une période d’inactivité/);
  assert.equal((await fed.api(token, 'GET', '/api/v1/me')).status, 401);

  const c = await loggedIn('marie.forest');
  const live = c.jar.get('rse_session')!;
  const page = await c.request('GET', '/');
  const out = await c.request('POST', '/logout', { _csrf: csrfOf(page.text) });
  assert.equal(out.status, 303);
  assert.equal(c.jar.has('rse_session'), false, 'the cookie stayed after logout');
  assert.equal((await fed.api(live, 'GET', '/api/v1/me')).status, 401, 'the API session survived logout');
});

test('the user of a session is reused between pages for a few seconds, yet a logout elsewhere, a role change and a language change show at the next page', async () => {
  // A logout by another client of the API: the next page's call for data is refused, and the page sends to the login.
  const b = await loggedIn('pieter.gent', 'nl-BE');
  assert.equal((await b.request('GET', '/')).status, 200);
  assert.equal((await fed.api(b.jar.get('rse_session')!, 'DELETE', '/api/v1/sessions/current')).status, 204);
  const ended = await b.request('GET', '/');
  assert.equal(ended.status, 303);
  assert.equal(ended.location, '/?expired=1');
  assert.equal(b.jar.has('rse_session'), false, 'the ended session’s cookie stayed');

  // A role change ends the user's sessions: the next page sends to the login, the next login shows the new role's pages.
  const worker = await loggedIn('pieter.gent', 'nl-BE');
  const before = await worker.request('GET', '/');
  assert.equal(before.status, 200);
  assert.equal(before.text.includes('href="/team"'), false);
  const admin = await fed.login('admin.gent');
  const { id } = (await fed.tenants.byKbo(GENT.kbo)!.db.one<{ id: string }>(`SELECT id FROM users WHERE username = 'pieter.gent'`))!;
  assert.equal((await fed.api(admin, 'PATCH', `/api/v1/users/${id}`, { role: 'supervisor' })).status, 200);
  const changed = await worker.request('GET', '/');
  assert.equal(changed.status, 303);
  assert.equal(changed.location, '/?expired=1');
  const supervisor = await loggedIn('pieter.gent', 'nl-BE');
  assert.match((await supervisor.request('GET', '/')).text, /href="\/team"/);
  assert.equal((await fed.api(admin, 'PATCH', `/api/v1/users/${id}`, { role: 'social-worker' })).status, 200);

  // A language chosen shows on the very next page.
  const c = await loggedIn('pieter.gent', 'nl-BE');
  const page = await c.request('GET', '/');
  assert.match(page.text, /<html lang="nl">/);
  assert.equal((await c.request('POST', '/language', { _csrf: csrfOf(page.text), lang: 'de', returnTo: '/' })).status, 303);
  assert.match((await c.request('GET', '/')).text, /<html lang="de">/);
  assert.equal((await c.request('POST', '/language', { _csrf: csrfOf(page.text), lang: 'nl', returnTo: '/' })).status, 303);
});

test('a supervisor assigns a file to a worker, who can then open it; the committee sees only the signed reports on its agenda, read-only', async () => {
  const marie = await fed.login('marie.forest');
  const niss = generateNiss({ birthDate: '1970-10-10', sequence: 100 + Math.floor(Math.random() * 800) });
  const person = await fed.api(marie, 'POST', '/api/v1/persons', { niss, familyName: 'Agenda', givenNames: 'Test', language: 'fr' });
  const request = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
    personId: person.body.id,
    kind: 'financial-aid',
    receivedAt: new Date().toISOString(),
  });
  const other = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
    personId: person.body.id,
    kind: 'food-aid',
    receivedAt: new Date().toISOString(),
  });
  const full = {
    identification: { civilStatus: 'isolé' },
    request: { description: 'Aide' },
    homeVisit: { findings: 'vu' },
    resources: { assessment: 'aucune' },
    residualCharacter: { otherBenefits: 'aucun' },
    situationSummary: { text: 'besoin' },
    proposal: { text: 'octroi' },
  };
  assert.equal((await fed.api(marie, 'PUT', `/api/v1/aid-requests/${request.body.id}/social-report`, { sections: full })).status, 200);
  assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${request.body.id}/social-report/signature`)).status, 201);
  // R24: the signed report reaches the committee through a session's agenda.
  const secretary = await fed.login('sophie.forest');
  const members = await fed.api(secretary, 'GET', '/api/v1/users?role=committee-member');
  const session = await fed.api(secretary, 'POST', '/api/v1/committee-sessions', {
    sessionDate: new Date().toISOString().slice(0, 10),
    body: 'special-committee',
    memberIds: members.body.items.map((u: { id: string }) => u.id),
  });
  assert.equal(
    (await fed.api(secretary, 'POST', `/api/v1/committee-sessions/${session.body.id}/agenda`, { requestId: request.body.id })).status,
    201,
  );

  const sophie = await loggedIn('sophie.forest');
  const page = await sophie.request('GET', `/requests/${other.body.id}`);
  assert.match(page.text, /Attribuer le dossier/);
  const lucId = /<option value="([0-9a-f-]{36})">Luc Janssens<\/option>/.exec(page.text)![1]!;
  const assigned = await sophie.request('POST', `/requests/${other.body.id}/assignment`, { _csrf: csrfOf(page.text), userId: lucId });
  assert.equal(assigned.location, `/requests/${other.body.id}?done=assigned`);
  const luc = await loggedIn('luc.forest');
  assert.equal((await luc.request('GET', `/requests/${other.body.id}`)).status, 200);

  const karim = await loggedIn('karim.forest');
  const home = await karim.request('GET', '/');
  assert.equal(home.location, '/agenda');
  const agenda = await karim.request('GET', '/agenda');
  assert.match(agenda.text, new RegExp(`href="/agenda/${request.body.id}"`));
  assert.equal(agenda.text.includes(other.body.id), false, 'a request without a signed report is on the agenda');
  const report = await karim.request('GET', `/agenda/${request.body.id}`);
  assert.equal(report.status, 200);
  assert.match(report.text, /Rapport social : Test Agenda/);
  assert.equal(/<form[^>]*action="\/requests/.test(report.text), false, 'the committee gets a form to change the report');
  assert.equal((await karim.request('GET', `/agenda/${other.body.id}`)).status, 404);
  assert.equal((await karim.request('GET', `/requests/${request.body.id}`)).status, 404);
  const karimToken = karim.jar.get('rse_session')!;
  assert.equal((await fed.api(karimToken, 'GET', `/api/v1/aid-requests/${request.body.id}/notes`)).status, 404);
  assert.equal((await fed.api(marie, 'GET', '/api/v1/agenda')).status, 403);
});

test('OIDC login against a local provider: the configured claim names the local account; an unknown account and a tampered ID token are refused', async () => {
  const run = async (claims: Record<string, unknown>) => {
    idp.setUser({ sub: `sub-${Math.random()}`, claims });
    const b = browser();
    const start = await b.request('GET', '/login/oidc');
    assert.equal(start.status, 303);
    const authorize = new URL(start.location!);
    assert.equal(authorize.origin, idp.issuer);
    assert.equal(authorize.searchParams.get('code_challenge_method'), 'S256');
    assert.ok(authorize.searchParams.get('state') && authorize.searchParams.get('nonce'), 'no state or nonce');
    const back = await fetch(authorize, { redirect: 'manual' });
    const callback = new URL(back.headers.get('location')!);
    return { b, result: await b.request('GET', `/login/oidc/callback${callback.search}`) };
  };
  const ok = await run({ preferred_username: 'marie.forest' });
  assert.equal(ok.result.status, 303);
  assert.equal(ok.result.location, '/');
  const home = await ok.b.request('GET', '/');
  assert.match(home.text, /Marie Dubois/);
  assert.match(home.text, /<h1>Ma liste de travail<\/h1>/);

  const unknown = await run({ preferred_username: 'nobody.forest' });
  assert.equal(unknown.result.status, 403);
  assert.match(unknown.result.text, /n’est lié à aucun utilisateur de ce CPAS/);
  assert.equal(unknown.b.jar.has('rse_session'), false, 'an unknown account got a session');

  idp.setTampering(true);
  try {
    const tampered = await run({ preferred_username: 'marie.forest' });
    assert.equal(tampered.result.status, 400);
    assert.equal(tampered.b.jar.has('rse_session'), false, 'a tampered ID token opened a session');
  } finally {
    idp.setTampering(false);
  }
  const replay = browser();
  const noState = await replay.request('GET', '/login/oidc/callback?code=abc&state=xyz');
  assert.equal(noState.status, 400);
  assert.equal(/rse_\d{10}_[A-Za-z0-9_-]{20,}/.test(fed.logs()), false, 'a session token reached the logs');
});
