/**
 * Decide and revise in a real browser (Debian's Chromium, playwright-core): the secretary plans a
 * committee session, puts a signed report on its agenda, records the attendance and the session's
 * decision; the committee member reads the agenda. axe-core finds zero violations on every page, in
 * French, Dutch and German; screenshots go to test-results/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { generateNiss } from '#contracts/niss.ts';
import { DEMO_PASSWORD } from '#casework/modules/demo/demo-federation.ts';
import { startTestFederation, type TestFederation } from '../federation.ts';
import { logIn as logInAs, launchChromium, newContext, screenshot, visitInEveryLanguage as visitEveryLanguage } from './web-harness.ts';

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

/** A request of a new person at Forest with its social report signed by Marie (through the API: not the journey under test). */
async function signedRequest(familyName: string): Promise<string> {
  const marie = await fed.login('marie.forest');
  const niss = generateNiss({ birthDate: '1984-03-09', sequence: 600 + Math.floor(Math.random() * 300) });
  const person = await fed.api(marie, 'POST', '/api/v1/persons', { niss, familyName, givenNames: 'Lina', language: 'fr' });
  const request = await fed.api(marie, 'POST', '/api/v1/aid-requests', {
    personId: person.body.id,
    kind: 'ris',
    receivedAt: new Date().toISOString(),
  });
  const sections = {
    identification: { civilStatus: 'isolée', householdComposition: 'seule', residenceStatus: 'registre de la population' },
    request: { description: 'Demande de revenu d’intégration' },
    homeVisit: { visitedAt: new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10), findings: 'Résidence effective constatée' },
    resources: { items: [{ holder: 'applicant', kind: 'aucun revenu', monthlyAmountCents: 0 }] },
    residualCharacter: { otherBenefits: 'aucune', maintenanceDebtors: 'aucun' },
    willingnessToWork: { assessment: 'inscrite chez Actiris' },
    situationSummary: { text: 'État de besoin' },
    proposal: { text: 'Octroi du RIS au taux isolé' },
  };
  assert.equal((await fed.api(marie, 'PUT', `/api/v1/aid-requests/${request.body.id}/social-report`, { sections })).status, 200);
  assert.equal((await fed.api(marie, 'POST', `/api/v1/aid-requests/${request.body.id}/social-report/signature`)).status, 201);
  return request.body.id;
}

test('a committee session: the secretary plans it, sets the agenda, records the attendance and the decision; the member reads the agenda', async () => {
  const requestId = await signedRequest('Séance');
  const context = await newContext(browser, 'fr-BE');
  const sophie = await logIn(context, 'sophie.forest');

  await visitInEveryLanguage(sophie, '/committee', 'committee-list');
  await visitInEveryLanguage(sophie, '/committee/new', 'committee-new');
  await sophie.goto(`${fed.baseUrl}/committee/new`);
  await sophie.locator('#field-place').fill('Salle du conseil');
  await sophie.locator('main form button[type=submit]').click();
  await sophie.waitForURL(/\/committee\/[0-9a-f-]{36}\?done=planned/);
  const sessionPath = new URL(sophie.url()).pathname;
  assert.match(await sophie.locator('main').innerText(), /Séance planifiée/);

  // The agenda: the signed report is offered; put it on.
  await sophie.locator('#field-requestId').selectOption(requestId);
  await sophie.locator(`main form[action="${sessionPath}/agenda"] button[type=submit]`).click();
  await sophie.waitForURL(/done=added/);
  assert.match(await sophie.locator('main table').last().innerText(), /Lina Séance/);

  // The attendance, then the decision of the item.
  await sophie.locator('#field-attendance-0-first').check();
  await sophie.locator(`main form[action="${sessionPath}/attendance"] button[type=submit]`).click();
  await sophie.waitForURL(/done=attendance/);
  assert.match(await sophie.locator('main').innerText(), /Quorum atteint/);
  await visitInEveryLanguage(sophie, sessionPath, 'committee-session');
  await visitInEveryLanguage(sophie, `${sessionPath}/items/${requestId}/decision`, 'committee-decision');

  await sophie.goto(`${fed.baseUrl}${sessionPath}/items/${requestId}/decision`);
  await sophie.locator('#field-outcome-first').check();
  await sophie.locator('#field-amount').fill('1 298,74');
  await sophie.locator('#field-legalBasis').selectOption('ris-law-2002');
  await sophie.locator('#field-motivationCategory').selectOption('state-of-need-established');
  await sophie.locator('#field-motivationText').fill('Le comité constate l’état de besoin.');
  await sophie.locator('main form button[type=submit]').click();
  await sophie.waitForURL(/done=decided/);
  assert.match(await sophie.locator('main').innerText(), /Décision D-\d{4}-\d{6} : Octroyée|Décision D-\d{4}-\d{6}/);
  await screenshot(sophie, 'committee-session-decided-fr');

  // Closing: the session is closed and its decision stays on its agenda.
  await sophie.locator(`main form[action="${sessionPath}/close"] button[type=submit]`).click();
  await sophie.waitForURL(/done=closed/);
  assert.match(await sophie.locator('main').innerText(), /Clôturée/);
  await context.close();

  // The member: the agenda of the upcoming demo session, and its report, read-only.
  const memberContext = await newContext(browser, 'fr-BE');
  // A member's home is the agenda: log in by hand and wait for it.
  const karim = await memberContext.newPage();
  await karim.goto(`${fed.baseUrl}/`);
  await karim.locator('#field-username').fill('karim.forest');
  await karim.locator('#field-password').fill(DEMO_PASSWORD);
  await karim.locator('main form[action="/login"] button[type=submit]').click();
  await karim.waitForURL(`${fed.baseUrl}/agenda`);
  await visitInEveryLanguage(karim, '/agenda', 'agenda');
  await visitInEveryLanguage(karim, '/committee', 'committee-member-list');
  await karim.goto(`${fed.baseUrl}/agenda`);
  // Today's session (just decided) and the upcoming demo session are both readable until their access lapses.
  assert.match(await karim.locator('main table').innerText(), /Lina Séance[\s\S]*Julie Mertens/);
  await karim.locator('main a[href^="/agenda/"]', { hasText: 'Julie Mertens' }).click();
  await karim.waitForURL(/\/agenda\/[0-9a-f-]{36}$/);
  assert.match(await karim.locator('main h1').innerText(), /Rapport social : Julie Mertens/);
  assert.equal(await karim.locator('main form').count(), 0, 'the member gets no form');
  await memberContext.close();
});

test('a revision: the worker opens a running aid, suspends it for a month; the decision, appeal and correction pages pass axe', async () => {
  const marie = await fed.login('marie.forest');
  const sophie = await fed.login('sophie.forest');
  const sessions = await fed.api(sophie, 'GET', '/api/v1/committee-sessions');
  const closed = sessions.body.items.find((s: { status: string; decidedCount: number }) => s.status === 'closed' && s.decidedCount === 2);
  const detail = await fed.api(sophie, 'GET', `/api/v1/committee-sessions/${closed.id}`);
  const amina = detail.body.items.find((i: { decision: { outcome: string } }) => i.decision.outcome === 'granted');
  const lukasz = detail.body.items.find((i: { decision: { outcome: string } }) => i.decision.outcome === 'refused');
  assert.ok(amina && lukasz, 'the demo session decided Amina’s and Łukasz’s requests');

  const context = await newContext(browser, 'fr-BE');
  const page = await logIn(context, 'marie.forest');
  await page.goto(`${fed.baseUrl}/requests/${amina.requestId}`);
  await page.locator(`main a[href="/requests/${amina.requestId}/decisions/${amina.decision.id}"]`).click();
  await page.waitForURL(new RegExp(`/decisions/${amina.decision.id}$`));
  assert.match(await page.locator('main').innerText(), /Famille à charge[\s\S]*Révision/);
  const decisionPath = `/requests/${amina.requestId}/decisions/${amina.decision.id}`;
  await visitInEveryLanguage(page, decisionPath, 'decision');
  await visitInEveryLanguage(page, `${decisionPath}/change`, 'decision-change');

  // The revision of two days ago takes effect in five days: suspend it for a month from that day.
  const revision = (await fed.api(marie, 'GET', `/api/v1/decisions/${amina.decision.id}`)).body.changes[0];
  const revisionPath = `/requests/${amina.requestId}/decisions/${revision.id}`;
  await page.goto(`${fed.baseUrl}${revisionPath}`);
  assert.match(await page.locator('main').innerText(), /L’aide est en cours/);
  await page.locator(`main a[href="${revisionPath}/change"]`).click();
  const start = revision.period.from as string;
  const inAMonth = new Date(Date.parse(`${start}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  await page.locator('#field-kind-1').check();
  await page.locator('#field-effectiveFrom').fill(start);
  await page.locator('#field-until').fill(inAMonth);
  await page.locator('#field-motivationCategory').selectOption('willingness-to-work-not-shown');
  await page.locator('#field-motivationText').fill('Absences répétées à la formation prévue par le PIIS.');
  await page.locator('main form button[type=submit]').click();
  await page.waitForURL(/\/decisions\/[0-9a-f-]{36}\?done=changed$/);
  assert.match(await page.locator('main').innerText(), /Décision enregistrée[\s\S]*Suspension/);
  await screenshot(page, 'decision-suspension-fr');

  // Łukasz's refusal: its appeals (one decided, one pending) and the correction form.
  await visitInEveryLanguage(page, `/requests/${lukasz.requestId}/appeals`, 'appeals');
  await visitInEveryLanguage(page, `/requests/${lukasz.requestId}/decisions/${lukasz.decision.id}/correction`, 'decision-correction');
  await visitInEveryLanguage(
    page,
    `/requests/${lukasz.requestId}/decisions/${lukasz.decision.id}/notification/correct`,
    'notification-correction',
  );
  await page.goto(`${fed.baseUrl}/requests/${lukasz.requestId}/appeals`);
  assert.match(await page.locator('main').innerText(), /Décision confirmée[\s\S]*En cours/);
  await context.close();
});
