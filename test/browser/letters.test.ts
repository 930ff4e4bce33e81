/**
 * Letters that can be posted, in a real browser (Debian's Chromium, playwright-core): a worker sets
 * the direct line printed under her name in letters, from the acknowledgement page; the page with
 * an error on its field and after saving passes axe-core in French, Dutch and German.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startTestFederation, type TestFederation } from '../federation.ts';
import { DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';
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

test('a worker finds her contact in letters from the acknowledgement, sees a wrong number on its field and saves a right one, in three languages with no axe violation', async () => {
  const klaus = DEMO_PERSONS.find((p) => p.key === 'klaus')!;
  const token = await fed.login('marie.forest');
  const person = (await fed.api(token, 'GET', `/api/v1/persons?niss=${klaus.niss}`)).body.items[0];
  const request = (await fed.api(token, 'GET', `/api/v1/aid-requests?personId=${person.id}`)).body.items[0];
  const context = await newContext(browser, 'fr-BE');
  const page = await logIn(context, fed.baseUrl, 'marie.forest');
  await page.goto(`${fed.baseUrl}/requests/${request.id}/acknowledgement`);
  await page.locator('main a[href="/me/contact"]').click();
  await page.waitForLoadState();
  for (const [index, language] of (['fr', 'nl', 'de'] as const).entries()) {
    await context.addCookies([{ name: 'rse_lang', value: language, url: fed.baseUrl }]);
    await page.goto(`${fed.baseUrl}/me/contact`);
    assert.equal(await page.locator('html').getAttribute('lang'), language);
    await expectNoAxeViolations(page, `contact (${language})`);
    await page.locator('#field-phone').fill('appelez-moi');
    await page.locator('main form button[type=submit]').click();
    await page.waitForLoadState();
    assert.ok((await page.locator('.field--error #field-phone').count()) === 1, 'the wrong number is shown on its field');
    await expectNoAxeViolations(page, `contact with an error (${language})`);
    await expectNoUntranslatedKey(page, `contact with an error (${language})`);
    await screenshot(page, `letters-contact-error-${language}`);
    await page.locator('#field-phone').fill(`+32 2 000 00 4${index}`);
    await page.locator('main form button[type=submit]').click();
    await page.waitForLoadState();
    assert.match(page.url(), /done=saved/);
    await expectNoAxeViolations(page, `contact saved (${language})`);
  }
  assert.equal((await fed.api(token, 'GET', '/api/v1/me/contact')).body.phone, '+32 2 000 00 42');
  await context.close();
});
