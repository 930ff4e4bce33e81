import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sign, type KeyObject } from 'node:crypto';
import fc from 'fast-check';
import { CompactSign, SignJWT, compactVerify, jwtVerify } from 'jose';
import {
  MAX_TOKEN_LENGTH,
  createMemoryReplayGuard,
  signMessage,
  verifyMessage,
  type ReplayGuard,
  type VerifyMessageOptions,
} from './envelope.ts';
import { generateInstitutionKeys } from './keys.ts';

const NOW = new Date('2026-03-03T09:15:00Z');
const NOW_SECONDS = NOW.getTime() / 1000;
const FOREST = '0212345678';
const GENT = '0207451227';
const forest = generateInstitutionKeys();
const gent = generateInstitutionKeys();
const payload = { type: 'consultation', niss: '85073003328', purpose: 'social-investigation', fileRef: 'AR-2026-000123' };

function registry(iss: string, kid: string): KeyObject | undefined {
  if (iss === FOREST && kid === forest.signing.kid) return forest.signing.publicKey;
  if (iss === GENT && kid === gent.signing.kid) return gent.signing.publicKey;
  return undefined;
}

function options(overrides: Partial<VerifyMessageOptions> = {}): VerifyMessageOptions {
  return {
    resolveKey: registry,
    expectedAudience: 'hub',
    now: NOW,
    replay: createMemoryReplayGuard({ maxEntries: 1000, now: () => NOW.getTime() }),
    ...overrides,
  };
}

function signAsForest(overrides: { now?: Date; jti?: string; audience?: string; payload?: Record<string, unknown> } = {}): string {
  return signMessage({
    payload: overrides.payload ?? payload,
    issuer: FOREST,
    audience: overrides.audience ?? 'hub',
    signingKey: forest.signing.privateKey,
    kid: forest.signing.kid,
    now: overrides.now ?? NOW,
    ...(overrides.jti ? { jti: overrides.jti } : {}),
  });
}

/** Any UTF-16 code units, lone surrogates included (fast-check's 'binary' unit costs a second to warm up). */
const anyUtf16String = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 });
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/**
 * A token with exactly this header and these claims, correctly signed by Forest's key. Signed with
 * node:crypto by hand because jose itself refuses to produce some of the headers tested here.
 */
async function signRaw(header: Record<string, unknown>, claims: unknown): Promise<string> {
  const signingInput = `${encode(header)}.${encode(claims)}`;
  return `${signingInput}.${sign(null, Buffer.from(signingInput), forest.signing.privateKey).toString('base64url')}`;
}

const validClaims = () => ({ ...payload, iss: FOREST, aud: 'hub', iat: NOW_SECONDS, jti: crypto.randomUUID() });
const validHeader = () => ({ alg: 'EdDSA', kid: forest.signing.kid, typ: 'rse+jwt' });

async function expectRefusal(token: unknown, code: string, verifyOptions = options()): Promise<void> {
  const result = await verifyMessage(token, verifyOptions);
  assert.equal(result.ok, false, `expected ${code}`);
  assert.equal(!result.ok && result.code, code);
}

describe('signed envelope', () => {
  test('round trip: the receiver gets the payload with iss, aud, iat in seconds and a UUID jti', async () => {
    const token = signAsForest();
    const result = await verifyMessage(token, options());
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.kid, forest.signing.kid);
    const { jti, ...rest } = result.claims;
    assert.deepEqual(rest, { ...payload, iss: FOREST, aud: 'hub', iat: NOW_SECONDS });
    assert.match(jti, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  test('writes the protected header { alg: EdDSA, kid, typ: rse+jwt }', () => {
    const header = JSON.parse(Buffer.from(signAsForest().split('.')[0]!, 'base64url').toString()) as unknown;
    assert.deepEqual(header, { alg: 'EdDSA', kid: forest.signing.kid, typ: 'rse+jwt' });
  });

  test('gives every message a fresh jti unless one is given', () => {
    const ids = new Set(
      Array.from({ length: 50 }, () => JSON.parse(Buffer.from(signAsForest().split('.')[1]!, 'base64url').toString()).jti),
    );
    assert.equal(ids.size, 50);
    const token = signAsForest({ jti: 'fixed-id' });
    assert.equal(JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).jti, 'fixed-id');
  });

  test('asks the registry for the key by the token issuer and kid, and accepts an async registry', async () => {
    const asked: [string, string][] = [];
    const result = await verifyMessage(
      signAsForest(),
      options({
        resolveKey: async (iss, kid) => {
          asked.push([iss, kid]);
          return registry(iss, kid);
        },
      }),
    );
    assert.ok(result.ok, 'result.ok');
    assert.deepEqual(asked, [[FOREST, forest.signing.kid]]);
  });

  test('refuses an issuer or kid the registry does not know: signature.unknown-institution', async () => {
    await expectRefusal(signAsForest(), 'signature.unknown-institution', options({ resolveKey: () => undefined }));
    const unknownKid = await signRaw({ ...validHeader(), kid: 'rotated-away' }, validClaims());
    await expectRefusal(unknownKid, 'signature.unknown-institution');
  });

  test('refuses a tampered payload: signature.invalid', async () => {
    const [header, , signature] = signAsForest().split('.');
    const forged = `${header}.${encode({ ...validClaims(), niss: '90010100146' })}.${signature}`;
    await expectRefusal(forged, 'signature.invalid');
  });

  test('refuses a tampered signature: signature.invalid', async () => {
    const [header, body, signature] = signAsForest().split('.');
    const bytes = Buffer.from(signature!, 'base64url');
    bytes[10] = bytes[10]! ^ 0x01;
    await expectRefusal(`${header}.${body}.${bytes.toString('base64url')}`, 'signature.invalid');
    await expectRefusal(`${header}.${body}.${bytes.subarray(0, 32).toString('base64url')}`, 'signature.invalid');
  });

  test('refuses a message signed with another institution key under this issuer: signature.invalid', async () => {
    const token = signMessage({
      payload,
      issuer: FOREST,
      audience: 'hub',
      signingKey: gent.signing.privateKey,
      kid: forest.signing.kid,
      now: NOW,
    });
    await expectRefusal(token, 'signature.invalid');
  });

  test('refuses a message for another receiver: signature.wrong-audience', async () => {
    await expectRefusal(signAsForest({ audience: GENT }), 'signature.wrong-audience');
    await expectRefusal(await signRaw(validHeader(), { ...validClaims(), aud: ['hub', GENT] }), 'signature.missing-claims');
  });

  test('accepts iat up to the skew bound in both directions and refuses beyond it: signature.stale', async () => {
    for (const offset of [-120, 120]) {
      const result = await verifyMessage(signAsForest({ now: new Date(NOW.getTime() + offset * 1000) }), options());
      assert.ok(result.ok, `offset ${offset}`);
    }
    await expectRefusal(signAsForest({ now: new Date(NOW.getTime() - 121_000) }), 'signature.stale');
    await expectRefusal(signAsForest({ now: new Date(NOW.getTime() + 121_000) }), 'signature.stale');
    await expectRefusal(signAsForest({ now: new Date(NOW.getTime() - 31_000) }), 'signature.stale', options({ maxSkewSeconds: 30 }));
  });

  test('refuses the same message twice: signature.replayed', async () => {
    const verifyOptions = options();
    const token = signAsForest();
    assert.ok((await verifyMessage(token, verifyOptions)).ok, '(await verifyMessage(token, verifyOptions)).ok');
    await expectRefusal(token, 'signature.replayed', verifyOptions);
    await expectRefusal(
      signAsForest({ jti: JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).jti }),
      'signature.replayed',
      verifyOptions,
    );
  });

  test('tracks ids per issuer: the same jti from two institutions is two messages', async () => {
    const verifyOptions = options();
    assert.ok(
      (await verifyMessage(signAsForest({ jti: 'shared-id' }), verifyOptions)).ok,
      "(await verifyMessage(signAsForest({ jti: 'shared-id' }), verifyOptions)).ok",
    );
    const fromGent = signMessage({
      payload,
      issuer: GENT,
      audience: 'hub',
      signingKey: gent.signing.privateKey,
      kid: gent.signing.kid,
      now: NOW,
      jti: 'shared-id',
    });
    assert.ok((await verifyMessage(fromGent, verifyOptions)).ok, '(await verifyMessage(fromGent, verifyOptions)).ok');
  });

  test('does not burn a jti on a refused message, so a forgery cannot block the genuine one', async () => {
    const verifyOptions = options();
    const token = signAsForest({ jti: 'genuine' });
    const [header, body] = token.split('.');
    await expectRefusal(`${header}.${body}.${'A'.repeat(86)}`, 'signature.invalid', verifyOptions);
    await expectRefusal(token, 'signature.wrong-audience', { ...verifyOptions, expectedAudience: GENT });
    await expectRefusal(token, 'signature.stale', { ...verifyOptions, now: new Date(NOW.getTime() + 600_000) });
    assert.ok((await verifyMessage(token, verifyOptions)).ok, '(await verifyMessage(token, verifyOptions)).ok');
  });

  test('refuses signed messages that lack a protocol claim: signature.missing-claims', async () => {
    const cases: Record<string, unknown>[] = [
      { ...validClaims(), iss: undefined },
      { ...validClaims(), aud: undefined },
      { ...validClaims(), iat: undefined },
      { ...validClaims(), iat: String(NOW_SECONDS) },
      { ...validClaims(), jti: undefined },
      { ...validClaims(), jti: '' },
      { ...validClaims(), jti: 'x'.repeat(129) },
    ];
    for (const claims of cases) await expectRefusal(await signRaw(validHeader(), claims), 'signature.missing-claims');
  });

  test('refuses anything that is not a compact EdDSA JWS of this protocol: signature.malformed', async () => {
    const token = signAsForest();
    const [header, body, signature] = token.split('.');
    const malformed: [string, unknown][] = [
      ['not a string', { token }],
      ['two parts', `${header}.${body}`],
      ['four parts', `${token}.x`],
      ['non-base64url characters', `${header}.${body}+/.${signature}`],
      ['a header that is not JSON', `${Buffer.from('{alg').toString('base64url')}.${body}.${signature}`],
      ['a payload that is a JSON array', `${header}.${encode([validClaims()])}.${signature}`],
      ['alg none', `${encode({ alg: 'none', typ: 'rse+jwt', kid: forest.signing.kid })}.${body}.`],
      ['alg HS256', `${encode({ ...validHeader(), alg: 'HS256' })}.${body}.${signature}`],
      ['alg Ed25519 spelled otherwise', `${encode({ ...validHeader(), alg: 'Ed25519' })}.${body}.${signature}`],
      ['an oversized token', `${header}.${'A'.repeat(MAX_TOKEN_LENGTH)}.${signature}`],
    ];
    for (const [name, value] of malformed) {
      const result = await verifyMessage(value, options());
      assert.equal(!result.ok && result.code, 'signature.malformed', name);
    }
  });

  test('refuses b64:false, crit, a missing kid and a foreign typ even when correctly signed', async () => {
    await expectRefusal(await signRaw({ ...validHeader(), b64: false, crit: ['b64'] }, validClaims()), 'signature.malformed');
    await expectRefusal(await signRaw({ ...validHeader(), b64: true }, validClaims()), 'signature.malformed');
    await expectRefusal(await signRaw({ ...validHeader(), crit: ['exp'] }, validClaims()), 'signature.malformed');
    await expectRefusal(await signRaw({ alg: 'EdDSA', typ: 'rse+jwt' }, validClaims()), 'signature.malformed');
    await expectRefusal(await signRaw({ alg: 'EdDSA', kid: forest.signing.kid }, validClaims()), 'signature.malformed');
    await expectRefusal(await signRaw({ ...validHeader(), typ: 'JWT' }, validClaims()), 'signature.malformed');
    assert.ok(
      (await verifyMessage(await signRaw({ ...validHeader(), typ: 'application/RSE+JWT' }, validClaims()), options())).ok,
      "(await verifyMessage(await signRaw({ ...validHeader(), typ: 'application/RSE+JWT' }, validClaims()), options())).ok",
    );
  });

  test('refuses a second spelling of a valid signature (non-canonical base64url)', async () => {
    const [header, body, signature] = signAsForest().split('.');
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    // The last of 86 characters carries 2 bits of the signature and 4 padding bits: flipping a padding bit decodes to the same bytes.
    const last = alphabet[alphabet.indexOf(signature!.at(-1)!) ^ 1]!;
    const respelled = `${header}.${body}.${signature!.slice(0, -1)}${last}`;
    assert.deepEqual(Buffer.from(respelled.split('.')[2]!, 'base64url'), Buffer.from(signature!, 'base64url'));
    await expectRefusal(respelled, 'signature.malformed');
  });

  test('signMessage refuses to sign protocol claims in the payload, or with a non-Ed25519 or public key', () => {
    for (const claim of ['iss', 'aud', 'iat', 'jti']) {
      assert.throws(() => signAsForest({ payload: { ...payload, [claim]: 'x' } }), /protocol claim/);
    }
    assert.throws(
      () => signMessage({ payload, issuer: FOREST, audience: 'hub', signingKey: forest.encryption.privateKey, kid: 'k' }),
      /Ed25519/,
    );
    assert.throws(
      () => signMessage({ payload, issuer: FOREST, audience: 'hub', signingKey: forest.signing.publicKey, kid: 'k' }),
      /private/,
    );
    assert.throws(() => signAsForest({ payload: { blob: 'x'.repeat(MAX_TOKEN_LENGTH) } }), RangeError);
  });

  test('cross-verification: jose verifies our messages, as a JWS and as a JWT', async () => {
    const token = signAsForest({ now: new Date() });
    const { payload: bytes, protectedHeader } = await compactVerify(token, forest.signing.publicKey);
    assert.equal(protectedHeader.alg, 'EdDSA');
    assert.equal(JSON.parse(Buffer.from(bytes).toString()).fileRef, payload.fileRef);
    const { payload: claims } = await jwtVerify(token, forest.signing.publicKey, {
      issuer: FOREST,
      audience: 'hub',
      typ: 'rse+jwt',
      algorithms: ['EdDSA'],
    });
    assert.equal(claims.niss, payload.niss);
  });

  test('cross-verification: we verify messages signed by jose', async () => {
    const fromCompactSign = await new CompactSign(Buffer.from(JSON.stringify(validClaims())))
      .setProtectedHeader(validHeader())
      .sign(forest.signing.privateKey);
    assert.ok((await verifyMessage(fromCompactSign, options())).ok, '(await verifyMessage(fromCompactSign, options())).ok');
    const fromSignJwt = await new SignJWT({ ...payload })
      .setProtectedHeader(validHeader())
      .setIssuer(FOREST)
      .setAudience('hub')
      .setIssuedAt(NOW)
      .setJti('jose-made')
      .sign(forest.signing.privateKey);
    const result = await verifyMessage(fromSignJwt, options());
    assert.ok(result.ok, JSON.stringify(result));
    assert.equal(result.claims.jti, 'jose-made');
  });

  test('property: arbitrary strings never make verifyMessage throw', async () => {
    const segment = fc.oneof(
      fc.string(),
      fc.base64String().map((text) => text.replaceAll('=', '').replaceAll('+', '-').replaceAll('/', '_')),
    );
    const jwsLike = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => parts.join('.'));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), anyUtf16String, jwsLike), async (text) => {
        const result = await verifyMessage(text, options());
        return result.ok === false;
      }),
      { numRuns: 500 },
    );
  });

  test('property: correctly signed but arbitrary headers and claims never make verifyMessage throw', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('kid', 'typ', 'b64', 'crit', 'x5u', 'jwk'), fc.jsonValue()),
        fc.jsonValue(),
        async (extraHeader, claims) => {
          const token = await signRaw({ ...validHeader(), ...extraHeader, alg: 'EdDSA' }, claims);
          const result = await verifyMessage(token, options());
          return typeof result.ok === 'boolean';
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('memory replay guard', () => {
  test('remembers a pair until it expires, then accepts it again', () => {
    let now = 1_000;
    const guard: ReplayGuard = createMemoryReplayGuard({ maxEntries: 10, now: () => now });
    assert.equal(guard.checkAndRemember(FOREST, 'a', 2_000), true);
    assert.equal(guard.checkAndRemember(FOREST, 'a', 2_000), false);
    now = 2_000;
    assert.equal(guard.checkAndRemember(FOREST, 'a', 3_000), true);
  });

  test('keeps issuers apart even when their names could be concatenated alike', () => {
    const guard = createMemoryReplayGuard({ maxEntries: 10, now: () => 0 });
    assert.equal(guard.checkAndRemember('ab', 'c', 1), true);
    assert.equal(guard.checkAndRemember('a', 'bc', 1), true);
    assert.equal(guard.checkAndRemember('a:b', 'c', 1), true);
    assert.equal(guard.checkAndRemember('a', 'b:c', 1), true);
  });

  test('makes room by forgetting expired ids when full', () => {
    let now = 0;
    const guard = createMemoryReplayGuard({ maxEntries: 3, now: () => now });
    assert.equal(guard.checkAndRemember(FOREST, 'late', 500), true);
    assert.equal(guard.checkAndRemember(FOREST, 'early-1', 100), true);
    assert.equal(guard.checkAndRemember(FOREST, 'early-2', 100), true);
    now = 200;
    assert.equal(guard.checkAndRemember(FOREST, 'new', 700), true);
    assert.equal(guard.checkAndRemember(FOREST, 'late', 500), false, 'an unexpired id is still remembered');
  });

  test('refuses new ids rather than forget live ones when full of unexpired ids', () => {
    let now = 0;
    const guard = createMemoryReplayGuard({ maxEntries: 2, now: () => now });
    assert.equal(guard.checkAndRemember(FOREST, 'a', 1_000), true);
    assert.equal(guard.checkAndRemember(FOREST, 'b', 1_000), true);
    assert.equal(guard.checkAndRemember(FOREST, 'c', 1_000), false);
    assert.equal(guard.checkAndRemember(FOREST, 'a', 1_000), false);
    now = 1_000;
    assert.equal(guard.checkAndRemember(FOREST, 'c', 2_000), true);
    assert.equal(guard.checkAndRemember(FOREST, 'd', 2_000), true);
    assert.equal(guard.checkAndRemember(FOREST, 'e', 2_000), false);
  });

  test('refuses a non-positive capacity', () => {
    assert.throws(() => createMemoryReplayGuard({ maxEntries: 0 }), RangeError);
  });
});
