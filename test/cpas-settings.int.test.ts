/**
 * The CPAS's sharing and retention settings (issue 12, scope 2): the administrator changes what its
 * summary shares and how long records are kept, within the legal bounds, with a reason; each change
 * has its history (who, when, why, from what) and an audit event without the typed reason; bad input
 * is a problem+json with a stable code; the page offers the same.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { FOREST } from '#casework/modules/demo/demo-federation.ts';
import { startTestFederation, type TestFederation } from './federation.ts';
import { csrfOf, webLoggedIn } from './web-browser.ts';

let fed: TestFederation;
let admin: string;
let anne: string;
let marie: string;

before(async () => {
  fed = await startTestFederation();
  [admin, anne, marie] = await Promise.all([fed.login('admin.forest'), fed.login('anne.forest'), fed.login('marie.forest')]);
});
after(async () => {
  await fed?.close();
});

const REASON = 'Décision du conseil du 12 novembre';

test('the administrator narrows what the CPAS shares, with a reason; bounds and codes are checked; the history says who, when and why', async () => {
  for (const [body, code, path] of [
    [{ windowMonths: 25, reason: REASON }, 'setting.invalid', '/windowMonths'],
    [{ windowMonths: 0, reason: REASON }, 'setting.invalid', '/windowMonths'],
    [{ excludedAidTypes: ['no-such-aid'], reason: REASON }, 'setting.invalid', '/excludedAidTypes/0'],
    [{ excludedAidTypes: ['ris', 'ris'], reason: REASON }, 'setting.invalid', '/excludedAidTypes'],
    [{ shareSections: ['notes'], reason: REASON }, 'setting.invalid', '/shareSections'],
    [{ shareAmounts: 'yes', reason: REASON }, 'setting.invalid', '/shareAmounts'],
    [{ shareAmounts: false }, 'setting.reason-required', '/reason'],
    [{ shareAmounts: false, reason: '   ' }, 'setting.reason-required', '/reason'],
    [{ shareAmounts: false, reason: 'x'.repeat(501) }, 'setting.invalid', '/reason'],
    [{ shareAmounts: false, reason: 7 }, 'setting.invalid', '/reason'],
  ] as const) {
    const refused = await fed.api(admin, 'PUT', '/api/v1/settings/sharing', body);
    assert.equal(refused.status, 422, `${JSON.stringify(body).slice(0, 80)}: ${refused.text}`);
    assert.match(refused.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.equal(refused.body.code, code, refused.text);
    assert.ok(
      refused.body.errors.some((error: { path: string }) => error.path === path),
      `the error names ${path}: ${refused.text}`,
    );
  }
  assert.equal((await fed.api(marie, 'PUT', '/api/v1/settings/sharing', { shareAmounts: false, reason: REASON })).status, 403);
  assert.equal(
    (await fed.api(anne, 'PUT', '/api/v1/settings/sharing', { shareAmounts: false, reason: REASON })).status,
    403,
    'the security advisor does not set what the CPAS shares',
  );

  const saved = await fed.api(admin, 'PUT', '/api/v1/settings/sharing', {
    windowMonths: 12,
    shareAmounts: false,
    excludedAidTypes: ['debt-mediation'],
    reason: REASON,
  });
  assert.equal(saved.status, 200, saved.text);
  assert.deepEqual(saved.body.value, { windowMonths: 12, sharePiis: false, shareAmounts: false, excludedAidTypes: ['debt-mediation'] });

  const history = await fed.api(admin, 'GET', '/api/v1/settings/sharing/history');
  assert.equal(history.status, 200);
  assert.equal(history.body.items[0].changedBy, 'Admin Forest');
  assert.equal(history.body.items[0].reason, REASON);
  assert.equal(history.body.items[0].previous.windowMonths, 24);
  assert.equal(history.body.items[0].value.windowMonths, 12);

  // The audit chain names the change, never the typed reason (no free text in the chain).
  const tenant = fed.tenants.byKbo(FOREST.kbo)!;
  const events = await tenant.db.query<{ action: string; reason: string | null }>(
    `SELECT action, reason FROM audit_events WHERE record_type = 'setting' AND record_id = 'sharing' AND outcome = 'allowed' ORDER BY id`,
  );
  assert.deepEqual(
    events.map((event) => [event.action, event.reason]),
    [
      ['settings.update', 'windowMonths,sharePiis'],
      ['settings.update', 'windowMonths,shareAmounts,excludedAidTypes'],
    ],
    'the demo seed’s confirmation, then this change',
  );
  const text = await tenant.db.query<{ n: string }>(`SELECT count(*)::text AS n FROM audit_events WHERE reason ILIKE '%conseil%'`);
  assert.equal(text[0]!.n, '0');
});

test('retention periods: the administrator and the security advisor change them, never under the legal minimum nor over the maximum', async () => {
  for (const [key, body, path] of [
    ['retention', { auditLogMonths: 11, reason: REASON }, '/auditLogMonths'],
    ['retention', { closedFileMonths: 601, reason: REASON }, '/closedFileMonths'],
    ['exchange', { receivedSummaryDays: 366, reason: REASON }, '/receivedSummaryDays'],
    ['exchange', { receivedSummaryDays: 0, reason: REASON }, '/receivedSummaryDays'],
  ] as const) {
    const refused = await fed.api(admin, 'PUT', `/api/v1/settings/${key}`, body);
    assert.equal(refused.status, 422, refused.text);
    assert.equal(refused.body.code, 'setting.invalid');
    assert.ok(
      refused.body.errors.some((error: { path: string }) => error.path === path),
      refused.text,
    );
  }
  assert.equal((await fed.api(admin, 'PUT', '/api/v1/settings/oversight', { rankingSize: 5, reason: REASON })).status, 403);
  const byAdmin = await fed.api(admin, 'PUT', '/api/v1/settings/exchange', { receivedSummaryDays: 90, reason: REASON });
  assert.equal(byAdmin.status, 200, byAdmin.text);
  const byAdvisor = await fed.api(anne, 'PUT', '/api/v1/settings/retention', { sessionDays: 30, reason: 'Avis du DPO' });
  assert.equal(byAdvisor.status, 200, byAdvisor.text);
  const history = await fed.api(admin, 'GET', '/api/v1/settings/retention/history');
  assert.deepEqual([history.body.items[0].changedBy, history.body.items[0].reason], ['Anne Wauters', 'Avis du DPO']);
});

test('the settings page: the administrator saves a change with its reason; a value out of bounds or a missing reason is said on its field', async () => {
  const browser = await webLoggedIn(fed.baseUrl, 'admin.forest');
  const page = await browser.request('GET', '/admin/settings');
  assert.equal(page.status, 200);
  assert.match(page.text, /Partage et conservation/);
  assert.match(page.text, /Décision du conseil du 12 novembre/, 'the history shows the reason of the earlier change');
  const csrf = csrfOf(page.text);

  const outOfBounds = await browser.request('POST', '/admin/settings/sharing', { _csrf: csrf, windowMonths: '36', reason: REASON });
  assert.equal(outOfBounds.status, 422);
  assert.match(
    outOfBounds.text,
    /id="field-sharing-windowMonths"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="field-sharing-windowMonths"/,
  );
  const noReason = await browser.request('POST', '/admin/settings/retention', {
    _csrf: csrf,
    closedFileMonths: '120',
    auditLogMonths: '24',
    sessionDays: '30',
    outboxSentDays: '90',
    handledNoticeMonths: '12',
    purgeRunMonths: '24',
    incomingTransferMonths: '12',
    purgeIntervalHours: '24',
  });
  assert.equal(noReason.status, 422);
  assert.match(noReason.text, /Indiquez le motif de la modification/);

  const form = new URLSearchParams({ _csrf: csrf, windowMonths: '18', sharePiis: 'on', reason: 'Nouvelle politique' });
  form.append('excludedAidTypes', 'food-aid');
  form.append('excludedAidTypes', 'heating-allowance');
  const saved = await fetch(`${fed.baseUrl}/admin/settings/sharing`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      cookie: [...browser.jar].map(([k, v]) => `${k}=${v}`).join('; '),
    },
    body: form.toString(),
  });
  assert.equal(saved.status, 303);
  const sharing = (await fed.api(admin, 'GET', '/api/v1/settings')).body.items.find((item: { key: string }) => item.key === 'sharing');
  assert.deepEqual(sharing.value, {
    windowMonths: 18,
    sharePiis: true,
    shareAmounts: false,
    excludedAidTypes: ['food-aid', 'heating-allowance'],
  });

  const worker = await webLoggedIn(fed.baseUrl, 'marie.forest');
  assert.equal((await worker.request('GET', '/admin/settings')).status, 403);
});
