import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createProblemTitleRegistry, problemLanguage } from './problem-titles.ts';

test('a problem title is the code’s, else the status’s, in the language the reader prefers', () => {
  const titles = createProblemTitleRegistry();
  assert.equal(titles.title('validation.failed', 422, 'nl'), 'Sommige waarden zijn ongeldig');
  assert.equal(titles.title('report.incomplete', 409, 'fr'), 'Conflit avec l’état du dossier');
  titles.add({ 'report.incomplete': { fr: 'Rapport incomplet', nl: 'Verslag onvolledig', de: 'Bericht unvollständig', en: 'Incomplete' } });
  assert.equal(titles.title('report.incomplete', 409, 'de'), 'Bericht unvollständig');
  assert.equal(titles.title('no.such-code', 599, 'en'), 'Internal error');
});

test('the language of a problem title follows Accept-Language, English when nothing matches', () => {
  assert.equal(problemLanguage('nl-BE,nl;q=0.9'), 'nl');
  assert.equal(problemLanguage('es'), 'en');
  assert.equal(problemLanguage(undefined), 'en');
});
