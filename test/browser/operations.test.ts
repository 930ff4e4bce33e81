/**
 * The CPAS IT administrator's page of parked messages to the hub in a real browser (Debian's Chromium,
 * playwright-core): listed with its cause and file, closed with a reason; axe-core finds zero violations
 * in French, Dutch and German; screenshots go to test-results/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startTestFederation, type TestFederation } from '../federation.ts';
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

test('the administrator finds a parked message from the menu, reads its cause, closes it with a reason; the page passes axe in three languages', async () => {
  const forest = fed.tenants.all().find((tenant) => tenant.name.includes('Forest'))!;
  const row = await forest.db.one<{ id: number }>(
    `INSERT INTO outbox (topic, payload, next_attempt_at, last_error) VALUES ('correction', '{}', 'infinity', 'correction.unknown-decision') RETURNING id`,
  );
  const context = await newContext(browser, 'fr-BE');
  const page = await logIn(context, fed.baseUrl, 'admin.forest');
  await page.locator('nav a[href="/admin/outbox"]').first().click();
  await page.waitForURL(`${fed.baseUrl}/admin/outbox`);
  for (const language of ['fr', 'nl', 'de'] as const) {
    await context.addCookies([{ name: 'rse_lang', value: language, url: fed.baseUrl }]);
    const response = await page.goto(`${fed.baseUrl}/admin/outbox`);
    assert.equal(response?.status(), 200, `parked messages (${language})`);
    assert.equal(await page.locator('html').getAttribute('lang'), language);
    await expectNoAxeViolations(page, `parked messages (${language})`);
    await expectNoUntranslatedKey(page, `parked messages (${language})`);
    await screenshot(page, `outbox-${language}`);
  }
  await context.addCookies([{ name: 'rse_lang', value: 'fr', url: fed.baseUrl }]);
  await page.goto(`${fed.baseUrl}/admin/outbox`);
  assert.match(await page.locator('main').innerText(), /correction\.unknown-decision/);
  const form = page.locator(`main form[action="/admin/outbox/${row!.id}/resolve"]`);
  await form.locator('select[name="resolution"]').selectOption('sent-otherwise');
  await form.locator('button[type=submit]').click();
  await page.waitForURL(`${fed.baseUrl}/admin/outbox?done=resolved`);
  assert.match(await page.locator('main [role=status]').innerText(), /clôturé/);
  await expectNoAxeViolations(page, 'parked messages after closing (fr)');
  assert.equal(await page.locator(`main form[action="/admin/outbox/${row!.id}/resolve"]`).count(), 0, 'the closed message is gone');
  await context.close();
});
