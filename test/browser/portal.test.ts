/**
 * The citizen portal in a real browser (Debian's Chromium through playwright-core): the person's
 * journeys in French, Dutch and German, on a phone-sized screen and a desktop one, with axe-core
 * finding zero accessibility violations (WCAG 2.1 A and AA rules) on every page visited.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startTestFederation, type TestFederation } from '../federation.ts';
import { DEMO_PERSONS, FOREST } from '#casework/modules/demo/demo-federation.ts';
import { expectNoAxeViolations, launchChromium, newContext } from './web-harness.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;

let fed: TestFederation;
let browser: Browser;
let marie: string;
let nadiaRequestId: string;

async function openPage(viewport: { width: number; height: number }): Promise<Page> {
  // bypassCSP only lets the test inject axe-core; the portal itself runs no script at all.
  const context = await newContext(browser, 'fr-BE', viewport);
  return context.newPage();
}

/** axe-core on the current page (WCAG 2.0/2.1 A and AA rules, zero violations allowed), and no sideways scrolling. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  await expectNoAxeViolations(page, where);
  const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
  assert.ok(overflow <= 0, `${where} scrolls sideways by ${overflow}px`);
}

before(async () => {
  fed = await startTestFederation({ providerTimeoutMs: 2_000 });
  marie = await fed.login('marie.forest');
  const person = await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
  nadiaRequestId = (await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${person.body.items[0].id}`)).body.items[0].id;
  await fed.services.relay.flush();
  await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/person-informed`, {
    informedAt: new Date().toISOString(),
    method: 'in-person',
  });
  assert.equal(
    (await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`, { purpose: 'social-investigation' })).status,
    201,
  );
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await fed?.close();
});

describe('the accessibility check itself', () => {
  test('axe-core finds a violation on a page that has one, so a clean result means something', async () => {
    const page = await openPage(PHONE);
    await page.setContent(
      '<!doctype html><html lang="fr"><head><title>x</title></head><body><main><input type="text"></main></body></html>',
    );
    await assert.rejects(expectAccessible(page, 'a page with an unlabelled field'), /label/);
    await page.context().close();
  });
});

describe('the person’s journeys', () => {
  test('on a phone, in French: log in, see who asked with every line verified, and add a statement to a decision', async () => {
    const page = await openPage(PHONE);
    await page.goto(`${fed.baseUrl}/portal/?lang=fr`);
    await expectAccessible(page, 'the login page (fr, phone)');
    await page.getByRole('button', { name: /Entrer comme Nadia El Amrani/ }).click();
    await page.waitForURL(/\/portal\/exchanges/);
    await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Qui a consulté mes informations' }).waitFor());
    assert.match(
      await page.locator('main').innerText(),
      /CPAS de Molenbeek-Saint-Jean \(DEMO\) a répondu à CPAS de Forest \(DEMO\) : informations envoyées\./,
    );
    assert.match(await page.getByRole('status').innerText(), /Les \d+ échanges sont vérifiés\./);
    assert.equal(await page.locator('.badge.bad').count(), 0);
    await expectAccessible(page, 'the exchanges page (fr, phone)');

    await page.getByRole('link', { name: 'Ce que les CPAS partagent' }).click();
    await page.waitForURL(/\/portal\/summaries/);
    await expectAccessible(page, 'the summaries page (fr, phone)');
    await page.getByText('Ajouter ma déclaration à cette décision').first().click();
    await page.getByLabel('Ma déclaration').first().fill('DEMO — Depuis mars je travaille à mi-temps.');
    await page.getByRole('button', { name: 'Envoyer ma déclaration' }).first().click();
    await page.waitForURL(/done=statement/);
    assert.match(await page.getByRole('status').innerText(), /Votre déclaration a été envoyée au CPAS/);
    assert.match(await page.locator('main').innerText(), /Depuis mars je travaille à mi-temps\./);
    await expectAccessible(page, 'the summaries page after a statement (fr, phone)');
    await page.context().close();
  });

  test('on a desktop, in Dutch: log in by national number, contest a decision, and see it marked contested', async () => {
    const page = await openPage(DESKTOP);
    await page.goto(`${fed.baseUrl}/portal/`);
    await page.getByRole('link', { name: 'NL' }).click();
    await assert.doesNotReject(page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor());
    await page.getByLabel('Rijksregisternummer (INSZ)').fill(nadia.niss);
    await page.getByRole('button', { name: 'Aanmelden', exact: true }).click();
    await page.waitForURL(/\/portal\/exchanges/);
    await expectAccessible(page, 'the exchanges page (nl, desktop)');
    await page.getByRole('link', { name: 'Wat de OCMW’s delen' }).click();
    await page.getByText('Deze beslissing betwisten').first().click();
    await page.getByLabel('Wat volgens mij niet klopt').first().fill('DEMO — De periode klopt niet.');
    await page.getByRole('button', { name: 'Mijn betwisting versturen' }).first().click();
    await page.waitForURL(/done=contest/);
    assert.match(await page.getByRole('status').innerText(), /Uw betwisting is naar het OCMW verstuurd/);
    assert.match(await page.locator('main').innerText(), /door u betwist/);
    await expectAccessible(page, 'the summaries page after a contest (nl, desktop)');
    await page.context().close();
  });

  test('on a phone, in German: the CPAS’s answer to the statement and the outcome of the contest, in words', async () => {
    const sarah = await fed.login('sarah.molenbeek');
    const person = await fed.api(sarah, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
    for (const request of (await fed.api(sarah, 'GET', `/api/v1/aid-requests?personId=${person.body.items[0].id}`)).body.items) {
      const list = await fed.api(sarah, 'GET', `/api/v1/aid-requests/${request.id}/person-requests`);
      for (const statement of list.body.statements ?? [])
        if (statement.status === 'received')
          await fed.api(sarah, 'POST', `/api/v1/aid-requests/${request.id}/person-statements/${statement.id}/reply`, {
            reply: 'DEMO — Danke, Ihre Erklärung ist der Entscheidung beigefügt.',
          });
      for (const contest of list.body.contests ?? [])
        if (contest.status === 'received')
          await fed.api(sarah, 'POST', `/api/v1/aid-requests/${request.id}/person-contests/${contest.id}/outcome`, {
            outcome: 'rejected',
            motivation: 'DEMO — Der Zeitraum ist richtig.',
          });
    }
    await fed.services.relay.flush();
    const page = await openPage(PHONE);
    await page.goto(`${fed.baseUrl}/portal/?lang=de`);
    await page.getByRole('button', { name: /Anmelden als Nadia El Amrani/ }).click();
    await page.waitForURL(/\/portal\/exchanges/);
    await page.goto(`${fed.baseUrl}/portal/summaries?lang=de`);
    const main = await page.locator('main').innerText();
    assert.match(main, /Antwort von CPAS de Molenbeek-Saint-Jean \(DEMO\) auf meine Erklärung/);
    assert.match(main, /Ihre Erklärung ist der Entscheidung beigefügt/);
    assert.match(main, /die Anfechtung wird nicht angenommen, die Entscheidung bleibt unverändert/);
    await expectAccessible(page, 'the summaries page with the answers (de, phone)');
    await page.context().close();
  });

  test('on a phone, in German: block a CPAS, and see its next consultation refused in the list of exchanges', async () => {
    const page = await openPage(PHONE);
    await page.goto(`${fed.baseUrl}/portal/?lang=de`);
    await page.getByRole('button', { name: /Anmelden als Nadia El Amrani/ }).click();
    await page.waitForURL(/\/portal\/exchanges/);
    await page.getByRole('link', { name: 'Ein ÖSHZ sperren' }).click();
    await expectAccessible(page, 'the blocks page (de, phone)');
    await page.getByLabel('Welches ÖSHZ?').selectOption(FOREST.kbo);
    await page.getByLabel(/Warum\?/).fill('DEMO — Ich möchte nicht, dass Forest meine Daten erhält.');
    await page.getByRole('button', { name: 'Dieses ÖSHZ sperren' }).click();
    await page.waitForURL(/done=block/);
    assert.match(await page.getByRole('status').innerText(), /Dieses ÖSHZ erhält Ihre Zusammenfassung nicht mehr/);
    assert.match(await page.locator('main').innerText(), /CPAS de Forest \(DEMO\) — gesperrt seit/);
    await expectAccessible(page, 'the blocks page after a block (de, phone)');

    const refused = await fed.api(marie, 'POST', `/api/v1/aid-requests/${nadiaRequestId}/rse-consultations`, {
      purpose: 'social-investigation',
    });
    assert.equal(refused.body.code, 'consultation.blocked');
    await page.getByRole('link', { name: 'Wer meine Daten abgefragt hat' }).click();
    assert.match(
      await page.locator('main').innerText(),
      /CPAS de Forest \(DEMO\) hat Ihre Daten angefragt\. Die Zentrale hat abgelehnt: Sie haben dieses ÖSHZ gesperrt\./,
    );
    await expectAccessible(page, 'the exchanges page with a refusal (de, phone)');
    await fed.hub.db.query('UPDATE blocks SET lifted_at = now() WHERE lifted_at IS NULL');
    await page.context().close();
  });

  test('a tampered entry of the hub’s log is shown as failed, in words and not by colour alone, and the page stays accessible', async () => {
    const target = (await fed.hub.db.one<{ leaf_index: string; leaf: Buffer }>(
      `SELECT leaf_index, leaf FROM log_leaves WHERE person_pseudonym = $1 ORDER BY leaf_index LIMIT 1`,
      [fed.hub.pseudonymise(nadia.niss)],
    ))!;
    const tamper = (leaf: Buffer) =>
      fed.hub.db.transaction(async (tx) => {
        await tx.query('ALTER TABLE log_leaves DISABLE TRIGGER log_leaves_append_only');
        await tx.query('UPDATE log_leaves SET leaf = $2 WHERE leaf_index = $1', [target.leaf_index, leaf]);
        await tx.query('ALTER TABLE log_leaves ENABLE TRIGGER log_leaves_append_only');
      });
    await tamper(Buffer.from(target.leaf.toString('utf8').replace('"purpose":"social-investigation"', '"purpose":"review"')));
    try {
      const page = await openPage(PHONE);
      await page.goto(`${fed.baseUrl}/portal/?lang=fr`);
      await page.getByRole('button', { name: /Entrer comme Nadia El Amrani/ }).click();
      await page.waitForURL(/\/portal\/exchanges/);
      assert.match(await page.getByRole('alert').innerText(), /la vérification a échoué pour 1 échange/);
      assert.equal(await page.locator('.badge.bad').count(), 1);
      assert.match(await page.locator('.badge.bad').innerText(), /Vérification échouée/);
      await expectAccessible(page, 'the exchanges page with a failed entry (fr, phone)');
      await page.context().close();
    } finally {
      await tamper(target.leaf);
    }
  });
});
