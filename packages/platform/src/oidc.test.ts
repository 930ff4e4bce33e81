import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readPending } from './oidc.ts';

test('the checks of a login are read back from their cookie, and nothing else is kept', () => {
  const pending = { state: 's', nonce: 'n', verifier: 'v' };
  assert.deepEqual(readPending(JSON.stringify(pending)), pending);
  assert.deepEqual(readPending(JSON.stringify({ ...pending, institution: '0212344311', role: 'admin' })), {
    ...pending,
    institution: '0212344311',
  });
  assert.deepEqual(readPending(JSON.stringify({ ...pending, institution: 212344311 })), pending);
});

test('a lost, broken or forged cookie is no login: absent, not JSON, not an object, or a check missing or not text', () => {
  for (const cookie of [
    undefined,
    '',
    '{',
    'null',
    '[]',
    '"text"',
    '42',
    '{"state":"s","nonce":"n"}',
    '{"state":"s","nonce":1,"verifier":"v"}',
  ])
    assert.equal(readPending(cookie), null, `cookie ${String(cookie)}`);
});
