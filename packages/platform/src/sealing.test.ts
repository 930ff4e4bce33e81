import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createSealer } from './sealing.ts';

test('a sealed text opens only with its key and for the row it is bound to', () => {
  const sealer = createSealer(randomBytes(32));
  const sealed = sealer.seal('je ne veux plus', 'block:a:0212345678');
  assert.ok(!sealed.toString('latin1').includes('veux'), 'no plain text in the sealed value');
  assert.equal(sealer.open(sealed, 'block:a:0212345678'), 'je ne veux plus');
  assert.equal(sealer.open(sealed, 'block:b:0212345678'), null, 'bound to another row');
  assert.equal(createSealer(randomBytes(32)).open(sealed, 'block:a:0212345678'), null, 'another key');
  const altered = Buffer.from(sealed);
  altered[altered.length - 1]! ^= 1;
  assert.equal(sealer.open(altered, 'block:a:0212345678'), null, 'altered');
  assert.equal(sealer.open(Buffer.from('x'), 'block:a:0212345678'), null, 'too short');
});
