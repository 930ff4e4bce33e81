/**
 * The hub operator's login through the hub's identity provider in a real browser (Debian's Chromium,
 * playwright-core; ADR 0020): the login page offers the provider beside the password form and passes axe
 * in French, Dutch, German and English; the browser goes to the provider (a real OpenID Connect provider on
 * loopback, test/portal-oidc-provider.ts), comes back to the hub, which moves on by itself to the
 * institutions, logged in; a name without an account comes back to the login page with the reason, which
 * passes axe too. Screenshots go to test-results/.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startTestFederation, type TestFederation } from '../federation.ts';
import { startLocalOidcProvider, type LocalOidcProvider } from '../portal-oidc-provider.ts';
import { expectNoAxeViolations, expectNoUntranslatedKey, launchChromium, newContext, screenshot } from './web-harness.ts';

let provider: LocalOidcProvider;
let fed: TestFederation;
let browser: Browser;

before(async () => {
  provider = await startLocalOidcProvider();
  fed = await startTestFederation({
    env: {
      HUB_OPERATOR_OIDC_ISSUER: provider.issuer,
      HUB_OPERATOR_OIDC_CLIENT_ID: provider.clientId,
      HUB_OPERATOR_OIDC_CLIENT_SECRET: provider.clientSecret,
    },
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await fed?.close();
  await provider?.close();
});

test('the hub operator logs in through the identity provider and lands on the institutions; an unknown name is told why', async () => {
  await fed.hub.operators.create('fanny.ops', 'test');
  const context = await newContext(browser, 'fr-BE');
  const page = await context.newPage();
  for (const language of ['fr', 'nl', 'de', 'en'] as const) {
    const response = await page.goto(`${fed.baseUrl}/hub/operator/?lang=${language}`);
    assert.equal(response?.status(), 200);
    assert.equal(await page.locator('a[href="/hub/operator/login/oidc"]').count(), 1, `the provider is offered (${language})`);
    await expectNoAxeViolations(page, `hub-operator-login-provider (${language})`);
    await expectNoUntranslatedKey(page, `hub-operator-login-provider (${language})`);
    await screenshot(page, `hub-operator-login-provider-${language}`);
  }
  await page.goto(`${fed.baseUrl}/hub/operator/?lang=fr`);

  provider.setUser({ sub: 'sub-fanny', claims: { preferred_username: 'fanny.ops' } });
  await page.locator('a[href="/hub/operator/login/oidc"]').click();
  await page.waitForURL(`${fed.baseUrl}/hub/operator/institutions`);
  assert.match(await page.locator('body').innerText(), /Opérateur\s:\s*fanny\.ops/);
  assert.equal(await page.locator('h1').innerText(), 'Institutions enregistrées');

  const stranger = await (await newContext(browser, 'nl-BE')).newPage();
  await stranger.goto(`${fed.baseUrl}/hub/operator/?lang=nl`);
  provider.setUser({ sub: 'sub-stranger', claims: { preferred_username: 'not.an.operator' } });
  await stranger.locator('a[href="/hub/operator/login/oidc"]').click();
  await stranger.waitForURL(/\/hub\/operator\/login\/oidc\/callback/);
  assert.match(await stranger.locator('[role="alert"]').innerText(), /geen actief beheerdersaccount/);
  await expectNoAxeViolations(stranger, 'hub-operator-login-provider-refused (nl)');
  await screenshot(stranger, 'hub-operator-login-provider-refused-nl');
  await context.close();
});
