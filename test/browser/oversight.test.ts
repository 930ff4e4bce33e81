/**
 * The oversight pages in a real browser (Debian's Chromium, playwright-core): the security advisor's
 * indicators, monthly report, break-glass queue and weekly report, the disclosures register and the
 * statistics with their chart; a worker's emergency opening of a colleague's file. axe-core finds
 * zero violations on every page, in French, Dutch and German; screenshots go to test-results/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestFederation, type TestFederation } from '../federation.ts';
import { DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';
import {
  logIn as logInAs,
  expectNoAxeViolations,
  launchChromium,
  newContext,
  screenshot,
  visitInEveryLanguage as visitEveryLanguage,
} from './web-harness.ts';

let fed: TestFederation;
let browser: Browser;

before(async () => {
  fed = await startTestFederation({ providerTimeoutMs: 2_000 });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await fed?.close();
});

const logIn = (context: BrowserContext, username: string): Promise<Page> => logInAs(context, fed.baseUrl, username);

const visitInEveryLanguage = (page: Page, path: string, name: string) => visitEveryLanguage(page, fed.baseUrl, path, name);

test("a worker opens a colleague's file in an emergency with a reason; the security advisor sees it in the queue and every oversight page passes axe in three languages", async () => {
  // The worker: the person page offers the emergency opening of the file she cannot see.
  const thomas = DEMO_PERSONS.find((p) => p.scenario === 'colleague-file')!;
  const marieToken = await fed.login('marie.forest');
  const person = (await fed.api(marieToken, 'GET', `/api/v1/persons?niss=${thomas.niss}`)).body.items[0];
  const workerContext = await newContext(browser, 'fr-BE');
  const worker = await logIn(workerContext, 'marie.forest');
  await worker.goto(`${fed.baseUrl}/persons/${person.id}`);
  await worker.locator('main a[href*="/break-glass"]').first().click();
  await expectNoAxeViolations(worker, 'break-glass form (fr)');
  await screenshot(worker, 'break-glass-form-fr');
  await worker
    .locator('main form textarea, main form input[name="reason"]')
    .first()
    .fill('Expulsion annoncée ce soir, le collègue est absent');
  await worker.locator('main form button[type=submit]').last().click();
  await worker.waitForLoadState();
  assert.match(await worker.locator('main').innerText(), new RegExp(thomas.familyName), 'the file opens');
  await workerContext.close();

  // The advisor: indicators, the monthly report, the queue with the opening, the weekly report, disclosures, statistics.
  const context = await newContext(browser, 'fr-BE');
  const advisor = await logIn(context, 'anne.forest');
  const month = new Date().toISOString().slice(0, 7);
  await visitInEveryLanguage(advisor, '/oversight', 'oversight');
  await visitInEveryLanguage(advisor, `/oversight/reports/monthly?month=${month}`, 'oversight-monthly');
  await visitInEveryLanguage(advisor, '/oversight/settings', 'oversight-settings');
  await advisor.goto(`${fed.baseUrl}/oversight`);
  const firstUserLog = await advisor.locator('main a[href^="/oversight/audit?userId="]').first().getAttribute('href');
  assert.ok(firstUserLog, 'the rankings link each user to their audit log');
  await visitInEveryLanguage(advisor, firstUserLog, 'oversight-audit');
  await visitInEveryLanguage(advisor, '/oversight/break-glass', 'break-glass-queue');
  assert.match(await advisor.locator('main').innerText(), /Expulsion annoncée ce soir/, 'the opening waits in the queue with its reason');
  await visitInEveryLanguage(advisor, '/oversight/break-glass/weekly', 'break-glass-weekly');
  await visitInEveryLanguage(advisor, '/disclosures', 'disclosures');
  await visitInEveryLanguage(advisor, '/disclosures/new', 'disclosure-new');
  await visitInEveryLanguage(advisor, '/statistics', 'statistics');
  assert.ok((await advisor.locator('main svg').count()) >= 1, 'the statistics page draws its chart');
  await context.close();
});
