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
import { FOREST } from '#casework/modules/demo/demo-federation.ts';
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
