import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtemp, readFile, readdir, rm, stat, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { calculateJwkThumbprint, importJWK } from 'jose';
import {
  ENCRYPTION_KEY_FILE,
  SIGNING_KEY_FILE,
  generateInstitutionKeys,
  importPublicJwks,
  loadOrCreatePrivateKeys,
  savePrivateKeys,
  toPublicJwks,
} from './keys.ts';

async function withTemporaryDirectory(run: (directory: string) => Promise<void>): Promise<void> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'rse-keys-'));
  try {
    await run(path.join(directory, 'keys'));
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
}

describe('institution keys', () => {
  test('generates an Ed25519 signing pair and an X25519 encryption pair', () => {
    const keys = generateInstitutionKeys();
    assert.equal(keys.signing.privateKey.asymmetricKeyType, 'ed25519');
    assert.equal(keys.signing.publicKey.type, 'public');
    assert.equal(keys.encryption.privateKey.asymmetricKeyType, 'x25519');
    assert.equal(keys.encryption.publicKey.type, 'public');
    assert.notEqual(keys.signing.kid, keys.encryption.kid);
  });

  test('uses the RFC 7638 thumbprint as kid, as jose computes it', async () => {
    const keys = generateInstitutionKeys();
    const jwks = toPublicJwks(keys);
    for (const jwk of jwks.keys) assert.equal(jwk.kid, await calculateJwkThumbprint(jwk, 'sha256'));
  });

  test('publishes a JWKS with exactly the contract members and no private material', () => {
    const keys = generateInstitutionKeys();
    const jwks = toPublicJwks(keys);
    const [signing, encryption] = jwks.keys;
    assert.deepEqual(Object.keys(signing!).sort(), ['alg', 'crv', 'kid', 'kty', 'use', 'x']);
    assert.deepEqual(
      { ...signing, x: undefined },
      { kty: 'OKP', crv: 'Ed25519', use: 'sig', kid: keys.signing.kid, alg: 'EdDSA', x: undefined },
    );
    assert.deepEqual(
      { ...encryption, x: undefined },
      { kty: 'OKP', crv: 'X25519', use: 'enc', kid: keys.encryption.kid, alg: 'ECDH-ES', x: undefined },
    );
    assert.ok(!JSON.stringify(jwks).includes('"d"'), '!JSON.stringify(jwks).includes(\'"d"\')');
  });

  test('publishes only public halves even when handed the private keys as "public"', () => {
    const keys = generateInstitutionKeys();
    const jwks = toPublicJwks({
      signing: { kid: keys.signing.kid, publicKey: keys.signing.privateKey },
      encryption: { kid: keys.encryption.kid, publicKey: keys.encryption.privateKey },
    });
    assert.deepEqual(jwks, toPublicJwks(keys));
  });

  test('imports its own JWKS back to the same keys, and jose imports it too', async () => {
    const keys = generateInstitutionKeys();
    const jwks = JSON.parse(JSON.stringify(toPublicJwks(keys))) as unknown;
    const imported = importPublicJwks(jwks);
    assert.ok(imported.ok, 'imported.ok');
    assert.equal(imported.signing.length, 1);
    assert.equal(imported.encryption.length, 1);
    assert.equal(imported.signing[0]!.kid, keys.signing.kid);
    assert.ok(
      imported.signing[0]!.publicKey.equals(keys.signing.publicKey),
      'imported.signing[0]!.publicKey.equals(keys.signing.publicKey)',
    );
    assert.equal(imported.encryption[0]!.kid, keys.encryption.kid);
    assert.ok(
      imported.encryption[0]!.publicKey.equals(keys.encryption.publicKey),
      'imported.encryption[0]!.publicKey.equals(keys.encryption.publicKey)',
    );
    for (const jwk of toPublicJwks(keys).keys) await importJWK(jwk);
  });

  test('imports a rotation JWKS with two signing keys', () => {
    const current = toPublicJwks(generateInstitutionKeys());
    const next = toPublicJwks(generateInstitutionKeys());
    const imported = importPublicJwks({ keys: [...current.keys, next.keys[0]] });
    assert.ok(imported.ok, 'imported.ok');
    assert.deepEqual(
      imported.signing.map((key) => key.kid),
      [current.keys[0]!.kid, next.keys[0]!.kid],
    );
  });

  const sample = () => toPublicJwks(generateInstitutionKeys()).keys[0]!;
  const refusals: [string, unknown, string][] = [
    ['a non-object', 'keys', 'jwks.malformed'],
    ['a JWKS without keys', { keys: [] }, 'jwks.malformed'],
    ['a key with a private member', { keys: [{ ...sample(), d: 'AAAA' }] }, 'jwks.private-key'],
    ['a key without kid', { keys: [{ ...sample(), kid: undefined }] }, 'jwks.malformed'],
    ['two keys with one kid', { keys: [sample(), { ...sample(), kid: 'same' }, { ...sample(), kid: 'same' }] }, 'jwks.duplicate-kid'],
    ['an RSA key', { keys: [{ kty: 'RSA', kid: 'r', use: 'sig', n: 'AQAB', e: 'AQAB' }] }, 'jwks.unsupported-key'],
    ['an Ed25519 key offered for encryption', { keys: [{ ...sample(), use: 'enc' }] }, 'jwks.unsupported-key'],
    ['an Ed25519 key with another alg', { keys: [{ ...sample(), alg: 'ES256' }] }, 'jwks.unsupported-key'],
    ['a key whose x is not 32 bytes', { keys: [{ ...sample(), x: 'AAAA' }] }, 'jwks.malformed'],
  ];
  for (const [name, jwks, code] of refusals) {
    test(`refuses ${name} with ${code}`, () => {
      const result = importPublicJwks(jwks);
      assert.equal(result.ok, false);
      assert.equal(!result.ok && result.code, code);
    });
  }

  test('property: importing arbitrary JSON never throws', () => {
    const jwkLike = fc.record(
      {
        kty: fc.constantFrom('OKP', 'EC', 'RSA', 1),
        crv: fc.constantFrom('Ed25519', 'X25519', 'P-256'),
        use: fc.constantFrom('sig', 'enc', 'x'),
        kid: fc.string(),
        x: fc.oneof(fc.string(), fc.base64String()),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.record({ keys: fc.array(fc.oneof(jwkLike, fc.jsonValue()), { maxLength: 4 }) })), (jwks) => {
        const result = importPublicJwks(jwks);
        return typeof result.ok === 'boolean';
      }),
      { numRuns: 300 },
    );
  });

  test('creates the private key files with mode 0600 on first start and reloads the same keys', async () => {
    await withTemporaryDirectory(async (directory) => {
      const created = await loadOrCreatePrivateKeys(directory);
      for (const file of [SIGNING_KEY_FILE, ENCRYPTION_KEY_FILE]) {
        const info = await stat(path.join(directory, file));
        assert.equal(info.mode & 0o777, 0o600, file);
        assert.match(await readFile(path.join(directory, file), 'utf8'), /^-----BEGIN PRIVATE KEY-----/);
      }
      assert.equal((await stat(directory)).mode & 0o777, 0o700);
      const loaded = await loadOrCreatePrivateKeys(directory);
      assert.equal(loaded.signing.kid, created.signing.kid);
      assert.equal(loaded.encryption.kid, created.encryption.kid);
      assert.ok(loaded.signing.publicKey.equals(created.signing.publicKey), 'loaded.signing.publicKey.equals(created.signing.publicKey)');
      assert.ok(
        loaded.encryption.privateKey.equals(created.encryption.privateKey),
        'loaded.encryption.privateKey.equals(created.encryption.privateKey)',
      );
    });
  });

  test('two processes starting together end up with the same keys', async () => {
    await withTemporaryDirectory(async (directory) => {
      const results = await Promise.all(Array.from({ length: 4 }, () => loadOrCreatePrivateKeys(directory)));
      for (const keys of results) {
        assert.equal(keys.signing.kid, results[0]!.signing.kid);
        assert.equal(keys.encryption.kid, results[0]!.encryption.kid);
      }
      assert.deepEqual((await readdir(directory)).sort(), [ENCRYPTION_KEY_FILE, SIGNING_KEY_FILE], 'no temporary file left behind');
    });
  });

  test('savePrivateKeys replaces the stored keys, still with mode 0600', async () => {
    await withTemporaryDirectory(async (directory) => {
      await loadOrCreatePrivateKeys(directory);
      const replacement = generateInstitutionKeys();
      await savePrivateKeys(directory, replacement);
      const loaded = await loadOrCreatePrivateKeys(directory);
      assert.equal(loaded.signing.kid, replacement.signing.kid);
      assert.equal(loaded.encryption.kid, replacement.encryption.kid);
      assert.equal((await stat(path.join(directory, SIGNING_KEY_FILE))).mode & 0o777, 0o600);
    });
  });

  test('refuses to start when one key file is missing instead of replacing a registered key', async () => {
    await withTemporaryDirectory(async (directory) => {
      await loadOrCreatePrivateKeys(directory);
      await unlink(path.join(directory, ENCRYPTION_KEY_FILE));
      await assert.rejects(loadOrCreatePrivateKeys(directory), /encryption-x25519\.pem is missing/);
    });
  });

  test('refuses a key file that holds the wrong kind of key', async () => {
    await withTemporaryDirectory(async (directory) => {
      await loadOrCreatePrivateKeys(directory);
      const wrong = generateKeyPairSync('x25519').privateKey.export({ format: 'pem', type: 'pkcs8' });
      await writeFile(path.join(directory, SIGNING_KEY_FILE), wrong);
      await assert.rejects(loadOrCreatePrivateKeys(directory), /holds a x25519 key, expected ed25519/);
    });
  });

  test('refuses a key file that is not a PEM key', async () => {
    await withTemporaryDirectory(async (directory) => {
      await loadOrCreatePrivateKeys(directory);
      await writeFile(path.join(directory, SIGNING_KEY_FILE), 'not a key');
      await assert.rejects(loadOrCreatePrivateKeys(directory), /does not hold a readable PKCS#8 private key/);
    });
  });
});
