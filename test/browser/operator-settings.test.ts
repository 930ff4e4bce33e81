/**
 * Issue 12, scope 2 in a real browser (Debian's Chromium, playwright-core): the CPAS's administrator
 * changes what the CPAS shares and a retention period on /admin/settings, with a reason that the
 * history then shows; the hub operator logs in to /hub/operator and goes through the institutions,
 * one institution's history, the exchange log, retention and the policy. axe-core finds zero
 * violations on every page in French, Dutch and German (and the hub's pages in English too);
 * screenshots go to test-results/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startTestFederation, type TestFederation } from '../federation.ts';
import { DEMO_PASSWORD, FOREST } from '#casework/modules/demo/demo-federation.ts';
import { logIn, expectNoAxeViolations, expectNoUntranslatedKey, launchChromium, newContext, screenshot } from './web-harness.ts';

let fed: TestFederation;
let browser: Browser;

before(async () => {
  fed = await startTestFederation();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await fed?.close();
});

async function visitInEveryLanguage(page: Page, path: string, name: string): Promise<void> {
  for (const language of ['fr', 'nl', 'de'] as const) {
    await page.context().addCookies([{ name: 'rse_lang', value: language, url: fed.baseUrl }]);
    const response = await page.goto(`${fed.baseUrl}${path}`);
    assert.equal(response?.status(), 200, `${path} (${language})`);
    assert.equal(await page.locator('html').getAttribute('lang'), language, `html lang of ${name}`);
    await expectNoAxeViolations(page, `${name} (${language})`);
    await expectNoUntranslatedKey(page, `${name} (${language})`);
    await screenshot(page, `${name}-${language}`);
  }
  await page.context().addCookies([{ name: 'rse_lang', value: 'fr', url: fed.baseUrl }]);
}

/** The hub's pages choose their language with `?lang=` (remembered in the area's own cookie). */
async function visitHubInEveryLanguage(page: Page, path: string, name: string): Promise<void> {
  for (const language of ['fr', 'nl', 'de', 'en'] as const) {
    const response = await page.goto(`${fed.baseUrl}${path}?lang=${language}`);
    assert.equal(response?.status(), 200, `${path} (${language})`);
    assert.equal(await page.locator('html').getAttribute('lang'), language, `html lang of ${name}`);
    await expectNoAxeViolations(page, `${name} (${language})`);
    await expectNoUntranslatedKey(page, `${name} (${language})`);
    await screenshot(page, `${name}-${language}`);
  }
  await page.goto(`${fed.baseUrl}${path}?lang=fr`);
}

test('the CPAS administrator changes what the CPAS shares, with a reason shown in the history; the page passes axe in three languages', async () => {
  const context = await newContext(browser, 'fr-BE');
  const admin = await logIn(context, fed.baseUrl, 'admin.forest');
  assert.equal(await admin.locator('nav a[href="/admin/settings"]').count(), 1, 'the administrator’s navigation offers the settings');
  await visitInEveryLanguage(admin, '/admin/settings', 'admin-settings');

  await admin.goto(`${fed.baseUrl}/admin/settings`);
  await admin.locator('#field-sharing-windowMonths').fill('30');
  await admin.locator('#field-sharing-reason').fill('Décision du conseil du 12 novembre');
  await admin.locator('form[action="/admin/settings/sharing"] button[type=submit]').click();
  await admin.waitForLoadState();
  assert.equal(await admin.locator('#field-sharing-windowMonths').getAttribute('aria-invalid'), 'true', 'beyond 24 months is refused');
  await expectNoAxeViolations(admin, 'admin-settings-error (fr)');

  await admin.locator('#field-sharing-windowMonths').fill('18');
  await admin.locator('#field-excluded-debt-mediation').check();
  await admin.locator('form[action="/admin/settings/sharing"] button[type=submit]').click();
  await admin.waitForURL(/\/admin\/settings\?done=saved/);
  assert.match(await admin.locator('main').innerText(), /Paramètres enregistrés/);
  assert.match(
    await admin.locator('#settings-sharing ~ table, section[aria-labelledby="settings-sharing"] table').first().innerText(),
    /Décision du conseil du 12 novembre/,
  );
  const settings = await fed.api(await fed.login('admin.forest'), 'GET', '/api/v1/settings');
  const sharing = settings.body.items.find((item: { key: string }) => item.key === 'sharing');
  assert.deepEqual([sharing.value.windowMonths, sharing.value.excludedAidTypes], [18, ['debt-mediation']]);
  await context.close();
});

test('the hub operator logs in and goes through institutions, history, the log, retention and policy; every page passes axe in four languages', async () => {
  const context = await newContext(browser, 'fr-BE');
  const page = await context.newPage();
  await visitHubInEveryLanguage(page, '/hub/operator/', 'hub-operator-login');
  await page.locator('#field-name').fill('operator.hub');
  await page.locator('#field-password').fill(DEMO_PASSWORD);
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL(`${fed.baseUrl}/hub/operator/institutions`);
  await visitHubInEveryLanguage(page, '/hub/operator/institutions', 'hub-operator-institutions');

  await page.locator(`main a[href="/hub/operator/institutions/${FOREST.kbo}"]`).click();
  await page.waitForURL(`${fed.baseUrl}/hub/operator/institutions/${FOREST.kbo}`);
  await page.locator('#field-deactivate-reason').fill('Test de désactivation');
  await page.locator(`form[action$="/${FOREST.kbo}/deactivate"] button[type=submit]`).click();
  await page.waitForURL(/done=saved/);
  await page.locator('#field-reactivate-reason').fill('Fin du test');
  await page.locator(`form[action$="/${FOREST.kbo}/reactivate"] button[type=submit]`).click();
  await page.waitForURL(/done=saved/);
  assert.match(await page.locator('main').innerText(), /Test de désactivation/);
  await visitHubInEveryLanguage(page, `/hub/operator/institutions/${FOREST.kbo}`, 'hub-operator-institution');
  await visitHubInEveryLanguage(page, '/hub/operator/log', 'hub-operator-log');
  await visitHubInEveryLanguage(page, '/hub/operator/retention', 'hub-operator-retention');

  await page.locator('#field-ended-integrations-days').fill('30');
  await page.locator('#field-ended-integrations-reason').fill('Plus court');
  await page.locator('form[action$="/retention/ended-integrations"] button[type=submit]').click();
  await page.waitForLoadState();
  assert.equal(
    await page.locator('#field-ended-integrations-days').getAttribute('aria-invalid'),
    'true',
    'an ended integration is kept two years at least',
  );
  await expectNoAxeViolations(page, 'hub-operator-retention-error (fr)');
  await visitHubInEveryLanguage(page, '/hub/operator/policy', 'hub-operator-policy');
  await context.close();
});
