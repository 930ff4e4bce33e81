import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LANGUAGES, findCatalogProblems } from '#ui/index.ts';
import { operatorMessages } from './index.ts';

test('every text of the hub operator’s area exists in French, Dutch, German and English, with the same placeholders', () => {
  assert.deepEqual(findCatalogProblems(operatorMessages, LANGUAGES), []);
});
