/**
 * Find, follow and know the person in a real browser (Debian's Chromium, playwright-core): a worker finds
 * a person by part of the name without accents, opens her caseload, edits the person's address and sees
 * the change in the history; the supervisor assigns the unassigned request from the team view. axe-core
 * finds zero violations on every page, in French, Dutch and German; screenshots go to test-results/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestFederation, type TestFederation } from '../federation.ts';
import {
  logIn as logInAs,
  expectNoAxeViolations,
  launchChromium,
  newContext,
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

test('a worker finds a person by part of the name, opens her caseload and edits the address; the history shows it', async () => {
  const context = await newContext(browser, 'fr-BE');
  const page = await logIn(context, 'marie.forest');

  // The caseload from the navigation: her files, the most urgent first.
  await page.locator('nav a[href="/caseload"]').click();
  await page.waitForLoadState();
  const caseload = await page.locator('main').innerText();
  assert.match(caseload, /Fatou Diallo/, 'Fatou’s file is in Marie’s caseload');
  assert.match(caseload, /Nadia El Amrani/, 'so is Nadia’s');
  assert.doesNotMatch(caseload, /Thomas Vermeulen/, 'Luc’s file is not');

  // Search without accents or capitals, part of the name.
  await page.goto(`${fed.baseUrl}/persons`);
  await page.locator('#field-q').fill('diall');
  await page.locator('main form[role=search] button[type=submit]').click();
  await page.waitForLoadState();
  await page.locator('main table a', { hasText: 'Fatou Diallo' }).click();
  await page.waitForLoadState();
  assert.match(await page.locator('main').innerText(), /Rue Saint-Denis 19/, 'the person page shows the address');

  // Edit the address: a wrong Belgian postal code is refused on its field, then a right one is saved.
  await page.locator('main a[href$="/edit"]').click();
  await page.waitForLoadState();
  await page.locator('#field-addressStreet').fill('Rue de Fierlant 120');
  await page.locator('#field-addressPostalCode').fill('119');
  await page.locator('main form button[type=submit]').last().click();
  await page.waitForLoadState();
  assert.match(await page.locator('.error-summary').innerText(), /1000 à 9992/, 'the postal code error is on its field');
  await expectNoAxeViolations(page, 'record edit with an error (fr)');
  await page.locator('#field-addressPostalCode').fill('1190');
  await page.locator('main form button[type=submit]').last().click();
  await page.waitForLoadState();
  const person = await page.locator('main').innerText();
  assert.match(person, /La fiche est mise à jour/, 'a success message');
  assert.match(person, /Rue Saint-Denis 19 → Rue de Fierlant 120/, 'the history says what changed');
  assert.match(person, /Marie Dubois/, 'and who changed it');
  const personPath = new URL(page.url()).pathname;

  await visitInEveryLanguage(page, '/caseload', 'caseload');
  await visitInEveryLanguage(page, '/persons?q=diallo', 'person-search');
  await visitInEveryLanguage(page, personPath, 'person-record');
  await visitInEveryLanguage(page, `${personPath}/edit`, 'person-edit');
  await visitInEveryLanguage(page, `${personPath}/household/new`, 'household-new');
  await visitInEveryLanguage(page, `${personPath}/niss`, 'niss-replacement');
  await context.close();
});

test('the supervisor sees the team’s workload and assigns the request registered at the desk', async () => {
  const context = await newContext(browser, 'fr-BE');
  const page = await logIn(context, 'sophie.forest');
  await visitInEveryLanguage(page, '/team', 'team');
  await page.goto(`${fed.baseUrl}/team`);
  const team = await page.locator('main').innerText();
  assert.match(team, /Marie Dubois/, 'Marie’s workload');
  assert.match(team, /Kevin Dumont/, 'the unassigned desk request');
  const form = page.locator('main form', { has: page.locator('select[name="toUserId"]') }).first();
  await form.locator('select[name="toUserId"]').selectOption({ label: 'Luc Janssens' });
  await form.locator('button[type=submit]').click();
  await page.waitForLoadState();
  assert.match(await page.locator('main').innerText(), /Le dossier est attribué à Luc Janssens/, 'assigned');
  await expectNoAxeViolations(page, 'team after assignment (fr)');
  await context.close();
});
