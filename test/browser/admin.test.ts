/**
 * User administration in a real browser (Debian's Chromium, playwright-core): the CPAS's
 * administrator creates a worker, sets the role, supervisor and qualified-worker flag; the worker
 * logs in with the one-time password and must choose their own first. axe-core finds zero
 * violations on the administration pages, the login page with its choice of CPAS, and the password
 * page, in French, Dutch and German; screenshots go to test-results/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startTestFederation, type TestFederation } from '../federation.ts';
import { DEMO_PASSWORD, FOREST } from '#casework/modules/demo/demo-federation.ts';
import { logIn, expectNoAxeViolations, launchChromium, newContext, visitInEveryLanguage as visitEveryLanguage } from './web-harness.ts';

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

const visitInEveryLanguage = (page: Page, path: string, name: string) => visitEveryLanguage(page, fed.baseUrl, path, name);

test('the administrator creates a worker and sets the roles; the worker chooses a password at the first login; every page passes axe in three languages', async () => {
  const context = await newContext(browser, 'fr-BE');
  const admin = await logIn(context, fed.baseUrl, 'admin.forest');
  assert.ok((await admin.locator('nav a[href="/admin/users"]').count()) === 1, 'the administrator’s navigation offers the users');
  await visitInEveryLanguage(admin, '/admin/users', 'admin-users');
  await visitInEveryLanguage(admin, '/admin/users/new', 'admin-user-new');

  await admin.goto(`${fed.baseUrl}/admin/users/new`);
  await admin.locator('#field-username').fill('lea.forest');
  await admin.locator('#field-displayName').fill('Léa Martin');
  await admin.locator('#field-role').selectOption('social-worker');
  await admin.locator('#field-isQualifiedSocialWorker').check();
  await admin.locator('#field-supervisorId').selectOption({ label: 'Sophie Lambert' });
  await admin.locator('main form button[type=submit]').click();
  await admin.waitForLoadState();
  const password = (await admin.locator('[data-one-time-password]').innerText()).trim();
  assert.match(password, /^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/, 'the one-time password is shown once');
  await expectNoAxeViolations(admin, 'admin-user-created (fr)');

  await admin.locator('main a[href^="/admin/users/"]').first().click();
  await admin.waitForLoadState();
  const accountPath = new URL(admin.url()).pathname;
  await visitInEveryLanguage(admin, accountPath, 'admin-user');
  await admin.locator('#field-role').selectOption('supervisor');
  await admin.locator('main form[action$="' + accountPath.split('/').pop() + '"] button[type=submit]').click();
  await admin.waitForLoadState();
  assert.match(await admin.locator('main').innerText(), /Modifications enregistrées/);
  await visitInEveryLanguage(admin, '/admin/oidc', 'admin-oidc');
  await context.close();

  const workerContext = await newContext(browser, 'fr-BE');
  const worker = await workerContext.newPage();
  await visitInEveryLanguage(worker, '/', 'login-with-cpas-choice');
  await worker.goto(`${fed.baseUrl}/`);
  await worker.locator('#field-institution').selectOption(FOREST.kbo);
  await worker.locator('#field-username').fill('lea.forest');
  await worker.locator('#field-password').fill(password);
  await worker.locator('main form[action="/login"] button[type=submit]').click();
  await worker.waitForURL(`${fed.baseUrl}/profile/password`);
  await visitInEveryLanguage(worker, '/profile/password', 'profile-password');
  await worker.locator('#field-currentPassword').fill(password);
  await worker.locator('#field-newPassword').fill('Lea-choisit-2026');
  await worker.locator('#field-repeatPassword').fill('Lea-choisit-2026');
  await worker.locator('main form button[type=submit]').click();
  await worker.waitForURL(`${fed.baseUrl}/`);
  const me = await fed.api(null, 'POST', '/api/v1/sessions', {
    username: 'lea.forest',
    password: 'Lea-choisit-2026',
    institution: FOREST.kbo,
  });
  assert.equal(me.status, 201);
  assert.equal(me.body.user.role, 'supervisor', 'the role set by the administrator');
  await workerContext.close();
});

test('at a CPAS’s own address the login page names it and asks no choice; a worker of another CPAS cannot log in there', async () => {
  const port = new URL(fed.baseUrl).port;
  const forestUrl = `http://forest.localhost:${port}`;
  const context = await newContext(browser, 'fr-BE');
  const page = await context.newPage();
  await page.goto(`${forestUrl}/login`);
  assert.match(await page.locator('main').innerText(), /Connexion à CPAS de Forest \(DEMO\)/, 'the page names the CPAS of this address');
  assert.equal(await page.locator('[name="institution"]').count(), 0, 'no choice of CPAS at its own address');
  await expectNoAxeViolations(page, 'login at a CPAS’s address');

  // A worker of Gent at Forest's address: refused, in words, and nothing logged in.
  await page.locator('#field-username').fill('pieter.gent');
  await page.locator('#field-password').fill(DEMO_PASSWORD);
  await page.locator('main form[action="/login"] button[type=submit]').click();
  await page.locator('main [role="alert"]').waitFor();
  assert.equal(new URL(page.url()).pathname, '/login', 'still on the login page');

  // Forest's worker logs in with no choice, and the session is Forest's.
  await page.locator('#field-username').fill('marie.forest');
  await page.locator('#field-password').fill(DEMO_PASSWORD);
  await page.locator('main form[action="/login"] button[type=submit]').click();
  await page.waitForURL(`${forestUrl}/`);
  assert.match(await page.locator('header').innerText(), /CPAS de Forest/, 'logged into Forest');
  await context.close();
});
