import { test } from 'node:test';
import assert from 'node:assert/strict';
import { asciiNameKey, nameWords, searchCriteria } from './persons.service.ts';

test('free text is a provisional id when it looks like one, else words of the name', () => {
  assert.deepEqual(searchCriteria({ q: ' p-0a1b2c3d4e5f ' }), { provisionalId: 'p-0a1b2c3d4e5f' });
  assert.deepEqual(searchCriteria({ q: 'Élodie', birthDate: '1979-05-17' }), { text: 'Élodie', birthDate: '1979-05-17' });
  assert.deepEqual(searchCriteria({ familyName: '  Dupont ' }), { familyName: 'Dupont' });
  assert.deepEqual(searchCriteria({ q: '   ', familyName: ' ' }), {});
});

test('a folded name gives at most five non-empty words', () => {
  assert.deepEqual(nameWords('d hondt muller elodie'), ['d', 'hondt', 'muller', 'elodie']);
  assert.deepEqual(nameWords(''), []);
  assert.equal(nameWords('a b c d e f g').length, 5);
});

test('a name typed in ASCII is folded here; anything else is left to the database', () => {
  assert.equal(asciiNameKey("  D'Hondt-Muller  Elodie "), 'd hondt muller elodie');
  assert.equal(asciiNameKey('Schmitz Luc'), 'schmitz luc');
  assert.equal(asciiNameKey('--'), '');
  assert.equal(asciiNameKey('Élodie'), null, 'an accent');
  assert.equal(asciiNameKey('D’Hondt'), null, 'a typographic apostrophe');
  assert.equal(asciiNameKey('a\tb'), null, 'a control character');
});
