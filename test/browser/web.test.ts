/**
 * The worker web application in a real browser (Debian's Chromium, playwright-core), as the issue's
 * acceptance asks: (1) register a person with an invalid then a valid NISS, open a request, fill and
 * sign the report, decide, download the letter; (2) the move scenario: at CPAS de Forest, record the
 * person informed, consult, see Molenbeek's summary labelled "to verify"; (3) a worker cannot open a
 * colleague's file; (4) switching language changes every visible label of the worklist. axe-core
 * finds zero violations on every page visited, in French, Dutch and German; screenshots of the main
 * pages go to test-results/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestFederation, type TestFederation } from '../federation.ts';
import { DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';
import { generateNiss } from '#contracts/niss.ts';
import {
  logIn as logInAs,
  expectNoAxeViolations,
  expectNoUntranslatedKey,
  launchChromium,
  newContext,
  screenshot,
  checkInEveryLanguage as checkEveryLanguage,
  type PageLanguage,
} from './web-harness.ts';

const LANGUAGES = ['fr', 'nl', 'de'] as const;
let fed: TestFederation;
let browser: Browser;

before(async () => {
  fed = await startTestFederation({ providerTimeoutMs: 2_000 });
  await fed.services.relay.flush();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await fed?.close();
});

const logIn = (context: BrowserContext, username: string): Promise<Page> => logInAs(context, fed.baseUrl, username);

const checkInEveryLanguage = (page: Page, name: string, back: PageLanguage = 'fr', shoot = true) =>
  checkEveryLanguage(page, fed.baseUrl, name, { back, shoot });

test('journey 1: register a person (invalid, then valid NISS), open a request, fill and sign the report, decide, download the letter', async () => {
  const context = await newContext(browser, 'fr-BE');
  const page = await logIn(context, 'marie.forest');
  await checkInEveryLanguage(page, 'worklist');
  await page.getByRole('link', { name: 'Personnes' }).click();
  await checkInEveryLanguage(page, 'person-search', 'fr', false);
  await page.getByRole('link', { name: 'Enregistrer une personne' }).click();
  await checkInEveryLanguage(page, 'register-person', 'fr', false);

  // An invalid NISS: the error summary names the field, the field says why, every typed value stays.
  for (const language of LANGUAGES) {
    await context.addCookies([{ name: 'rse_lang', value: language, url: fed.baseUrl }]);
    await page.goto(`${fed.baseUrl}/persons/new`);
    await page.locator('#field-niss').fill('12.34.56-789.01');
    await page.locator('#field-familyName').fill('Testeur');
    await page.locator('#field-givenNames').fill('Anaïs');
    await page.locator('#field-birthDate').fill('1991-05-17');
    await page.locator('main form button[type=submit]').click();
    await page.locator('.error-summary').waitFor();
    assert.equal(await page.locator('.error-summary a').first().getAttribute('href'), '#field-niss');
    assert.equal(await page.locator('#field-niss').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('#field-niss').inputValue(), '12.34.56-789.01');
    assert.equal(await page.locator('#field-familyName').inputValue(), 'Testeur');
    assert.equal(await page.locator('#field-givenNames').inputValue(), 'Anaïs');
    assert.equal(await page.locator('#field-birthDate').inputValue(), '1991-05-17');
    assert.equal(
      await page.evaluate('document.activeElement && document.activeElement.className'),
      'error-summary',
      'the error summary has the focus',
    );
    await expectNoAxeViolations(page, `registration with an invalid NISS (${language})`);
    await screenshot(page, `register-invalid-niss-${language}`);
  }
  await context.addCookies([{ name: 'rse_lang', value: 'fr', url: fed.baseUrl }]);
  await page.goto(`${fed.baseUrl}/persons/new`);
  await page.locator('#field-niss').fill('12.34.56-789.01');
  await page.locator('#field-familyName').fill('Testeur');
  await page.locator('#field-givenNames').fill('Anaïs');
  await page.locator('main form button[type=submit]').click();
  await page.locator('.error-summary').waitFor();
  const niss = generateNiss({ birthDate: '1991-05-17', sequence: 100 + Math.floor(Math.random() * 800) });
  await page.locator('#field-niss').fill(niss);
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL(/\/persons\/[0-9a-f-]{36}\?done=registered$/);
  assert.match(await page.locator('h1').innerText(), /Anaïs Testeur/);
  await checkInEveryLanguage(page, 'person');

  // A new request, with its printable acknowledgement.
  await page.getByRole('link', { name: 'Nouvelle demande d’aide' }).click();
  await checkInEveryLanguage(page, 'new-request', 'fr', false);
  await page.locator('#field-kind').selectOption('ris');
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL(/\/requests\/[0-9a-f-]{36}\/acknowledgement$/);
  const requestId = /\/requests\/([0-9a-f-]{36})\//.exec(page.url())![1]!;
  assert.match(await page.locator('main').innerText(), /\d{4}-\d{6}/);
  await checkInEveryLanguage(page, 'acknowledgement');
  const ackDownload = page.waitForEvent('download');
  await page.locator('a[href$="acknowledgement.pdf?lang=fr"]').click();
  assert.equal((await readFile((await (await ackDownload).path())!)).subarray(0, 5).toString(), '%PDF-');

  // The social report, section by section, then signed.
  await page.goto(`${fed.baseUrl}/requests/${requestId}`);
  await checkInEveryLanguage(page, 'request');
  await page.getByRole('link', { name: 'Rapport social', exact: true }).first().click();
  await checkInEveryLanguage(page, 'report', 'fr', true);
  const fill = async (name: string, value: string) => page.locator(`[name="${name}"]`).fill(value);
  await fill('identification.civilStatus', 'célibataire');
  await fill('identification.householdComposition', 'Personne isolée');
  await fill('request.description', 'Demande de revenu d’intégration.');
  await fill('homeVisit.visitedAt', '2026-01-05');
  await fill('homeVisit.findings', 'Résidence effective constatée.');
  await fill('resources.items.0.kind', 'Aucun revenu');
  await fill('resources.items.0.amount', '0');
  await fill('resources.assessment', 'Pas de ressources.');
  await fill('residualCharacter.otherBenefits', 'Pas de droit au chômage.');
  await fill('willingnessToWork.assessment', 'Inscrite comme demandeuse d’emploi.');
  await fill('situationSummary.text', 'Situation de besoin établie.');
  await fill('proposal.text', 'Octroi du revenu d’intégration au taux isolé.');
  await page.locator('[name="proposal.proposedAidType"]').selectOption('ris');
  await fill('proposal.proposedAmount', '1298,74');
  await page.locator('form[action$="/report"] button[type=submit]').click();
  await page.waitForURL(/\/report\?done=saved$/);
  assert.equal(await page.locator('[name="proposal.proposedAmount"]').inputValue(), '1298,74');
  page.once('dialog', (dialog) => void dialog.accept());
  await page.locator('form[action$="/report/signature"] button[type=submit]').click();
  await page.waitForURL(/\/report\?done=signed$/);
  assert.match(await page.locator('main').innerText(), /Rapport signé le/);
  await checkInEveryLanguage(page, 'report-signed');

  // The decision, then its letter.
  await page.goto(`${fed.baseUrl}/requests/${requestId}`);
  await page.getByRole('link', { name: 'Enregistrer la décision' }).click();
  await checkInEveryLanguage(page, 'decision', 'fr', true);
  await page.getByLabel('octroyée', { exact: true }).check();
  await page.locator('#field-amount').fill('1298,74');
  await page.locator('#field-legalBasis').selectOption('ris-law-2002');
  await page.locator('#field-motivationCategory').selectOption('state-of-need-established');
  await page.locator('#field-motivationText').fill('Vos ressources sont inférieures au montant du revenu d’intégration.');
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL(/\/requests\/[0-9a-f-]{36}\?done=decided$/);
  assert.match(await page.locator('main').innerText(), /octroyée/);
  const letter = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Courrier FR' }).click();
  const pdf = await readFile((await (await letter).path())!);
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-', 'the letter is a PDF');
  await checkInEveryLanguage(page, 'request-decided');
  await context.close();
});

test('journey 2: the move scenario — at CPAS de Forest, record the person informed, consult, and see Molenbeek’s summary labelled to verify', async () => {
  const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;
  const context = await newContext(browser, 'fr-BE');
  const page = await logIn(context, 'marie.forest');
  await page.goto(`${fed.baseUrl}/persons?niss=${nadia.niss}`);
  await page.getByRole('link', { name: `${nadia.givenNames} ${nadia.familyName}` }).click();
  await page.locator('main table a').first().click();
  await page.getByRole('link', { name: 'Consultation RSE (autres CPAS)' }).click();
  await checkInEveryLanguage(page, 'rse', 'fr', true);
  // The first attempt is refused: the person has not been recorded as informed (R33).
  await page.locator('form[action$="/rse"] button[type=submit]').click();
  await page.locator('.error-summary').waitFor();
  assert.match(await page.locator('.error-summary').innerText(), /informée avant de consulter/);
  await expectNoAxeViolations(page, 'consultation refused');
  await page.locator('form[action$="/person-informed"] button[type=submit]').click();
  await page.waitForURL(/\/rse\?done=informed$/);
  await page.locator('form[action$="/rse"] button[type=submit]').click();
  await page.waitForURL(/\/rse\/[0-9a-f-]{36}$/);
  const text = await page.locator('main').innerText();
  assert.match(text, /Information du CPAS de Molenbeek-Saint-Jean \(DEMO\) datée du \d{2}\/\d{2}\/\d{4}, à vérifier/);
  assert.match(text, /Conservée dans ce dossier jusqu’au \d{2}\/\d{2}\/\d{4}/);
  assert.match(text, /Revenu d’intégration sociale \(RIS\)/);
  assert.equal(text.includes('Motivation locale de Molenbeek'), false, 'the free motivation text of Molenbeek reached Forest');
  await checkInEveryLanguage(page, 'rse-summary');
  await page.context().addCookies([{ name: 'rse_lang', value: 'nl', url: fed.baseUrl }]);
  await page.reload();
  assert.match(
    await page.locator('main').innerText(),
    /Informatie van CPAS de Molenbeek-Saint-Jean \(DEMO\) van \d{2}\/\d{2}\/\d{4}, te verifiëren/,
  );
  await context.close();
});

test('journey 3: a worker cannot open a colleague’s file — the page answers "not found", as for a file that does not exist', async () => {
  const luc = await fed.login('luc.forest');
  const thomas = DEMO_PERSONS.find((p) => p.scenario === 'colleague-file')!;
  const person = (await fed.api(luc, 'GET', `/api/v1/persons?niss=${thomas.niss}`)).body.items[0];
  const lucRequest = (await fed.api(luc, 'GET', `/api/v1/aid-requests?personId=${person.id}`)).body.items[0];
  const context = await newContext(browser, 'fr-BE');
  const page = await logIn(context, 'marie.forest');
  for (const path of [
    `/requests/${lucRequest.id}`,
    `/requests/${lucRequest.id}/report`,
    `/requests/${lucRequest.id}/notes`,
    `/requests/${lucRequest.id}/rse`,
  ]) {
    const response = await page.goto(`${fed.baseUrl}${path}`);
    assert.equal(response?.status(), 404, path);
    assert.equal(await page.locator('h1').innerText(), 'Page introuvable');
    assert.equal((await page.locator('main').innerText()).includes(thomas.familyName), false, 'the colleague’s file leaked its person');
  }
  await checkInEveryLanguage(page, 'colleague-file-refused');
  // The person page lists none of the colleague's requests.
  await page.goto(`${fed.baseUrl}/persons/${person.id}`);
  assert.match(await page.locator('main').innerText(), /Aucune demande d’aide de cette personne ne vous est accessible/);
  await context.close();
});

test('journey 4: switching language changes every visible label of the worklist, leaves no untranslated key, and is remembered', async () => {
  const context = await newContext(browser, 'fr-BE');
  const page = await logIn(context, 'marie.forest');
  const LABELS =
    'h1, th, caption, .site-nav a, .site-header__name, .banner, .site-footer p, .skip-link, .tag, main td:nth-child(2), main td:nth-child(3), main td:nth-child(5), button[type=submit]:not(.language-switch__button), .visually-hidden';
  const labelsOf = async () =>
    page
      .locator(LABELS)
      .evaluateAll((nodes) => nodes.map((node) => (node as unknown as { textContent: string }).textContent.replace(/\s+/g, ' ').trim()));
  const seen = new Map<string, string[]>();
  for (const language of ['fr', 'nl', 'de'] as const) {
    if (language !== 'fr') {
      await page.locator(`.language-switch button[value="${language}"]`).click();
      await page.waitForLoadState('load');
    }
    assert.equal(await page.locator('html').getAttribute('lang'), language);
    assert.equal(await page.locator(`.language-switch button[value="${language}"]`).getAttribute('aria-pressed'), 'true');
    await expectNoUntranslatedKey(page, `worklist (${language})`);
    await expectNoAxeViolations(page, `worklist after switching to ${language}`);
    await screenshot(page, `worklist-switched-${language}`);
    const labels = await labelsOf();
    assert.ok(labels.length > 15, `only ${labels.length} labels found`);
    for (const [other, previous] of seen) {
      assert.equal(labels.length, previous.length, `${language} and ${other} show the same labels`);
      labels.forEach((label, index) =>
        assert.notEqual(label, previous[index], `label ${index} is "${label}" in both ${other} and ${language}`),
      );
    }
    seen.set(language, labels);
  }
  // Remembered: a new browser preferring French, after logging in, shows German (the profile's choice).
  await context.close();
  const fresh = await newContext(browser, 'fr-BE');
  const again = await logIn(fresh, 'marie.forest');
  assert.equal(await again.locator('html').getAttribute('lang'), 'de');
  assert.equal(await again.locator('h1').innerText(), 'Meine Arbeitsliste');
  await fresh.close();
});
