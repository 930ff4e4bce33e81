import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, findCatalogProblems } from '#ui/index.ts';
import { appMessages } from './index.ts';
import { CODES } from '../labels.ts';

test('every message of the web application exists in French, Dutch, German and English, with the same placeholders', () => {
  // A key without one of the four languages does not compile (defineCatalog); this checks what types cannot.
  assert.deepEqual(findCatalogProblems(appMessages), []);
});

test('every code the forms offer has a label in every language', () => {
  const lists: Record<keyof typeof CODES, string> = {
    kind: 'kind',
    outcome: 'outcome',
    body: 'body',
    legalBasis: 'legalBasis',
    motivation: 'motivation',
    notificationMethod: 'notificationMethod',
    informedMethod: 'informedMethod',
    purpose: 'purpose',
    holder: 'holder',
  };
  for (const [list, prefix] of Object.entries(lists)) {
    for (const code of CODES[list as keyof typeof CODES]) {
      const texts = (appMessages as Record<string, Record<string, string> | undefined>)[`${prefix}.${code}`];
      for (const language of LANGUAGES) assert.ok(texts?.[language], `${language} lacks ${prefix}.${code}`);
    }
  }
});

test('no two languages share a text for the labels of the worklist, so a switch of language is visible everywhere', () => {
  const keys = Object.keys(appMessages).filter((key) => /^(worklist|nav|app|alert|status|kind)\./.test(key));
  assert.ok(keys.length > 40, `only ${keys.length} worklist labels found`);
  for (const key of keys) {
    const texts = (['fr', 'nl', 'de'] as const).map((language) => (appMessages as Record<string, Record<string, string>>)[key]![language]);
    assert.equal(new Set(texts).size, 3, `${key} is the same in two languages: ${texts.join(' | ')}`);
  }
});
