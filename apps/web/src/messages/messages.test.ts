import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCatalogProblems } from '#ui/index.ts';
import { appMessages } from './index.ts';
import { CODES } from '../labels.ts';

test('every message of the web application exists in French, Dutch, German and English, with the same placeholders', () => {
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
      for (const [language, catalog] of Object.entries(appMessages))
        assert.ok(`${prefix}.${code}` in catalog, `${language} lacks ${prefix}.${code}`);
    }
  }
});

test('no two languages share a text for the labels of the worklist, so a switch of language is visible everywhere', () => {
  const keys = Object.keys(appMessages.en).filter((key) => /^(worklist|nav|app|alert|status|kind)\./.test(key));
  for (const key of keys) {
    const texts = (['fr', 'nl', 'de'] as const).map((language) => (appMessages[language] as Record<string, string>)[key]);
    assert.equal(new Set(texts).size, 3, `${key} is the same in two languages: ${texts.join(' | ')}`);
  }
});
