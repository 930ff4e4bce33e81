import { test } from 'node:test';
import assert from 'node:assert/strict';
import { field, textRecord, textValue, textValues } from './forms.ts';

test('form, query and path values are read as text whatever their shape, never trusted', () => {
  const body = { niss: ' 90.04.12-184.07 ', items: ['identity', 'decision:D-1', 7], nested: { a: 'b' } };
  assert.equal(field(body, 'niss'), '90.04.12-184.07');
  assert.deepEqual(textValues(body, 'items'), ['identity', 'decision:D-1']);
  assert.equal(textValue(body, 'items'), 'identity');
  assert.equal(textValue(body, 'nested'), undefined);
  assert.equal(textValue(body, 'toString'), undefined, 'an inherited property is not a value');
  assert.equal(textValue(undefined, 'niss'), undefined);
  assert.deepEqual(textRecord({ code: 'abc', state: ['s1', 's2'], n: 3 }), { code: 'abc', state: 's1' });
});
