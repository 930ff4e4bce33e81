/**
 * The file's exchanges in a real browser (issue 11, items 3 and 5): a transfer between two demo CPAS
 * (Forest transfers, Molenbeek finds it among its transfers received and accepts it), a person's
 * statement read and answered, the withholding of a summary. axe-core finds no violation on each
 * page, in French, Dutch and German.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startTestFederation, type TestFederation } from '../federation.ts';
import { DEMO_PERSONS, MOLENBEEK } from '#casework/modules/demo/demo-federation.ts';
import { generateNiss } from '#contracts/niss.ts';
import { launchChromium, logIn, newContext, checkInEveryLanguage as checkEveryLanguage } from './web-harness.ts';

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

const checkInEveryLanguage = (page: Page, name: string) => checkEveryLanguage(page, fed.baseUrl, name);

test('a transfer between two demo CPAS: Forest transfers within five days, Molenbeek accepts, Forest sees the answer', async () => {
  const marieToken = await fed.login('marie.forest');
  const niss = generateNiss({ birthDate: '1993-02-11', sequence: 715 });
  const person = await fed.api(marieToken, 'POST', '/api/v1/persons', {
    niss,
    familyName: 'Navigateur',
    givenNames: 'Inès',
    birthDate: '1993-02-11',
    language: 'fr',
  });
  const request = await fed.api(marieToken, 'POST', '/api/v1/aid-requests', {
    personId: person.body.id,
    kind: 'ris',
    receivedAt: new Date(Date.now() - 86_400_000).toISOString(),
  });
  const requestId = request.body.id as string;

  const forest = await logIn(await newContext(browser, 'fr-BE'), fed.baseUrl, 'marie.forest');
  await forest.goto(`${fed.baseUrl}/requests/${requestId}`);
  await forest.getByRole('link', { name: 'Transmettre au CPAS compétent' }).click();
  await checkInEveryLanguage(forest, 'transfer-form');
  await forest.locator('#field-toKbo').selectOption(MOLENBEEK.kbo);
  await forest.locator('#field-reason').fill('Domicile à Molenbeek-Saint-Jean depuis février.');
  await forest.locator('main form button[type=submit]').click();
  await forest.getByText('La demande a été transmise').waitFor();
  assert.ok(await forest.getByText('Envoyée, en attente de la réponse du CPAS').isVisible(), 'sent through the hub');
  await checkInEveryLanguage(forest, 'transfer-done');
  const letter = await forest.request.get(`${fed.baseUrl}/requests/${requestId}/transfer/notice.pdf?lang=de`);
  assert.equal(letter.status(), 200);
  assert.equal(letter.headers()['content-type'], 'application/pdf');

  await fed.services.relay.flush();
  await fed.hub.transfers.deliverDue();

  const molenbeek = await logIn(await newContext(browser, 'fr-BE'), fed.baseUrl, 'sarah.molenbeek');
  assert.match(await molenbeek.locator('main').innerText(), /attend\(ent\) votre réponse sur la compétence/, 'on the worklist');
  await molenbeek.getByRole('link', { name: 'Voir les transmissions reçues' }).click();
  await checkInEveryLanguage(molenbeek, 'incoming-transfers');
  await molenbeek.getByRole('link', { name: 'Inès Navigateur' }).click();
  await checkInEveryLanguage(molenbeek, 'incoming-transfer');
  await molenbeek.getByRole('button', { name: 'Accepter et ouvrir la demande' }).click();
  await molenbeek.getByText('Transmission acceptée : la demande est ouverte.').waitFor();
  await molenbeek.getByRole('link', { name: 'Ouvrir la demande' }).click();
  await molenbeek.getByRole('heading', { level: 1 }).waitFor();
  assert.match(await molenbeek.locator('main').innerText(), /Inès Navigateur/);

  await fed.services.relay.flush();
  await fed.hub.transfers.deliverDue();
  await forest.goto(`${fed.baseUrl}/requests/${requestId}/transfer`);
  await forest.getByText('Acceptée : le CPAS se reconnaît compétent').waitFor();
  await forest.goto(`${fed.baseUrl}/`);
  assert.match(await forest.locator('main').innerText(), /Transmission acceptée par le CPAS compétent/, 'the answer on the worklist');
});

test('the person’s statement is read in full and answered; the summary is withheld with a reason', async () => {
  const marieToken = await fed.login('marie.forest');
  const jean = DEMO_PERSONS.find((p) => p.key === 'jean')!;
  const found = await fed.api(marieToken, 'GET', `/api/v1/persons?niss=${jean.niss}`);
  const requests = await fed.api(marieToken, 'GET', `/api/v1/aid-requests?personId=${found.body.items[0].id}`);
  const requestId = requests.body.items[0].id as string;

  const page = await logIn(await newContext(browser, 'fr-BE'), fed.baseUrl, 'marie.forest');
  assert.match(await page.locator('main').innerText(), /Déclaration de la personne à lire/, 'the worklist says it in words');
  await page.goto(`${fed.baseUrl}/requests/${requestId}`);
  await page.getByRole('link', { name: 'Déclarations et contestations de la personne' }).click();
  await checkInEveryLanguage(page, 'person-requests');
  assert.match(await page.locator('main').innerText(), /mon fils habite chez moi depuis mars/, 'the person’s words in full');
  await page.locator('main form[action$="/reply"] textarea[name=reply]').fill('Merci, nous en tiendrons compte lors de la révision.');
  await page.locator('main form[action$="/reply"] button[type=submit]').click();
  await page.getByText('Réponse enregistrée ; la déclaration est traitée.').waitFor();
  assert.match(await page.locator('main').innerText(), /Merci, nous en tiendrons compte/);
  await checkInEveryLanguage(page, 'person-requests-answered');

  await page.goto(`${fed.baseUrl}/requests/${requestId}`);
  await page.getByRole('link', { name: 'Partage du résumé avec les autres CPAS' }).click();
  await checkInEveryLanguage(page, 'withholding');
  await page.getByLabel('protection d’une victime').check();
  await page.locator('#field-note').fill('Mesure de protection en cours.');
  await page.locator('main form[action$="/withholding"] button[type=submit]').click();
  await page.getByText('Le résumé de cette personne n’est plus communiqué.').waitFor();
  await checkInEveryLanguage(page, 'withholding-set');
});

test('a decision received from another CPAS is attached to the file with a justification', async () => {
  const marieToken = await fed.login('marie.forest');
  const nadia = DEMO_PERSONS.find((p) => p.key === 'nadia')!;
  const found = await fed.api(marieToken, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
  const requests = await fed.api(marieToken, 'GET', `/api/v1/aid-requests?personId=${found.body.items[0].id}`);
  const requestId = requests.body.items[0].id as string;
  await fed.api(marieToken, 'POST', `/api/v1/aid-requests/${requestId}/person-informed`, {
    informedAt: new Date().toISOString(),
    method: 'in-person',
  });
  const consulted = await fed.api(marieToken, 'POST', `/api/v1/aid-requests/${requestId}/rse-consultations`, {
    purpose: 'social-investigation',
  });
  assert.equal(consulted.status, 201, consulted.text);

  const page = await logIn(await newContext(browser, 'fr-BE'), fed.baseUrl, 'marie.forest');
  await page.goto(`${fed.baseUrl}/requests/${requestId}/rse/${consulted.body.id}`);
  await page.getByRole('link', { name: 'Joindre un élément reçu au dossier social' }).click();
  await checkInEveryLanguage(page, 'attach-item');
  await page.locator('main textarea[name=justification]').first().fill('Montant accordé à Molenbeek, utile pour la période de transition.');
  await page.locator('main form[action$="/attach"] button[type=submit]').first().click();
  await page.getByText('L’élément est joint au dossier social.').waitFor();
  assert.match(await page.locator('main').innerText(), /à vérifier/, 'kept as information to verify (R34)');
  await checkInEveryLanguage(page, 'attached-items');
});
