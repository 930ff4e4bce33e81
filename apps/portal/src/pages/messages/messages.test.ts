import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NATIONAL_LANGUAGES, createTranslator, findCatalogProblems } from '#ui/index.ts';
import { catalog, portalMessages } from './index.ts';

test('every text of the portal exists in French, Dutch and German, with the same placeholders', () => {
  // A key without one of the three languages does not compile (definePortalCatalog); this checks what types cannot.
  assert.deepEqual(findCatalogProblems(portalMessages, NATIONAL_LANGUAGES), []);
});

test('the portal’s translator fills placeholders and finds code-list labels by prefix', () => {
  const t = createTranslator(catalog, 'nl');
  assert.equal(t('hello', { name: 'Nadia' }), 'Goedendag Nadia');
  assert.equal(t.maybe('code.ris'), 'Leefloon');
  assert.equal(t.maybe('code.no-such-code'), undefined);
  assert.equal(t('ui.skipLink'), 'Naar de hoofdinhoud');
});
