import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createPrivateKey, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { CompactEncrypt, compactDecrypt } from 'jose';
import { decryptJsonWith, decryptWith, encryptFor, x25519PublicValue } from './encryption.ts';
import { MAX_TOKEN_LENGTH } from './envelope.ts';
import { generateInstitutionKeys } from './keys.ts';

const requester = generateInstitutionKeys();
const other = generateInstitutionKeys();
const { publicKey, privateKey, kid } = requester.encryption;
const summary = { schema: 'rse.summary/1', person: { niss: '85073003328' }, statements: [{ text: 'Mes propres mots — één, zwei' }] };

/** Any UTF-16 code units, lone surrogates included (fast-check's 'binary' unit costs a second to warm up). */
const anyUtf16String = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 });
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const headerOf = (jwe: string) => JSON.parse(Buffer.from(jwe.split('.')[0]!, 'base64url').toString()) as Record<string, unknown>;
const withHeader = (jwe: string, header: Record<string, unknown>) => [encode(header), ...jwe.split('.').slice(1)].join('.');

function expectCode(result: { ok: boolean; code?: string }, code: string, name = code): void {
  assert.equal(result.ok, false, name);
  assert.equal(result.code, code, name);
}

describe('hub-blind encryption', () => {
  test('round trip of bytes, including empty content', () => {
    for (const plaintext of [new Uint8Array([0, 1, 2, 255]), new Uint8Array(0), new Uint8Array(100_000).fill(7)]) {
      const result = decryptWith(privateKey, encryptFor(publicKey, kid, plaintext));
      assert.ok(result.ok, 'result.ok');
      assert.deepEqual(result.plaintext, plaintext);
      assert.equal(result.kid, kid);
    }
  });

  test('round trip of an object as UTF-8 JSON', () => {
    const result = decryptJsonWith(privateKey, encryptFor(publicKey, kid, summary));
    assert.ok(result.ok, 'result.ok');
    assert.deepEqual(result.value, summary);
  });

  test('writes a compact JWE: ECDH-ES direct, A256GCM, kid, an X25519 epk and no encrypted key', () => {
    const jwe = encryptFor(publicKey, kid, summary);
    const parts = jwe.split('.');
    assert.equal(parts.length, 5);
    assert.equal(parts[1], '');
    const header = headerOf(jwe);
    assert.deepEqual(Object.keys(header).sort(), ['alg', 'enc', 'epk', 'kid']);
    assert.equal(header.alg, 'ECDH-ES');
    assert.equal(header.enc, 'A256GCM');
    assert.equal(header.kid, kid);
    assert.deepEqual(Object.keys(header.epk as object).sort(), ['crv', 'kty', 'x']);
    assert.equal(Buffer.from(parts[2]!, 'base64url').length, 12);
    assert.equal(Buffer.from(parts[4]!, 'base64url').length, 16);
    assert.ok(!jwe.includes(encode(summary).slice(0, 20)), 'no plaintext in the token');
  });

  test('uses a fresh ephemeral key and IV for every message', () => {
    const first = encryptFor(publicKey, kid, summary);
    const second = encryptFor(publicKey, kid, summary);
    assert.notDeepEqual(headerOf(first).epk, headerOf(second).epk);
    assert.notEqual(first.split('.')[2], second.split('.')[2]);
  });

  test('never exports a key: on Node 20 exporting a freshly generated key can hang the process for good', () => {
    // The export holds the key's mutex while it allocates; a collection then may destroy the key's generation
    // job, whose destructor takes the same mutex. Seen in the bench: the provider's node stopped answering.
    // Public and private keys each have their own `export`: count both.
    const prototypes = [Object.getPrototypeOf(publicKey) as KeyObject, Object.getPrototypeOf(privateKey) as KeyObject];
    const originals = prototypes.map((prototype) => prototype.export);
    let exports = 0;
    prototypes.forEach((prototype, index) => {
      prototype.export = function (this: KeyObject, ...options: unknown[]) {
        exports += 1;
        return (originals[index] as (...args: unknown[]) => unknown).apply(this, options);
      } as KeyObject['export'];
    });
    try {
      for (let i = 0; i < 10; i += 1) assert.ok(decryptJsonWith(privateKey, encryptFor(publicKey, kid, summary)).ok, 'it still decrypts');
    } finally {
      prototypes.forEach((prototype, index) => (prototype.export = originals[index]!));
    }
    assert.equal(exports, 0, 'no key is exported while encrypting');
  });

  test('the ephemeral public value is the X25519 public key of its private key (RFC 7748, section 6.1)', () => {
    const hex = (value: string) => Buffer.from(value, 'hex').toString('base64url');
    const vectors = [
      [
        '77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a',
        '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a',
      ],
      [
        '5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb',
        'de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f',
      ],
    ];
    for (const [secret, expected] of vectors) {
      const key = createPrivateKey({ key: { kty: 'OKP', crv: 'X25519', d: hex(secret!), x: hex(expected!) }, format: 'jwk' });
      assert.equal(x25519PublicValue(key), hex(expected!), 'the public key the RFC gives');
    }
  });

  test('another institution cannot decrypt it: encryption.failed', () => {
    expectCode(decryptWith(other.encryption.privateKey, encryptFor(publicKey, kid, summary)), 'encryption.failed');
  });

  test('any tampering is detected: encryption.failed', () => {
    const jwe = encryptFor(publicKey, kid, summary);
    const parts = jwe.split('.');
    const flip = (index: number) => {
      const bytes = Buffer.from(parts[index]!, 'base64url');
      bytes[0] = bytes[0]! ^ 0x80;
      return parts.map((part, i) => (i === index ? bytes.toString('base64url') : part)).join('.');
    };
    expectCode(decryptWith(privateKey, flip(2)), 'encryption.failed', 'iv');
    expectCode(decryptWith(privateKey, flip(3)), 'encryption.failed', 'ciphertext');
    expectCode(decryptWith(privateKey, flip(4)), 'encryption.failed', 'tag');
    // The protected header is authenticated data: re-labelling the recipient breaks the tag.
    expectCode(decryptWith(privateKey, withHeader(jwe, { ...headerOf(jwe), kid: 'someone-else' })), 'encryption.failed', 'header');
    const otherEpk = headerOf(encryptFor(publicKey, kid, summary)).epk;
    expectCode(decryptWith(privateKey, withHeader(jwe, { ...headerOf(jwe), epk: otherEpk })), 'encryption.failed', 'epk');
  });

  test('refuses a small-order ephemeral key (all-zero shared secret): encryption.failed', () => {
    const jwe = encryptFor(publicKey, kid, summary);
    const zeroEpk = { kty: 'OKP', crv: 'X25519', x: Buffer.alloc(32).toString('base64url') };
    expectCode(decryptWith(privateKey, withHeader(jwe, { ...headerOf(jwe), epk: zeroEpk })), 'encryption.failed');
  });

  test('refuses everything outside the protocol profile: encryption.malformed', () => {
    const jwe = encryptFor(publicKey, kid, summary);
    const header = headerOf(jwe);
    const parts = jwe.split('.');
    const cases: [string, unknown][] = [
      ['not a string', { jwe }],
      ['four parts', parts.slice(0, 4).join('.')],
      ['a JWS', 'eyJhbGciOiJFZERTQSJ9.e30.AAAA'],
      ['an encrypted key', [parts[0], 'AAAA', ...parts.slice(2)].join('.')],
      ['a header that is not JSON', [Buffer.from('{"alg').toString('base64url'), ...parts.slice(1)].join('.')],
      ['alg dir', withHeader(jwe, { ...header, alg: 'dir' })],
      ['alg ECDH-ES+A256KW', withHeader(jwe, { ...header, alg: 'ECDH-ES+A256KW' })],
      ['enc A128GCM', withHeader(jwe, { ...header, enc: 'A128GCM' })],
      ['enc A256CBC-HS512', withHeader(jwe, { ...header, enc: 'A256CBC-HS512' })],
      ['zip', withHeader(jwe, { ...header, zip: 'DEF' })],
      ['crit', withHeader(jwe, { ...header, crit: ['exp'] })],
      ['no epk', withHeader(jwe, { ...header, epk: undefined })],
      ['a P-256 epk', withHeader(jwe, { ...header, epk: { kty: 'EC', crv: 'P-256', x: 'AAAA', y: 'AAAA' } })],
      ['an Ed25519 epk', withHeader(jwe, { ...header, epk: { ...(header.epk as object), crv: 'Ed25519' } })],
      ['a short epk', withHeader(jwe, { ...header, epk: { kty: 'OKP', crv: 'X25519', x: 'AAAA' } })],
      ['a non-string kid', withHeader(jwe, { ...header, kid: 7 })],
      ['apu that is not base64url', withHeader(jwe, { ...header, apu: 'a+b' })],
      ['a 16-byte IV', [parts[0], '', Buffer.alloc(16).toString('base64url'), parts[3], parts[4]].join('.')],
      ['a truncated tag', [...parts.slice(0, 4), Buffer.alloc(8).toString('base64url')].join('.')],
      ['padding in the ciphertext', [...parts.slice(0, 3), `${parts[3]}==`, parts[4]].join('.')],
      ['an oversized token', [parts[0], '', parts[2], 'A'.repeat(MAX_TOKEN_LENGTH), parts[4]].join('.')],
    ];
    for (const [name, value] of cases) expectCode(decryptWith(privateKey, value), 'encryption.malformed', name);
  });

  test('decryptJsonWith refuses content that is not UTF-8 JSON: encryption.malformed', () => {
    expectCode(decryptJsonWith(privateKey, encryptFor(publicKey, kid, Buffer.from('{"a":'))), 'encryption.malformed', 'json');
    expectCode(
      decryptJsonWith(privateKey, encryptFor(publicKey, kid, new Uint8Array([0x22, 0xff, 0x22]))),
      'encryption.malformed',
      'utf-8',
    );
  });

  test('refuses keys of the wrong kind as programming errors', () => {
    assert.throws(() => encryptFor(requester.signing.publicKey, kid, summary), /X25519/);
    assert.throws(() => decryptWith(publicKey, 'x'), /private X25519/);
    assert.throws(() => decryptWith(requester.signing.privateKey, 'x'), /private X25519/);
  });

  test('cross-verification: jose decrypts what we encrypt', async () => {
    const { plaintext, protectedHeader } = await compactDecrypt(encryptFor(publicKey, kid, summary), privateKey);
    assert.equal(protectedHeader.kid, kid);
    assert.deepEqual(JSON.parse(Buffer.from(plaintext).toString()), summary);
  });

  test('cross-verification: we decrypt what jose encrypts, with and without apu/apv', async () => {
    const bytes = Buffer.from(JSON.stringify(summary));
    const plain = await new CompactEncrypt(bytes).setProtectedHeader({ alg: 'ECDH-ES', enc: 'A256GCM', kid }).encrypt(publicKey);
    const withParties = await new CompactEncrypt(bytes)
      .setProtectedHeader({ alg: 'ECDH-ES', enc: 'A256GCM' })
      .setKeyManagementParameters({ apu: Buffer.from('0212345678'), apv: Buffer.from('0207451227') })
      .encrypt(publicKey);
    assert.ok('apu' in headerOf(withParties), "'apu' in headerOf(withParties)");
    for (const jwe of [plain, withParties]) {
      const result = decryptJsonWith(privateKey, jwe);
      assert.ok(result.ok, JSON.stringify(result));
      assert.deepEqual(result.value, summary);
    }
  });

  test('property: arbitrary strings never make decryptWith throw', () => {
    const segment = fc.oneof(
      fc.string(),
      fc.base64String().map((text) => text.replaceAll('=', '').replaceAll('+', '-').replaceAll('/', '_')),
    );
    const jweLike = fc.array(segment, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('.'));
    fc.assert(
      fc.property(fc.oneof(fc.string(), anyUtf16String, jweLike), (text) => decryptWith(privateKey, text).ok === false),
      { numRuns: 500 },
    );
  });

  test('property: arbitrary headers on a real token never make decryptWith throw', () => {
    const jwe = encryptFor(publicKey, kid, summary);
    const header = headerOf(jwe);
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom('alg', 'enc', 'epk', 'kid', 'apu', 'apv', 'zip', 'crit'), fc.jsonValue()), (changes) => {
        const result = decryptWith(privateKey, withHeader(jwe, { ...header, ...changes }));
        return typeof result.ok === 'boolean';
      }),
      { numRuns: 300 },
    );
  });
});
