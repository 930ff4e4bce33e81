/**
 * Browser harness of the journeys (worker web application and citizen portal): Debian's Chromium
 * driven by playwright-core (no browser download), one browser per test file, axe-core injected into
 * each page (WCAG 2.0/2.1 A and AA rules, zero violations allowed), screenshots into test-results/.
 * On a loaded 2-core machine a step can take long: every wait is for an event (a URL, an element, a
 * download), never a fixed sleep, and each is bounded by STEP_TIMEOUT_MS; scripts/run-tests.ts runs
 * the browser files one at a time, after the others, with a longer per-test bound.
 */
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '#casework/modules/demo/demo-federation.ts';

const require = createRequire(import.meta.url);
export const RESULTS_DIR = path.resolve('test-results');

/** The bound of one browser step (a navigation, a click, a wait for an element): generous for a busy machine, still finite. */
export const STEP_TIMEOUT_MS = 60_000;

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-extensions',
];

export async function launchChromium(): Promise<Browser> {
  await mkdir(RESULTS_DIR, { recursive: true });
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

let axeSource: string | null = null;

/** axe-core on the current page; the page's CSP forbids injected scripts, so contexts are made with bypassCSP (the app itself is unchanged). */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated in the page (strings: the test's TypeScript has no DOM types).
  await page.addScriptTag({ content: axeSource });
  const violations =
    (await page.evaluate(`axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    .then((result) => result.violations.map((v) => v.id + ': ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))`)) as string[];
  assert.deepEqual(violations, [], `axe violations on ${where}`);
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(RESULTS_DIR, `web-${name}.png`), fullPage: true });
}

/** A fresh browser context (own cookies) whose browser says it prefers `locale`; every step bounded by STEP_TIMEOUT_MS. */
export async function newContext(
  browser: Browser,
  locale: string,
  viewport: { width: number; height: number } = { width: 1280, height: 900 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ bypassCSP: true, locale, acceptDownloads: true, viewport });
  context.setDefaultTimeout(STEP_TIMEOUT_MS);
  context.setDefaultNavigationTimeout(STEP_TIMEOUT_MS);
  return context;
}

/** The page text must not contain an untranslated key marker. */
export async function expectNoUntranslatedKey(page: Page, where: string): Promise<void> {
  const text = await page.locator('body').innerText();
  assert.equal(text.includes('⟦'), false, `untranslated key on ${where}: ${text.slice(text.indexOf('⟦'), text.indexOf('⟦') + 60)}`);
}

/** Logs in through the login page with a demo account; the new page is on the worklist (or home) page. */
export async function logIn(context: BrowserContext, baseUrl: string, username: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/`);
  await page.locator('#field-username').fill(username);
  await page.locator('#field-password').fill(DEMO_PASSWORD);
  await page.locator('main form[action="/login"] button[type=submit]').click();
  await page.waitForURL(`${baseUrl}/`);
  return page;
}

/** The three languages every page is checked in (FR, NL, DE). */
export const PAGE_LANGUAGES = ['fr', 'nl', 'de'] as const;
export type PageLanguage = (typeof PAGE_LANGUAGES)[number];

/** Checks the page now shown in one language: its `lang`, axe, no untranslated key, and a screenshot unless told not to. */
async function checkShown(page: Page, language: PageLanguage, name: string, shoot: boolean): Promise<void> {
  assert.equal(await page.locator('html').getAttribute('lang'), language, `html lang of ${name}`);
  await expectNoAxeViolations(page, `${name} (${language})`);
  await expectNoUntranslatedKey(page, `${name} (${language})`);
  if (shoot) await screenshot(page, `${name}-${language}`);
}

const chooseLanguage = (page: Page, baseUrl: string, language: PageLanguage) =>
  page.context().addCookies([{ name: 'rse_lang', value: language, url: baseUrl }]);

/** Opens `path` (answered 200) in each language and checks it (`checkShown`); the context is left in French. */
export async function visitInEveryLanguage(page: Page, baseUrl: string, path: string, name: string): Promise<void> {
  for (const language of PAGE_LANGUAGES) {
    await chooseLanguage(page, baseUrl, language);
    const response = await page.goto(`${baseUrl}${path}`);
    assert.equal(response?.status(), 200, `${path} (${language})`);
    await checkShown(page, language, name, true);
  }
  await chooseLanguage(page, baseUrl, 'fr');
}

/** The current GET page, reloaded in each language and checked, then reloaded in `back`. */
export async function checkInEveryLanguage(
  page: Page,
  baseUrl: string,
  name: string,
  options: { back?: PageLanguage; shoot?: boolean } = {},
): Promise<void> {
  for (const language of PAGE_LANGUAGES) {
    await chooseLanguage(page, baseUrl, language);
    await page.reload();
    await checkShown(page, language, name, options.shoot ?? true);
  }
  await chooseLanguage(page, baseUrl, options.back ?? 'fr');
  await page.reload();
}
