import { test } from 'node:test';
import assert from 'node:assert/strict';
import { html, raw, attrs, join } from './html.ts';
import {
  createTranslator,
  defineCatalog,
  findCatalogProblems,
  mergeCatalogs,
  formatDate,
  formatDateTime,
  formatMoney,
  negotiateLanguage,
  parseAmountToCents,
} from './i18n.ts';
import { uiMessages } from './messages.ts';
import { errorSummary, pagination, selectField, textField } from './components.ts';
import { renderPage } from './layout.ts';

const t = createTranslator(uiMessages, 'fr');

test('html escapes every interpolated value and keeps nested templates', () => {
  const evil = `"><script>alert('x')</script>&`;
  const out = html`<p title="${evil}">${evil}${html`<b>${evil}</b>`}${[evil, raw('<i>ok</i>')]}${null}${false}${0}</p>`.value;
  assert.equal(out.includes('<script>'), false, 'a script tag came through');
  assert.match(out, /^<p title="&quot;&gt;&lt;script&gt;alert\(&#39;x&#39;\)&lt;\/script&gt;&amp;">/);
  assert.match(out, /<b>&quot;&gt;&lt;script&gt;/);
  assert.match(out, /<i>ok<\/i>0<\/p>$/);
  assert.equal(attrs({ a: 'x"y', b: true, c: false, d: undefined }).value, ' a="x&quot;y" b');
  assert.equal(join(['<a>', '<b>'], raw('|')).value, '&lt;a&gt;|&lt;b&gt;');
  assert.throws(() => attrs({ 'on click': 'x' }), /Invalid attribute name/);
});

test('negotiates the language from Accept-Language with q-values and regions', () => {
  assert.equal(negotiateLanguage('nl-BE,nl;q=0.9,fr;q=0.8'), 'nl');
  assert.equal(negotiateLanguage('en-US;q=0.5, de-BE'), 'de');
  assert.equal(negotiateLanguage('es, it;q=0.8'), 'fr');
  assert.equal(negotiateLanguage(undefined, ['fr', 'nl', 'de'], 'nl'), 'nl');
  assert.equal(negotiateLanguage('en', ['fr', 'nl', 'de']), 'fr');
  assert.equal(negotiateLanguage('de;q=0, nl;q=0.1'), 'nl');
});

test('every ui message exists in every language with the same placeholders', () => {
  assert.deepEqual(findCatalogProblems(uiMessages), []);
  assert.deepEqual(
    findCatalogProblems({ a: { en: 'x {n}', fr: 'x' }, b: { en: 'y' }, c: { en: 'z', fr: '' }, d: { en: 'w', fr: 'w', es: 'w' } }, [
      'en',
      'fr',
    ]),
    ['fr: placeholders of a differ from en', 'fr: missing b', 'fr: empty c', 'es: extra d'],
  );
});

test('a catalog key without one of the four languages does not compile, and the check names it', () => {
  // @ts-expect-error de and en are missing
  const broken = defineCatalog({ 'a.b': { fr: 'x', nl: 'y' } });
  assert.deepEqual(findCatalogProblems(broken), ['de: missing a.b', 'en: missing a.b']);
  assert.throws(() => mergeCatalogs(uiMessages, { 'ui.yes': uiMessages['ui.no'] }), /ui\.yes is declared twice/);
});

test('a translator fills placeholders and marks a missing key visibly', () => {
  assert.equal(t('ui.pagination.range', { from: 1, to: 20, total: 45 }), '1 à 20 sur 45');
  assert.equal(t.dynamic('no.such.key'), '⟦no.such.key⟧');
  assert.equal(t.maybe('no.such.key'), undefined);
});

test('formats dates and euro amounts the Belgian way in each language', () => {
  assert.equal(formatDate('fr', '2026-03-03'), '03/03/2026');
  assert.equal(formatDate('nl', '2026-03-03'), '03/03/2026');
  assert.equal(formatDate('de', '2026-03-03'), '03.03.2026');
  assert.equal(formatDateTime('fr', '2026-03-03T09:15:00Z'), '03/03/2026 10:15');
  assert.equal(formatMoney('fr', 129_874).replace(/\s/g, ' '), '1 298,74 €');
  assert.equal(formatMoney('nl', 129_874).replace(/\s/g, ' '), '€ 1.298,74');
  assert.equal(formatMoney('de', 129_874).replace(/\s/g, ' '), '1.298,74 €');
  assert.equal(parseAmountToCents('1.298,74'), 129_874);
  assert.equal(parseAmountToCents('1 298,74 €'), 129_874);
  assert.equal(parseAmountToCents('1298.7'), 129_870);
  assert.equal(parseAmountToCents('12'), 1_200);
  assert.equal(parseAmountToCents('abc'), null);
});

test('a field in error is labelled, described, marked invalid and keeps its value', () => {
  const out = textField({ name: 'niss', label: 'NISS', value: '123<', error: 'Numéro invalide', hint: '11 chiffres', t }).value;
  assert.match(out, /<label class="label" for="field-niss">NISS<\/label>/);
  assert.match(out, /id="field-niss" name="niss" type="text" value="123&lt;"/);
  assert.match(out, /aria-invalid="true" aria-describedby="field-niss-hint field-niss-error"/);
  const summary = errorSummary({ errors: [{ field: 'niss', message: 'Numéro invalide' }], t }).value;
  assert.match(summary, /<a href="#field-niss">Numéro invalide<\/a>/);
  assert.match(summary, /role="alert"/);
  const select = selectField({
    name: 'kind',
    label: 'Type',
    value: 'b',
    options: [
      { value: 'a', label: 'A' },
      { value: 'b', label: 'B' },
    ],
    t,
  }).value;
  assert.match(select, /<option value="b" selected>B<\/option>/);
});

test('pagination shows the range and only the links that lead somewhere', () => {
  const first = pagination({ total: 45, limit: 20, offset: 0, href: (o) => `/w?offset=${o}`, t }).value;
  assert.match(first, /1 à 20 sur 45/);
  assert.match(first, /href="\/w\?offset=20"/);
  assert.equal(first.includes('rel="prev"'), false, 'first page has a previous link');
  assert.equal(pagination({ total: 5, limit: 20, offset: 0, href: () => '', t }).value, '');
});

test('the page shell declares its language, a skip link, one main landmark and no inline script', () => {
  const page = renderPage({
    language: 'nl',
    title: 'Werklijst',
    serviceName: 'RSE',
    homeHref: '/',
    t: createTranslator(uiMessages, 'nl'),
    assetsBase: '/assets/ui',
    main: html`<h1>Werklijst</h1>`,
    languageSwitch: { action: '/language', csrfToken: 'tok', returnTo: '/', languages: ['fr', 'nl', 'de'] },
  }).value;
  assert.match(page, /^<!doctype html>\n<html lang="nl">/);
  assert.match(page, /<a class="skip-link" href="#main">Naar de hoofdinhoud<\/a>/);
  assert.equal(page.match(/<main /g)?.length, 1);
  assert.match(page, /<script src="\/assets\/ui\/enhance.js" defer><\/script>/);
  assert.equal(/<script>/.test(page), false, 'inline script found');
  assert.match(page, /lang="nl" class="language-switch__button" aria-pressed="true">Nederlands/);
});
