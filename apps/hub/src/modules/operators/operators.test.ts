import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csrfOf, isValidOperatorName, oneTimePassword, passwordProblem, tokenHash } from './operators.ts';
import { normaliseItems } from '../policy/policy.ts';
import { jwksFrom, parseExportedEntries } from '../registry/registry.entries.ts';
import { generateInstitutionKeys, toPublicJwks } from '#contracts/protocol/keys.ts';
import { generateKbo } from '#contracts/kbo.ts';

test('operator names, one-time passwords and chosen passwords follow their rules', () => {
  assert.ok(isValidOperatorName('alice.ops'), 'a plain name');
  for (const name of ['A', 'Alice', 'a b', '-alice', 'a'.repeat(64), 'alice\u0000']) assert.equal(isValidOperatorName(name), false, name);
  assert.match(oneTimePassword(), /^[A-Za-z2-9]{4}(-[A-Za-z2-9]{4}){3}$/);
  assert.equal(passwordProblem('short', 'alice'), 'too-short');
  assert.equal(passwordProblem('my-Alice-password', 'alice'), 'contains-name');
  assert.equal(passwordProblem('x'.repeat(201), 'alice'), 'too-long');
  assert.equal(passwordProblem('a long enough phrase', 'alice'), null);
  assert.notEqual(csrfOf('hubop_a'), csrfOf('hubop_b'));
  assert.equal(tokenHash('hubop_a').length, 32);
});

test('a policy rule takes only items of the summary schema, in its order', () => {
  assert.deepEqual(normaliseItems(['contact', 'decisions', 'decisions']), ['decisions', 'contact']);
  assert.deepEqual(normaliseItems([]), []);
  assert.equal(normaliseItems(['decisions', 'notes']), null);
});

test('exported registry entries are checked before anything is written; a rotation takes a JWKS or the export', () => {
  const kbo = generateKbo('09876543');
  const jwks = toPublicJwks(generateInstitutionKeys());
  const entry = { kbo, name: 'CPAS', kind: 'cpas', endpoint: 'https://cpas.example/', jwks };
  assert.deepEqual(parseExportedEntries(JSON.stringify(entry)), { ok: true, entries: [entry] });
  assert.deepEqual(parseExportedEntries('{'), { ok: false, code: 'registry.json-invalid', index: 0 });
  assert.deepEqual(parseExportedEntries(JSON.stringify([entry, { ...entry, kbo: '0123456789' }])), {
    ok: false,
    code: 'registry.entry-invalid',
    index: 2,
  });
  assert.equal(parseExportedEntries(JSON.stringify({ ...entry, endpoint: 'javascript:alert(1)' })).ok, false);
  assert.equal(parseExportedEntries(JSON.stringify({ ...entry, kind: 'hub' })).ok, false);
  assert.deepEqual(jwksFrom(JSON.stringify(jwks), kbo), jwks);
  assert.deepEqual(jwksFrom(JSON.stringify([entry]), kbo), jwks);
  assert.equal(jwksFrom(JSON.stringify([entry]), generateKbo('01234567')), null, 'another institution’s export');
  assert.equal(jwksFrom('{"keys": []}', kbo), null);
});
