/**
 * The person verifies on their own device (issue 13, scope 4; ADR 0017): in Debian's Chromium, the
 * portal's exchanges page checks the witnessed checkpoint (hub signature and witness cosignatures,
 * Ed25519 by WebCrypto), the consistency with the checkpoint this browser saw before, and the
 * inclusion of each of the person's entries, from the public tiles alone. The portal's own verdict is
 * cut out of the page before the browser sees it, so what the page says is the browser's; an altered
 * tile, an altered signature or a rewritten history is shown as a failure, in words, in FR/NL/DE, and
 * each page is axe-clean.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestFederation, type TestFederation } from '../federation.ts';
import { DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';
import { CHROMIUM_ARGS, expectNoAxeViolations, newContext, STEP_TIMEOUT_MS } from './web-harness.ts';
import { chromium } from 'playwright-core';
import { readFile } from 'node:fs/promises';
import { verifyTlogProof } from '#contracts/tlog/proof.ts';
import { opensTo } from '#contracts/tlog/commitment.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;
const DEMO_BUTTON = { fr: /Entrer comme Nadia El Amrani/, nl: /Aanmelden als Nadia El Amrani/, de: /Anmelden als Nadia El Amrani/ };
const SERVER_VERDICT = /<!--server-verdict-->[\s\S]*?<!--\/server-verdict-->/g;

let fed: TestFederation;
let browser: Browser;
let marie: string;
let requestId: string;

async function consult(): Promise<void> {
  const answer = await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/rse-consultations`, { purpose: 'social-investigation' });
  assert.equal(answer.status, 201);
  // A checkpoint cosigned by both demo witnesses covers the new entries (the hub publishes every 10 s; here at once).
  assert.equal((await fed.hub.tlog.publish()).published, true);
}

/** The portal's own verdict is cut out of the exchanges page: whatever the page then says, the browser said. */
async function withholdServerVerdict(context: BrowserContext): Promise<void> {
  await context.route(/\/portal\/exchanges(\?|$)/, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace(SERVER_VERDICT, '');
    await route.fulfill({ response, body });
  });
}

async function logIn(context: BrowserContext, lang: 'fr' | 'nl' | 'de'): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${fed.baseUrl}/portal/?lang=${lang}`);
  await page.getByRole('button', { name: DEMO_BUTTON[lang] }).click();
  await page.waitForURL(/\/portal\/exchanges/);
  // A route sees only the first request of a redirect chain: the exchanges page is opened once more, through the routes.
  await page.goto(`${fed.baseUrl}/portal/exchanges`);
  return page;
}

/** Waits for the browser's verdict (verified or failed) and returns it with each entry's. */
async function browserVerdict(page: Page): Promise<{ state: string; text: string; details: string; entries: string[] }> {
  await page.locator('#browser-check[data-state="verified"], #browser-check[data-state="failed"]').waitFor();
  return {
    state: (await page.locator('#browser-check').getAttribute('data-state'))!,
    text: await page.locator('#browser-verdict').innerText(),
    details: await page.locator('#browser-details').innerText(),
    entries: await page.locator('[data-browser-entry]').allInnerTexts(),
  };
}

before(async () => {
  fed = await startTestFederation({ providerTimeoutMs: 2_000 });
  marie = await fed.login('marie.forest');
  const person = await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
  requestId = (await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${person.body.items[0].id}`)).body.items[0].id;
  await fed.services.relay.flush();
  await fed.api(marie, 'POST', `/api/v1/aid-requests/${requestId}/person-informed`, {
    informedAt: new Date().toISOString(),
    method: 'in-person',
  });
  await consult();
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await fed?.close();
});

describe('the person’s browser checks the exchange log itself', () => {
  test('under the page’s strict CSP (not bypassed), with the server’s verdict withheld, Chromium verifies every entry from the tiles', async () => {
    const context = await browser.newContext({ locale: 'fr-BE', viewport: PHONE });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    await withholdServerVerdict(context);
    const asked: string[] = [];
    context.on('request', (request) => asked.push(request.url()));
    const page = await logIn(context, 'fr');
    const csp = (await page.request.get(`${fed.baseUrl}/portal/exchanges`)).headers()['content-security-policy']!;
    assert.match(csp, /script-src 'self'; connect-src 'self'/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
    const verdict = await browserVerdict(page);
    assert.equal(await page.locator('.badge').count(), 0, 'the portal’s verdict was withheld');
    assert.equal(verdict.state, 'verified', verdict.text);
    assert.match(verdict.text, /^✓ Votre navigateur a vérifié lui-même les \d+ échanges/);
    assert.match(verdict.details, /Journal vérifié : \d+ lignes, contresigné par 2 témoin\(s\)\./);
    assert.ok(verdict.entries.length > 0, 'the person has entries to check');
    for (const entry of verdict.entries) assert.equal(entry, '✓ Vérifié par votre navigateur');
    // What the browser asked for the check: the script, the checkpoint and tiles, through the portal; no person identifier.
    const reads = asked.filter((url) => url.includes('/tlog/'));
    assert.ok(
      reads.some((url) => url.endsWith('/portal/tlog/checkpoint')),
      'the checkpoint was read through the portal',
    );
    for (const url of reads) assert.match(url, /\/portal\/tlog\/(checkpoint|tile\/(\d+|entries)\/[x0-9/]+(\.p\/\d+)?)$/);
    // The relay answers tiles as immutable, and anything that is not a tile path with a problem, never a 500.
    const tile = await page.request.get(reads.find((url) => url.includes('/tile/0/'))!);
    assert.equal(tile.headers()['cache-control'], 'public, max-age=31536000, immutable');
    const notATile = await fetch(`${fed.baseUrl}/portal/tlog/tile/0/0012`);
    assert.equal(notATile.status, 404);
    assert.equal(((await notATile.json()) as { code: string }).code, 'tlog.tile-path-invalid');
    assert.equal(
      asked.some(
        (url) => url.includes(nadia.niss) || url.includes(encodeURIComponent(fed.hub.pseudonymise(nadia.niss).toString('base64'))),
      ),
      false,
    );

    // The log grows; on the next visit the browser proves the new checkpoint extends the one it kept.
    const seen = Number(/(\d+) lignes/.exec(verdict.details)![1]);
    await consult();
    await page.reload();
    const next = await browserVerdict(page);
    assert.equal(next.state, 'verified', next.text);
    assert.match(next.details, new RegExp(`Il prolonge bien celui que votre navigateur avait vu la dernière fois \\(${seen} lignes\\)`));
    await context.close();
  });

  test('in French on a phone, the browser’s verdict is in words, live, the page is axe-clean, and each exchange’s offline proof verifies', async () => {
    const context = await newContext(browser, 'fr-BE', PHONE);
    await withholdServerVerdict(context);
    const page = await logIn(context, 'fr');
    const verdict = await browserVerdict(page);
    assert.equal(verdict.state, 'verified', verdict.text);
    assert.equal(await page.locator('#browser-verdict').getAttribute('aria-live'), 'polite');
    // The keys the browser checked with, shown for comparison with the witnesses' published ones; no sideways scrolling on a phone.
    await page.locator('#browser-check summary').click();
    assert.match(await page.locator('ul.vkeys').innerText(), new RegExp(`^${fed.hub.tlog.origin}\\+[0-9a-f]{8}\\+`));
    assert.equal(await page.locator('ul.vkeys li').count(), 3);
    await expectNoAxeViolations(page, 'the exchanges page verified by the browser (fr, phone)');
    const overflow = (await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')) as number;
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);

    // Each exchange carries an offline proof (C2SP tlog-proof) the person keeps: verifiable without the hub.
    const link = page.getByRole('link', { name: /^Preuve hors ligne de la ligne n° \d+$/ }).first();
    const leafIndex = Number(/(\d+)$/.exec(await link.innerText())![1]);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.equal(download.suggestedFilename(), `rse-exchange-${leafIndex}.tlog-proof`);
    const proof = await readFile((await download.path())!, 'utf8');
    const check = verifyTlogProof(proof, fed.hub.tlog.trust());
    assert.ok(check.ok, `the offline proof verifies: ${JSON.stringify(check)}`);
    assert.equal(check.index, leafIndex);
    const entry = JSON.parse(check.entry.toString('utf8')) as { v: number; subjectCommitment: string };
    const opening = (await page.locator(`[data-browser-entry][data-leaf-index="${leafIndex}"]`).getAttribute('data-opening'))!;
    assert.equal(entry.v, 2);
    assert.ok(
      opensTo(entry.subjectCommitment, fed.hub.pseudonymise(nadia.niss), Buffer.from(opening, 'base64')),
      'the entry in the proof is about the person (its commitment opens to their pseudonym)',
    );
    const tampered = proof.replace(/^index \d+$/m, `index ${leafIndex + 1}`);
    assert.equal(verifyTlogProof(tampered, fed.hub.tlog.trust()).ok, false, 'a proof moved to another index does not verify');
    await context.close();
  });

  test('in Dutch on a desktop, an altered hash tile makes the browser say the check failed, and the page is axe-clean', async () => {
    const context = await newContext(browser, 'nl-BE', DESKTOP);
    await withholdServerVerdict(context);
    await context.route(/\/portal\/tlog\/tile\/0\//, async (route) => {
      const response = await route.fetch();
      const bytes = Buffer.from(await response.body());
      for (let offset = 0; offset < bytes.length; offset += 32) bytes[offset] = bytes[offset]! ^ 0x01;
      await route.fulfill({ response, body: bytes });
    });
    const page = await logIn(context, 'nl');
    const verdict = await browserVerdict(page);
    assert.equal(verdict.state, 'failed');
    assert.match(verdict.text, /^✗ Let op: uw browser kon \d+ uitwisseling\(en\) niet controleren\./);
    assert.ok(
      verdict.entries.every((entry) => entry === '✗ Uw browser kon dit niet controleren'),
      verdict.entries.join(' | '),
    );
    await expectNoAxeViolations(page, 'the exchanges page with an altered tile (nl, desktop)');
    await context.close();
  });

  test('in German, an altered signature of the hub on the checkpoint is refused, and the page is axe-clean', async () => {
    const context = await newContext(browser, 'de-BE', PHONE);
    await withholdServerVerdict(context);
    await context.route(/\/portal\/tlog\/checkpoint$/, async (route) => {
      const response = await route.fetch();
      const note = await response.text();
      const origin = note.split('\n')[0]!;
      // The hub's signature line: key ID (4 bytes) then the signature; one base64 character of the signature changes.
      const altered = note.replace(
        new RegExp(`(\\u2014 ${origin.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} .{40})(.)`),
        (_all, head: string, char: string) => `${head}${char === 'A' ? 'B' : 'A'}`,
      );
      assert.notEqual(altered, note);
      await route.fulfill({ response, body: altered });
    });
    const page = await logIn(context, 'de');
    const verdict = await browserVerdict(page);
    assert.equal(verdict.state, 'failed');
    assert.match(verdict.text, /Ihr Browser hat das Protokoll der Zentrale abgelehnt, weil seine Unterschrift nicht gültig ist/);
    assert.ok(
      verdict.entries.every((entry) => entry === '✗ Ihr Browser konnte dies nicht prüfen'),
      verdict.entries.join(' | '),
    );
    await expectNoAxeViolations(page, 'the exchanges page with an altered checkpoint signature (de, phone)');
    await context.close();
  });

  test('a checkpoint the browser kept that the log does not extend (a rewritten history) raises an alert', async () => {
    const context = await newContext(browser, 'fr-BE', PHONE);
    await withholdServerVerdict(context);
    const origin = fed.hub.tlog.origin;
    await context.addInitScript(
      `localStorage.setItem(${JSON.stringify(`rse.tlog.checkpoint.${origin}`)}, JSON.stringify({ size: 3, root: ${JSON.stringify(Buffer.alloc(32, 7).toString('base64'))} }))`,
    );
    const page = await logIn(context, 'fr');
    const verdict = await browserVerdict(page);
    assert.equal(verdict.state, 'failed');
    assert.match(verdict.text, /Alerte : le journal du carrefour ne prolonge pas celui que votre navigateur avait vu la dernière fois/);
    await context.close();
  });

  test('without JavaScript, the portal’s own verdict stands and the page says the browser did not check', async () => {
    const context = await browser.newContext({ locale: 'fr-BE', viewport: PHONE, javaScriptEnabled: false });
    context.setDefaultTimeout(STEP_TIMEOUT_MS);
    const page = await logIn(context, 'fr');
    assert.match(await page.getByRole('status').innerText(), /Les \d+ échanges sont vérifiés\./);
    assert.match(await page.locator('#browser-verdict').innerText(), /Il ne l’a pas fait \(JavaScript est désactivé ou pas disponible\)/);
    assert.equal(await page.locator('#browser-check').getAttribute('data-state'), null);
    await context.close();
  });
});
