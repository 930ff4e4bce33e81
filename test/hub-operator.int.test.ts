/**
 * The hub operator's web area at /hub/operator (issue 12, scope 2; ADR 0020): an account of the hub's
 * own database made with `rse hub-operators create`, a one-time password replaced at the first login,
 * then the institutions (register from an exported JSON, rotate keys, deactivate with a reason,
 * reactivate, the history), the exchange log's state, the retention periods and the policy — each
 * change kept with the operator's name and reason; bad input is refused on its field; no CSRF token,
 * no change; no session, no page.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FOREST } from '#casework/modules/demo/demo-federation.ts';
import { DEMO_PASSWORD } from '#casework/modules/demo/demo-federation.ts';
import { generateInstitutionKeys, toPublicJwks } from '#contracts/protocol/keys.ts';
import { generateKbo } from '#contracts/kbo.ts';
import { startTestFederation, type TestFederation } from './federation.ts';
import { webBrowser, type WebBrowser } from './web-browser.ts';
import { cliEnv, runCli } from './cli.ts';

let fed: TestFederation;
let ops: WebBrowser;
let password = '';

const csrf = (page: string) => /name="csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
const formToken = (page: string) => /name="form" value="([^"]+)"/.exec(page)?.[1] ?? '';

async function logIn(name: string, secret: string): Promise<{ browser: WebBrowser; location: string | null; status: number }> {
  const browser = webBrowser(fed.baseUrl);
  const page = await browser.request('GET', '/hub/operator/');
  assert.equal(page.status, 200);
  const response = await browser.request('POST', '/hub/operator/login', { form: formToken(page.text), name, password: secret });
  return { browser, location: response.location, status: response.status };
}

before(async () => {
  fed = await startTestFederation();
});
after(async () => {
  await fed?.close();
});

test('`rse hub-operators create` prints a one-time password; the operator replaces it at the first login, then reaches the pages', async () => {
  const created = await runCli(['hub-operators', 'create', 'alice.ops'], cliEnv(fed.config));
  assert.equal(created.code, 0, created.stderr);
  password = /one-time password (\S+)/.exec(created.stdout)?.[1] ?? '';
  assert.match(password, /^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
  assert.equal((await runCli(['hub-operators', 'create', 'alice.ops'], cliEnv(fed.config))).code, 1, 'a name is created once');
  assert.equal((await runCli(['hub-operators', 'create', 'Bad Name'], cliEnv(fed.config))).code, 1);

  const anonymous = webBrowser(fed.baseUrl);
  const refused = await anonymous.request('GET', '/hub/operator/institutions');
  assert.equal(refused.status, 303);
  assert.equal(refused.location, '/hub/operator/');

  const wrong = await logIn('alice.ops', 'not-the-password');
  assert.equal(wrong.status, 401);
  const first = await logIn('alice.ops', password);
  assert.equal(first.status, 303);
  assert.equal(first.location, '/hub/operator/password');
  ops = first.browser;
  const sessionCookie = ops.setCookies.find((cookie) => cookie.startsWith('rse_hub_operator='));
  assert.match(sessionCookie ?? '', /HttpOnly/i);
  assert.match(sessionCookie ?? '', /SameSite=Strict/i);
  assert.equal((await ops.request('GET', '/hub/operator/institutions')).location, '/hub/operator/password', 'the password first');

  const page = await ops.request('GET', '/hub/operator/password');
  const tooShort = await ops.request('POST', '/hub/operator/password', {
    csrf: csrf(page.text),
    currentPassword: password,
    newPassword: 'short',
  });
  assert.equal(tooShort.status, 422);
  const changed = await ops.request('POST', '/hub/operator/password', {
    csrf: csrf(page.text),
    currentPassword: password,
    newPassword: 'Alice-chooses-2026',
  });
  assert.equal(changed.status, 303, changed.text.slice(0, 300));
  const list = await ops.request('GET', '/hub/operator/institutions');
  assert.equal(list.status, 200);
  assert.match(list.text, new RegExp(FOREST.kbo));
  assert.equal(list.headers.get('content-security-policy')?.includes("default-src 'none'"), true);
});

test('the operator deactivates an institution with a reason, reactivates it, and the history names the operator and the reason', async () => {
  const page = await ops.request('GET', `/hub/operator/institutions/${FOREST.kbo}`);
  assert.equal(page.status, 200);
  const token = csrf(page.text);
  const noToken = await ops.request('POST', `/hub/operator/institutions/${FOREST.kbo}/deactivate`, { reason: 'Test' });
  assert.equal(noToken.status, 403, 'no CSRF token, no change');
  const noReason = await ops.request('POST', `/hub/operator/institutions/${FOREST.kbo}/deactivate`, { csrf: token, reason: '  ' });
  assert.equal(noReason.status, 422);
  assert.match(noReason.text, /aria-invalid="true"/);

  const deactivated = await ops.request('POST', `/hub/operator/institutions/${FOREST.kbo}/deactivate`, {
    csrf: token,
    reason: 'Clé compromise signalée par le CPAS',
  });
  assert.equal(deactivated.status, 303);
  const row = await fed.hub.db.one<{ is_active: boolean }>('SELECT is_active FROM institutions WHERE kbo = $1', [FOREST.kbo]);
  assert.equal(row?.is_active, false);
  const again = await ops.request('POST', `/hub/operator/institutions/${FOREST.kbo}/deactivate`, { csrf: token, reason: 'encore' });
  assert.equal(again.status, 422, 'an inactive institution is not deactivated twice');

  const reactivated = await ops.request('POST', `/hub/operator/institutions/${FOREST.kbo}/reactivate`, {
    csrf: token,
    reason: 'Nouvelle clé reçue',
  });
  assert.equal(reactivated.status, 303);
  const changes = await fed.hub.db.query<{ action: string; operator: string; reason: string | null }>(
    `SELECT action, operator, reason FROM institution_changes WHERE kbo = $1 ORDER BY id`,
    [FOREST.kbo],
  );
  assert.deepEqual(
    changes.slice(-2).map((change) => [change.action, change.operator, change.reason]),
    [
      ['deactivated', 'alice.ops', 'Clé compromise signalée par le CPAS'],
      ['reactivated', 'alice.ops', 'Nouvelle clé reçue'],
    ],
  );
  const history = await ops.request('GET', `/hub/operator/institutions/${FOREST.kbo}`);
  assert.match(history.text, /Clé compromise signalée par le CPAS/);

  const hubEntry = await ops.request('POST', '/hub/operator/institutions/0999999922/deactivate', { csrf: token, reason: 'non' });
  assert.equal(hubEntry.status, 422, 'the hub’s own entry stays');
});

test('the operator registers an institution from its exported JSON and rotates its keys; bad JSON and bad keys are refused on their field', async () => {
  const list = await ops.request('GET', '/hub/operator/institutions');
  const token = csrf(list.text);
  const kbo = generateKbo('09876543');
  const entry = {
    kbo,
    name: 'CPAS de Test',
    kind: 'cpas',
    endpoint: 'https://test.example/',
    jwks: toPublicJwks(generateInstitutionKeys()),
  };
  for (const entries of ['{not json', JSON.stringify({ ...entry, kind: 'bank' }), JSON.stringify({ ...entry, jwks: { keys: [] } }), '[]']) {
    const refused = await ops.request('POST', '/hub/operator/institutions/register', { csrf: token, entries, reason: '' });
    assert.equal(refused.status, 422, entries.slice(0, 40));
    assert.match(refused.text, /aria-invalid="true"/);
  }
  const registered = await ops.request('POST', '/hub/operator/institutions/register', {
    csrf: token,
    entries: JSON.stringify([entry]),
    reason: 'Convention signée',
  });
  assert.equal(registered.status, 200, registered.text.slice(0, 300));
  assert.match(registered.text, /CPAS de Test/);
  assert.ok(await fed.hub.registry.find(kbo), 'trusted by the hub');

  const badKeys = await ops.request('POST', `/hub/operator/institutions/${kbo}/rotate-keys`, {
    csrf: token,
    jwks: '{"keys": []}',
    reason: '',
  });
  assert.equal(badKeys.status, 422);
  const next = toPublicJwks(generateInstitutionKeys());
  const rotated = await ops.request('POST', `/hub/operator/institutions/${kbo}/rotate-keys`, {
    csrf: token,
    jwks: JSON.stringify({ ...entry, jwks: next }),
    reason: 'Rotation annuelle',
  });
  assert.equal(rotated.status, 303, rotated.text.slice(0, 300));
  const changes = await fed.hub.db.query<{ action: string; operator: string }>(
    'SELECT action, operator FROM institution_changes WHERE kbo = $1 ORDER BY id',
    [kbo],
  );
  assert.deepEqual(
    changes.map((change) => [change.action, change.operator]),
    [
      ['registered', 'alice.ops'],
      ['keys-rotated', 'alice.ops'],
    ],
  );
  const keys = await fed.hub.db.query<{ kid: string; event: string }>(
    'SELECT kid, event FROM log_key_entries WHERE kbo = $1 ORDER BY leaf_index',
    [kbo],
  );
  assert.ok(
    keys.some((key) => key.event === 'key.deactivated'),
    'the old keys leave the log as entries (key transparency)',
  );

  const log = await ops.request('GET', '/hub/operator/log');
  assert.equal(log.status, 200);
  assert.match(log.text, new RegExp(kbo));
});

test('retention and policy: changes within bounds with a reason are kept with the operator; the rest is refused on its field', async () => {
  const page = await ops.request('GET', '/hub/operator/retention');
  assert.equal(page.status, 200);
  const token = csrf(page.text);
  const tooShort = await ops.request('POST', '/hub/operator/retention/ended-integrations', {
    csrf: token,
    days: '30',
    reason: 'Plus court',
  });
  assert.equal(tooShort.status, 422, 'an ended integration stays two years at least');
  const noReason = await ops.request('POST', '/hub/operator/retention/lifted-blocks', { csrf: token, days: '365', reason: '' });
  assert.equal(noReason.status, 422);
  assert.equal((await ops.request('POST', '/hub/operator/retention/no-such-class', { csrf: token, days: '3', reason: 'x' })).status, 404);
  const saved = await ops.request('POST', '/hub/operator/retention/lifted-blocks', { csrf: token, days: '365', reason: 'Avis du DPO' });
  assert.equal(saved.status, 303);
  const retention = await fed.hub.db.query<{ record_class: string; previous_days: number; days: number; operator: string; reason: string }>(
    'SELECT record_class, previous_days, days, operator, reason FROM retention_setting_changes',
  );
  assert.deepEqual(retention, [
    { record_class: 'lifted-blocks', previous_days: 730, days: 365, operator: 'alice.ops', reason: 'Avis du DPO' },
  ]);

  const policy = await ops.request('GET', '/hub/operator/policy');
  assert.equal(policy.status, 200);
  const unknownItem = new URLSearchParams({ csrf: token, reason: 'Essai' });
  unknownItem.append('items', 'decisions');
  unknownItem.append('items', 'notes');
  const refused = await fetch(`${fed.baseUrl}/hub/operator/policy/rules/17-2/review`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [...ops.jar].map(([k, v]) => `${k}=${v}`).join('; ') },
    body: unknownItem.toString(),
  });
  assert.equal(refused.status, 422, 'an item outside the summary schema is refused');
  const narrowed = await ops.request('POST', '/hub/operator/policy/rules/17-2/review', {
    csrf: token,
    items: 'decisions',
    reason: 'Avis du comité',
  });
  assert.equal(narrowed.status, 303);
  const rule = await fed.hub.db.one<{ items: string[] }>(
    "SELECT items FROM policy_rules WHERE requester_quality_code = '17-2' AND purpose = 'review'",
  );
  assert.deepEqual(rule?.items, ['decisions']);
  const inUse = await fed.hub.db.one<{ quality_code: string }>('SELECT quality_code FROM integrations WHERE end_date IS NULL LIMIT 1');
  if (inUse) {
    const retire = await ops.request('POST', `/hub/operator/policy/codes/${inUse.quality_code}`, {
      csrf: token,
      isActive: 'false',
      reason: 'Test',
    });
    assert.equal(retire.status, 422, 'a code of current integrations stays in use');
  }
  const retired = await ops.request('POST', '/hub/operator/policy/codes/17-9', {
    csrf: token,
    isActive: 'false',
    reason: 'Code supprimé par la BCSS',
  });
  assert.equal(retired.status, 303);
  const changes = await fed.hub.db.query<{ target: string; operator: string; reason: string }>(
    'SELECT target, operator, reason FROM policy_changes ORDER BY id',
  );
  assert.deepEqual(
    changes.map((change) => [change.target, change.operator, change.reason]),
    [
      ['17-2/review', 'alice.ops', 'Avis du comité'],
      ['17-9', 'alice.ops', 'Code supprimé par la BCSS'],
    ],
  );
});

test('the demo operator logs in with the demo password; logging out ends the session', async () => {
  const demo = await logIn('operator.hub', DEMO_PASSWORD);
  assert.equal(demo.status, 303);
  assert.equal(demo.location, '/hub/operator/institutions');
  const page = await demo.browser.request('GET', '/hub/operator/log');
  assert.equal(page.status, 200);
  const cookie = demo.browser.jar.get('rse_hub_operator');
  await demo.browser.request('POST', '/hub/operator/logout', { csrf: csrf(page.text) });
  const replay = await fetch(`${fed.baseUrl}/hub/operator/log`, { redirect: 'manual', headers: { cookie: `rse_hub_operator=${cookie}` } });
  assert.equal(replay.status, 303, 'the ended session opens nothing');
});
