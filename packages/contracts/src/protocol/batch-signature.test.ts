import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compactVerify, importJWK } from 'jose';
import { createMemoryReplayGuard, verifyMessage } from './envelope.ts';
import { generateInstitutionKeys, toPublicJwks } from './keys.ts';
import { acceptsBatchForm, createSignedChannel, type Transport } from './channel.ts';
import { SummaryAnswer } from './messages.ts';
import {
  BATCH_MEDIA_TYPE,
  createVerifiedRoots,
  isBatchForm,
  isIncluded,
  mediaTypeOf,
  openBatchForm,
  type OpenedBatch,
} from './batch-signature.ts';
import { hashLeaf } from '../merkle/hashes.ts';
import { verifyInclusion } from '../merkle/verify.ts';

const NOW = new Date('2026-03-01T10:00:00Z');
const A = '0212345678';
const B = '0207654321';

function setUp(transport?: Transport) {
  const aKeys = generateInstitutionKeys();
  const bKeys = generateInstitutionKeys();
  const keys = new Map([
    [A, aKeys],
    [B, bKeys],
  ]);
  const registry = {
    signingKey: (issuer: string, kid: string) => {
      const entry = keys.get(issuer);
      return entry?.signing.kid === kid ? entry.signing.publicKey : undefined;
    },
  };
  const channel = createSignedChannel({
    keys: registry,
    replay: createMemoryReplayGuard({ maxEntries: 1000, now: () => NOW.getTime() }),
    clock: () => NOW,
    transport: transport ?? (async () => ({ status: 500, text: async () => '' })),
    timeoutMs: 1_000,
  });
  const asA = { id: A, signing: aKeys.signing };
  const asB = { id: B, signing: bKeys.signing };
  const verifyAt = (token: string, audience: string, verifiedRoots = createVerifiedRoots()) =>
    verifyMessage(token, {
      resolveKey: registry.signingKey,
      expectedAudience: audience,
      now: NOW,
      replay: createMemoryReplayGuard({ maxEntries: 1000, now: () => NOW.getTime() }),
      verifiedRoots,
    });
  return { aKeys, channel, asA, asB, verifyAt };
}

/** Swaps one character of a base64url part for another valid one. */
function alter(part: string): string {
  const last = part.at(-2) === 'A' ? 'B' : 'A';
  return `${part.slice(0, -2)}${last}${part.slice(-1)}`;
}

describe('batch signatures (ADR 0023)', () => {
  test('messages signed in the same turn share one signature over their Merkle root, and each verifies alone', async () => {
    const { channel, asA, verifyAt } = setUp();
    const tokens = await Promise.all(Array.from({ length: 5 }, (_, index) => channel.signInBatch(asA, 'hub', { type: 'ping', index })));
    assert.ok(tokens.every(isBatchForm), 'tokens.every(isBatchForm)');
    const roots = new Set(tokens.map((token) => token.split('.').slice(3).join('.')));
    assert.equal(roots.size, 1, 'one root JWS for the batch');
    for (const [index, token] of tokens.entries()) {
      const verified = await verifyAt(token, 'hub');
      assert.ok(verified.ok, JSON.stringify(verified));
      assert.equal(verified.claims.index, index);
      assert.equal(verified.claims.iss, A);
    }
  });

  test('a message signed alone in its turn is a plain compact JWS', async () => {
    const { channel, asA, verifyAt } = setUp();
    const token = await channel.signInBatch(asA, 'hub', { type: 'ping' });
    assert.equal(token.split('.').length, 3);
    assert.equal(mediaTypeOf(token), 'application/jose');
    assert.ok((await verifyAt(token, 'hub')).ok, '(await verifyAt(token, "hub")).ok');
  });

  test('each signer gets its own batch, and each message keeps its own audience', async () => {
    const { channel, asA, asB, verifyAt } = setUp();
    const [a1, a2, b1, b2] = await Promise.all([
      channel.signInBatch(asA, 'hub', { n: 1 }),
      channel.signInBatch(asA, B, { n: 2 }),
      channel.signInBatch(asB, 'hub', { n: 3 }),
      channel.signInBatch(asB, A, { n: 4 }),
    ]);
    assert.ok((await verifyAt(a1!, 'hub')).ok, '(await verifyAt(a1!, "hub")).ok');
    assert.ok((await verifyAt(a2!, B)).ok, '(await verifyAt(a2!, B)).ok');
    assert.equal((await verifyAt(a2!, 'hub')).ok, false, 'another audience is refused');
    assert.ok((await verifyAt(b1!, 'hub')).ok, '(await verifyAt(b1!, "hub")).ok');
    assert.ok((await verifyAt(b2!, A)).ok, '(await verifyAt(b2!, A)).ok');
    assert.notEqual(a1!.split('.')[3], undefined);
    assert.notEqual(a1!.split('.').slice(3).join('.'), b1!.split('.').slice(3).join('.'));
  });

  test('a batch with one altered message refuses only that one', async () => {
    const { channel, asA, verifyAt } = setUp();
    const tokens = await Promise.all(Array.from({ length: 7 }, (_, index) => channel.signInBatch(asA, 'hub', { index })));
    const parts = tokens[3]!.split('.');
    // The claims are replaced by other, well-formed claims: the proof no longer leads to the signed root.
    parts[1] = Buffer.from(JSON.stringify({ index: 99, iss: A, aud: 'hub', iat: NOW.getTime() / 1000, jti: 'forged' })).toString(
      'base64url',
    );
    const forged = parts.join('.');
    const roots = createVerifiedRoots();
    const outcomes = await Promise.all([...tokens.slice(0, 3), forged, ...tokens.slice(4)].map((token) => verifyAt(token, 'hub', roots)));
    assert.deepEqual(
      outcomes.map((outcome) => outcome.ok),
      [true, true, true, false, true, true, true],
    );
    assert.equal(outcomes[3]!.ok === false && outcomes[3]!.code, 'signature.invalid');
  });

  test('a proof moved to another message, a wrong index or a root signed by another key is refused', async () => {
    const { channel, asA, asB, verifyAt } = setUp();
    const [first, second] = await Promise.all([channel.signInBatch(asA, 'hub', { n: 1 }), channel.signInBatch(asA, 'hub', { n: 2 })]);
    const p1 = first!.split('.');
    const p2 = second!.split('.');
    const swapped = [p1[0], p1[1], p2[2], ...p1.slice(3)].join('.');
    assert.equal((await verifyAt(swapped, 'hub')).ok, false);
    const [b1] = await Promise.all([channel.signInBatch(asB, 'hub', { n: 1 }), channel.signInBatch(asB, 'hub', { n: 2 })]);
    // A's message under B's root: the root's issuer is not the message's.
    const mixed = [...p1.slice(0, 3), ...b1!.split('.').slice(3)].join('.');
    const outcome = await verifyAt(mixed, 'hub');
    assert.equal(outcome.ok, false);
    const badSignature = [...p1.slice(0, 5), alter(p1[5]!)].join('.');
    assert.equal((await verifyAt(badSignature, 'hub')).ok, false);
  });

  test('a root verified once is not trusted for another key, and an altered root is verified afresh', async () => {
    const { channel, asA, verifyAt } = setUp();
    const tokens = await Promise.all([channel.signInBatch(asA, 'hub', { n: 1 }), channel.signInBatch(asA, 'hub', { n: 2 })]);
    const roots = createVerifiedRoots();
    assert.ok((await verifyAt(tokens[0]!, 'hub', roots)).ok, '(await verifyAt(tokens[0]!, "hub", roots)).ok');
    const parts = tokens[1]!.split('.');
    const claims = JSON.parse(Buffer.from(parts[4]!, 'base64url').toString()) as Record<string, unknown>;
    parts[4] = Buffer.from(JSON.stringify({ ...claims, size: 3 })).toString('base64url');
    assert.equal((await verifyAt(parts.join('.'), 'hub', roots)).ok, false);
    const other = generateInstitutionKeys().signing.publicKey;
    assert.equal(roots.isVerified(tokens[0]!.split('.').slice(3).join('.'), other), false);
  });

  test('the root is a standard compact JWS and each proof an RFC 9162 inclusion proof (checked with jose and the log verifier)', async () => {
    const { aKeys, channel, asA } = setUp();
    const tokens = await Promise.all(Array.from({ length: 6 }, (_, index) => channel.signInBatch(asA, B, { index })));
    const jwk = toPublicJwks(aKeys).keys[0];
    const publicKey = await importJWK({ ...jwk, alg: 'EdDSA' }, 'EdDSA');
    for (const token of tokens) {
      const opened = openBatchForm(token.split('.'));
      assert.ok(opened.ok, 'opened.ok');
      const { payload, protectedHeader } = await compactVerify(opened.rootJws, publicKey);
      assert.equal(protectedHeader.typ, 'rse-batch+jwt');
      const root = JSON.parse(new TextDecoder().decode(payload)) as { root: string; size: number; iss: string };
      assert.equal(root.iss, A);
      assert.ok(
        verifyInclusion({
          leafHash: hashLeaf(Buffer.from(opened.signingInput, 'ascii')),
          leafIndex: opened.leafIndex,
          treeSize: root.size,
          auditPath: opened.auditPath,
          rootHash: Buffer.from(root.root, 'base64url'),
        }),
        'verifyInclusion({ leafHash: hashLeaf(Buffer.from(opened.signingInput, ',
      );
    }
  });

  test('any batch size verifies every message, and changing any byte of a message is refused', async () => {
    const { channel, asA, verifyAt } = setUp();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 2, max: 40 }), fc.nat(), fc.nat(), async (size, pick, at) => {
        const tokens = await Promise.all(Array.from({ length: size }, (_, index) => channel.signInBatch(asA, 'hub', { index, size })));
        const roots = createVerifiedRoots();
        for (const token of tokens) assert.ok((await verifyAt(token, 'hub', roots)).ok, '(await verifyAt(token, "hub", roots)).ok');
        const target = tokens[pick % size]!;
        const parts = target.split('.');
        const part = (at % 3) as 0 | 1 | 2;
        parts[part] = alter(parts[part]!);
        assert.equal((await verifyAt(parts.join('.'), 'hub', roots)).ok, false);
      }),
      { numRuns: 40 },
    );
  });

  test('the hash cache of a verified root accepts and refuses every proof exactly as hashing each path does', async () => {
    const { channel, asA } = setUp();
    type Opened = Extract<OpenedBatch, { ok: true }>;
    const open = (token: string): Opened => {
      const opened = openBatchForm(token.split('.'));
      assert.ok(opened.ok, 'opened');
      return opened;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 64 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(3), fc.nat()), { maxLength: 12 }),
        fc.boolean(),
        async (size, changes, badFirst) => {
          const tokens = await Promise.all(Array.from({ length: size }, (_, index) => channel.signInBatch(asA, 'hub', { index })));
          const genuine = tokens.map(open);
          const altered = changes.map(([pick, kind, at]): Opened => {
            const opened = genuine[pick % size]!;
            const path = opened.auditPath.map((hash) => Buffer.from(hash));
            const flipped = path[at % path.length];
            // One byte of one hash of the path changed (XOR with 1 to 255: never unchanged).
            if (kind === 0 && flipped) flipped.writeUInt8(flipped.readUInt8(at % 32) ^ (1 + (at % 255)), at % 32);
            if (kind === 1) return { ...opened, leafIndex: (opened.leafIndex + 1 + (at % (size - 1))) % size };
            if (kind === 2) return { ...opened, auditPath: genuine[(pick + 1) % size]!.auditPath };
            if (kind === 3) return { ...opened, auditPath: [...path, path[0] ?? Buffer.alloc(32)] };
            return { ...opened, auditPath: path };
          });
          const roots = createVerifiedRoots();
          roots.remember(genuine[0]!.rootJws, asA.signing.publicKey);
          const cache = roots.nodesOf(genuine[0]!.rootJws, size);
          assert.ok(cache, 'a verified root has a cache');
          for (const opened of badFirst ? [...altered, ...genuine, ...altered] : [...genuine, ...altered, ...genuine]) {
            assert.equal(isIncluded(opened, cache), isIncluded(opened), `leaf ${opened.leafIndex} of ${size}`);
          }
          assert.ok(
            genuine.every((opened) => isIncluded(opened, cache)),
            'every genuine message is included',
          );
        },
      ),
      { numRuns: 60 },
    );
  });

  test('only a verified root gets a hash cache, and only the most recent roots keep theirs', async () => {
    const { channel, asA } = setUp();
    const roots = createVerifiedRoots(4096, 2);
    const rootOf = async () => {
      const [token] = await Promise.all([channel.signInBatch(asA, 'hub', { n: 1 }), channel.signInBatch(asA, 'hub', { n: 2 })]);
      return token!.split('.').slice(3).join('.');
    };
    const [first, second, third] = [await rootOf(), await rootOf(), await rootOf()];
    assert.equal(roots.nodesOf(first, 2), undefined, 'a root never verified has none');
    for (const root of [first, second, third]) roots.remember(root, asA.signing.publicKey);
    const cache = roots.nodesOf(first, 2);
    assert.ok(cache, 'a verified root has one');
    assert.equal(roots.nodesOf(first, 2), cache, 'the same one each time');
    roots.nodesOf(second, 2);
    roots.nodesOf(third, 2);
    assert.notEqual(roots.nodesOf(first, 2), cache, 'the oldest was dropped for the newest');
  });

  test('send posts a batch-signed message under its own media type, and asks for batch answers when it verifies them', async () => {
    const seen: { contentType: string | undefined; accept: string | undefined }[] = [];
    const { channel, asA, asB } = setUp(async (_url, init) => {
      seen.push({ contentType: init.headers['content-type'], accept: init.headers.accept });
      return { status: 500, text: async () => '' };
    });
    const toB = { audience: B, url: 'http://b.test' };
    await Promise.all([
      ...[1, 2].map((n) => channel.send({ as: asA, to: toB, payload: { n }, answer: SummaryAnswer, batch: true, acceptsBatch: true })),
      channel.send({ as: asB, to: { audience: A, url: 'http://a.test' }, payload: { n: 3 }, answer: SummaryAnswer }),
    ]);
    const batched = seen.filter((request) => request.contentType === BATCH_MEDIA_TYPE);
    const plain = seen.filter((request) => request.contentType === 'application/jose');
    assert.equal(batched.length, 2);
    assert.ok(
      batched.every((request) => request.accept?.includes(BATCH_MEDIA_TYPE)),
      'batched.every((request) => request.accept?.includes(BATCH_MEDIA_TYPE))',
    );
    assert.equal(plain.length, 1);
    assert.equal(plain[0]!.accept, undefined);
  });

  test('an Accept header names the batch form only as a media range of its own, and q=0 refuses it', () => {
    assert.equal(acceptsBatchForm(`application/jose, ${BATCH_MEDIA_TYPE}`), true);
    assert.equal(acceptsBatchForm([`${BATCH_MEDIA_TYPE};q=0.5`]), true);
    assert.equal(acceptsBatchForm(`${BATCH_MEDIA_TYPE}; q=0`), false);
    assert.equal(acceptsBatchForm('application/jose'), false);
    assert.equal(acceptsBatchForm(`${BATCH_MEDIA_TYPE}x`), false);
    assert.equal(acceptsBatchForm(undefined), false);
  });
});
