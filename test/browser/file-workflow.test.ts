/**
 * The file's workflow pages in a real browser (Debian's Chromium, playwright-core): on Fatou Diallo's
 * demo file, a worker records a home visit (and finds it in the social report), closes a hearing as held,
 * evaluates the PIIS, uploads a PDF (and sees an executable refused), records a sharing under the four
 * conditions; the supervisor gives and revokes a temporary access. axe-core finds zero violations on every
 * page in French, Dutch and German; screenshots go to test-results/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startTestFederation, type TestFederation } from '../federation.ts';
import { FOREST } from '#casework/modules/demo/demo-federation.ts';
import { logIn, expectNoAxeViolations, launchChromium, newContext, visitInEveryLanguage as visitEveryLanguage } from './web-harness.ts';

let fed: TestFederation;
let browser: Browser;
let requestId: string;

before(async () => {
  fed = await startTestFederation({ providerTimeoutMs: 2_000 });
  browser = await launchChromium();
  requestId = (await fed.tenants
    .byKbo(FOREST.kbo)!
    .db.one<{ id: string }>(`SELECT r.id FROM aid_requests r JOIN persons p ON p.id = r.person_id WHERE p.family_name = 'Diallo'`))!.id;
});
after(async () => {
  await browser?.close();
  await fed?.close();
});

const visitInEveryLanguage = (page: Page, url: string, name: string) => visitEveryLanguage(page, fed.baseUrl, url, `file-workflow-${name}`);

const main = (page: Page) => page.locator('main').innerText();

test('a worker’s file: visit, hearing, PIIS, document upload and a sharing, every page accessible in FR/NL/DE', async (t) => {
  const context = await newContext(browser, 'fr-BE');
  const page = await logIn(context, fed.baseUrl, 'marie.forest');
  const file = `/requests/${requestId}`;

  // The request page links every workflow page.
  await page.goto(`${fed.baseUrl}${file}`);
  for (const tail of ['documents', 'home-visits', 'hearings', 'piis', 'secrecy', 'access'])
    assert.equal(await page.locator(`main a[href="${file}/${tail}"]`).count(), 1, `link to ${tail}`);

  // Home visit: recorded on its page, then shown in the social report without a second entry.
  await visitInEveryLanguage(page, `${file}/home-visits`, 'home-visits');
  assert.match(await main(page), /Studio de 25 m²/, 'the seeded visit is listed');
  await page.locator('#field-findings').fill('Deuxième visite : situation inchangée.');
  await page.locator(`main form[action="${file}/home-visits"] button[type=submit]`).click();
  await page.waitForURL(/home-visits\?done=1/);
  assert.match(await main(page), /Deuxième visite : situation inchangée\./);
  await page.goto(`${fed.baseUrl}${file}/report`);
  assert.equal(
    await page.locator('[name="homeVisit.findings"]').inputValue(),
    'Deuxième visite : situation inchangée.',
    'the report shows the visit',
  );

  // Hearing: the seeded one is held, with its minutes; an empty form first shows its errors.
  await visitInEveryLanguage(page, `${file}/hearings`, 'hearings');
  const held = page.locator('main form[action$="/held"]').first();
  await held.locator('input[name="heldAt"]').fill('');
  await held.locator('button[type=submit]').click();
  await page.waitForLoadState();
  assert.ok((await page.locator('.error-summary').count()) === 1, 'the error summary lists the missing fields');
  await expectNoAxeViolations(page, 'hearing form with errors');
  const again = page.locator('main form[action$="/held"]').first();
  await again.locator('input[name="heldAt"]').fill(new Date().toISOString().slice(0, 10));
  await again.locator('input[name="attendees"]').fill('Comité spécial, Mme Diallo');
  await again.locator('textarea[name="minutesSummary"]').fill('Mme Diallo explique son horaire de cours.');
  await again.locator('button[type=submit]').click();
  await page.waitForURL(/hearings\?done=1/);
  assert.match(await main(page), /Mme Diallo explique son horaire de cours\./);

  // PIIS: an evaluation.
  await visitInEveryLanguage(page, `${file}/piis`, 'piis');
  assert.match(await main(page), /Réussir la première année/, 'the objectives are listed');
  await page.locator('#field-outcome-1').check();
  await page.locator('main form[action$="/piis/evaluations"] textarea[name="summary"]').fill('Premiers examens réussis.');
  await page.locator('main form[action$="/piis/evaluations"] button[type=submit]').click();
  await page.waitForURL(/piis\?done=1/);
  assert.match(await main(page), /Premiers examens réussis\./);

  // Document: an executable is refused on its field; a PDF is filed and downloaded.
  await visitInEveryLanguage(page, `${file}/documents`, 'documents');
  const dir = await mkdtemp(path.join(os.tmpdir(), 'rse-upload-'));
  // The files to upload (one of 7.5 MB) are the test's own: removed when it ends, passed or failed.
  t.after(() => rm(dir, { recursive: true, force: true }));
  const exe = path.join(dir, 'facture.pdf');
  await writeFile(exe, Buffer.from('MZ\x90\x00This program cannot be run in DOS mode', 'latin1'));
  const pdf = path.join(dir, 'fiche-de-paie.pdf');
  await writeFile(pdf, Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1'));
  const fill = async (title: string, upload: string) => {
    await page.locator('#field-title').fill(title);
    await page.locator('#field-type').selectOption('payslip');
    await page.locator('#field-file').setInputFiles(upload);
    await page.locator(`main form[action="${file}/documents"] button[type=submit]`).click();
    await page.waitForLoadState();
  };
  await fill('Facture', exe);
  assert.match(await page.locator('.error-summary').innerText(), /exécutable/, 'the executable is refused');
  await expectNoAxeViolations(page, 'document upload refused');
  const big = path.join(dir, 'scan.pdf');
  await writeFile(big, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(7.5 * 1024 * 1024, 0x20)]));
  await fill('Scan trop lourd', big);
  assert.match(await page.locator('.error-summary').innerText(), /dépasse 6 Mo/, 'a file over the limit comes back with a message');
  await fill('Fiche de paie de janvier', pdf);
  await page.waitForURL(/documents\?done=1/);
  assert.match(await main(page), /Fiche de paie de janvier/);
  const download = page.waitForEvent('download');
  await page.locator('main a[download]', { hasText: 'Télécharger' }).first().click();
  assert.ok((await (await download).path()) !== null, 'the document downloads');

  // Shared secrecy: without the four conditions nothing is recorded; with them, it is.
  await visitInEveryLanguage(page, `${file}/secrecy`, 'secrecy');
  await page.locator('#field-recipientName').fill('Jan Peeters');
  await page.locator('#field-recipientOrganisation').fill('Centrum Algemeen Welzijnswerk DEMO');
  await page.locator('#field-recipientProfession').fill('maatschappelijk werker');
  await page.locator('#field-personInformedMethod-first').check();
  await page.locator('#field-commonMission').fill('Zoeken naar een betaalbare woning');
  await page.locator('#field-items-housing-situation').check();
  await page.locator('main form[action$="/secrecy"] button[type=submit]').click();
  await page.waitForLoadState();
  assert.match(await page.locator('.error-summary').innerText(), /secret strict/, 'a missing condition keeps strict secrecy');
  await expectNoAxeViolations(page, 'secrecy refused');
  await page.locator('#field-personAgrees').check();
  await page.locator('#field-recipientBoundBySecrecy').check();
  await page.locator('#field-onlyNecessary').check();
  await page.locator('main form[action$="/secrecy"] button[type=submit]').click();
  await page.waitForURL(/secrecy\?done=1/);
  assert.match(await main(page), /Jan Peeters/);
  await context.close();
});

test('a supervisor gives a colleague temporary access with a reason, sees it on the file, and revokes it', async () => {
  const context = await newContext(browser, 'fr-BE');
  const page = await logIn(context, fed.baseUrl, 'sophie.forest');
  const file = `/requests/${requestId}`;
  await visitInEveryLanguage(page, `${file}/access`, 'access');
  await page.locator('#field-userId').selectOption({ label: 'Luc Janssens' });
  await page.locator('#field-reason').fill('Avis de Luc sur le dossier logement');
  await page.locator('main form[action$="/access"] button[type=submit]').click();
  await page.waitForURL(/access\?done=1/);
  await page.goto(`${fed.baseUrl}${file}`);
  assert.match(await main(page), /Avis de Luc sur le dossier logement/, 'the file shows the access in force');
  await page.goto(`${fed.baseUrl}${file}/access`);
  await page.locator('main form[action*="/revoke"] button').click();
  await page.waitForURL(/access\?done=1/);
  assert.match(await main(page), /Retiré par Sophie Lambert/);
  await context.close();
});
