import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { generateNiss } from '../niss.ts';
import { createMemoryReplayGuard, signMessage, type ReplayGuard } from './envelope.ts';
import { generateInstitutionKeys, toPublicJwks, type InstitutionKeys } from './keys.ts';
import { createRegistryCache, type RegistryEntry } from './registry-cache.ts';
import { createSignedChannel, type Transport } from './channel.ts';
import { MAX_TOKEN_LENGTH } from './jose-compact.ts';
import { ConsultationRequest, CorrectionNotice, IntegrationResult, parseMessage, SummaryRequest } from './messages.ts';
import { peekAudience, peekType } from './peek.ts';
import { REFUSAL_STATUS } from './refusals.ts';

const NOW = new Date('2026-03-01T10:00:00Z');
const A = '0212345678';
const niss = generateNiss({ birthDate: '1990-05-17', sequence: 123 });

function entryOf(kbo: string, kind: RegistryEntry['kind'], keys: InstitutionKeys): RegistryEntry {
  return { kbo, name: `Institution ${kbo}`, kind, endpoint: `http://${kbo}.test/exchange`, jwks: toPublicJwks(keys) };
}

/** A registry whose content the test changes, counting its loads. */
function fakeRegistry(entries: RegistryEntry[]) {
  const state = { entries, loads: 0 };
  const cache = createRegistryCache({
    maxAgeMs: Number.POSITIVE_INFINITY,
    isHubKnownAsHub: true,
    load: async () => {
      state.loads += 1;
      return state.entries;
    },
  });
  return { state, cache };
}

function setUp(options: { transport?: Transport; onSignature?: (messages: number) => void; replay?: ReplayGuard } = {}) {
  const hubKeys = generateInstitutionKeys();
  const aKeys = generateInstitutionKeys();
  const registry = fakeRegistry([entryOf('0999999922', 'hub', hubKeys), entryOf(A, 'cpas', aKeys)]);
  const channel = createSignedChannel({
    keys: registry.cache,
    replay: options.replay ?? createMemoryReplayGuard({ maxEntries: 100, now: () => NOW.getTime() }),
    clock: () => NOW,
    transport: options.transport ?? (async () => ({ status: 500, text: async () => '' })),
    timeoutMs: 1_000,
    ...(options.onSignature ? { onSignature: options.onSignature } : {}),
  });
  const fromA = (payload: Record<string, unknown>, extra: { audience?: string; now?: Date; jti?: string; keys?: InstitutionKeys } = {}) =>
    signMessage({
      payload,
      issuer: A,
      audience: extra.audience ?? 'hub',
      signingKey: (extra.keys ?? aKeys).signing.privateKey,
      kid: (extra.keys ?? aKeys).signing.kid,
      now: extra.now ?? NOW,
      ...(extra.jti ? { jti: extra.jti } : {}),
    });
  return { hubKeys, aKeys, registry, channel, fromA };
}

const consultation = { niss, purpose: 'aid-assessment', fileRef: 'f-1', workerRef: 'w-1', personInformedAt: NOW.toISOString() };

describe('the signed channel receives', () => {
  test('a valid message as typed claims', async () => {
    const { channel, fromA } = setUp();
    const received = await channel.receive(fromA(consultation), { audience: 'hub', message: ConsultationRequest });
    assert.ok(received.ok, 'accepted');
    assert.equal(received.claims.iss, A);
    assert.equal(received.claims.niss, niss);
  });

  test('an unknown kid reloads the registry once, then accepts the rotated key', async () => {
    const { channel, fromA, registry, hubKeys } = setUp();
    await registry.cache.list();
    const rotated = generateInstitutionKeys();
    registry.state.entries = [entryOf('0999999922', 'hub', hubKeys), entryOf(A, 'cpas', rotated)];
    const loadsBefore = registry.state.loads;
    const received = await channel.receive(fromA(consultation, { keys: rotated }), { audience: 'hub', message: ConsultationRequest });
    assert.ok(received.ok, 'the rotated key is found after one reload');
    assert.equal(registry.state.loads, loadsBefore + 1);
  });

  test('a key unknown even after the reload is refused as signature.unknown-institution (401)', async () => {
    const { channel, fromA } = setUp();
    const stranger = generateInstitutionKeys();
    const received = await channel.receive(fromA(consultation, { keys: stranger }), { audience: 'hub', message: ConsultationRequest });
    assert.ok(!received.ok && received.reason === 'signature', 'refused on its signature');
    assert.equal(received.code, 'signature.unknown-institution');
    assert.equal(received.status, 401);
  });

  test('another audience is refused as signature.wrong-audience', async () => {
    const { channel, fromA } = setUp();
    const received = await channel.receive(fromA(consultation, { audience: '0311111111' }), {
      audience: 'hub',
      message: ConsultationRequest,
    });
    assert.ok(!received.ok && received.reason === 'signature', 'refused');
    assert.equal(received.code, 'signature.wrong-audience');
  });

  test('a replay is refused as signature.replayed (409), the first delivery is accepted', async () => {
    const { channel, fromA } = setUp();
    const token = fromA(consultation);
    assert.ok((await channel.receive(token, { audience: 'hub', message: ConsultationRequest })).ok, 'first delivery');
    const again = await channel.receive(token, { audience: 'hub', message: ConsultationRequest });
    assert.ok(!again.ok && again.reason === 'signature', 'refused');
    assert.equal(again.code, 'signature.replayed');
    assert.equal(again.status, 409);
  });

  test('a stale message is refused as signature.stale', async () => {
    const { channel, fromA } = setUp();
    const old = fromA(consultation, { now: new Date(NOW.getTime() - 10 * 60_000) });
    const received = await channel.receive(old, { audience: 'hub', message: ConsultationRequest });
    assert.ok(!received.ok && received.reason === 'signature', 'refused');
    assert.equal(received.code, 'signature.stale');
  });

  test('a message of another issuer than the expected one is refused before its signature is checked', async () => {
    const { channel, fromA } = setUp();
    const received = await channel.receive(fromA(consultation), { audience: 'hub', message: ConsultationRequest, from: 'hub' });
    assert.ok(!received.ok && received.reason === 'signature', 'refused');
    assert.equal(received.code, 'signature.unknown-institution');
  });

  test('a schema violation is refused as message.malformed with the verified claims and no value in the errors', async () => {
    const { channel, fromA } = setUp();
    const received = await channel.receive(fromA({ ...consultation, niss: '12345678901' }), {
      audience: 'hub',
      message: ConsultationRequest,
    });
    assert.ok(!received.ok && received.reason === 'schema', 'refused on its schema');
    assert.equal(received.code, 'message.malformed');
    assert.equal(received.claims.iss, A, 'the verified issuer is known, to check who sent it');
    assert.ok(!JSON.stringify(received.errors).includes('12345678901'), 'no value in the errors');
    const missing = await channel.receive(fromA({ niss }), { audience: 'hub', message: ConsultationRequest });
    assert.ok(!missing.ok && missing.reason === 'schema', 'missing fields refused');
  });

  test('garbage is refused as signature.malformed (400)', async () => {
    const { channel } = setUp();
    const received = await channel.receive('not.a.token', { audience: 'hub', message: ConsultationRequest });
    assert.ok(!received.ok && received.reason === 'signature', 'refused');
    assert.equal(received.code, 'signature.malformed');
    assert.equal(received.status, REFUSAL_STATUS['signature.malformed']);
  });
});

describe('the registry cache', () => {
  test('with minReloadMs, misses reload at most once in that time', async () => {
    let loads = 0;
    let now = 0;
    const cache = createRegistryCache({
      maxAgeMs: Number.POSITIVE_INFINITY,
      minReloadMs: 1_000,
      now: () => now,
      load: async () => {
        loads += 1;
        return [];
      },
    });
    await cache.signingKey(A, 'unknown');
    await cache.signingKey(A, 'unknown');
    await cache.institution(A);
    assert.equal(loads, 1, 'one load for three misses in the same second');
    now = 1_000;
    await cache.signingKey(A, 'unknown');
    assert.equal(loads, 2, 'a miss a second later reloads');
    cache.invalidate();
    await cache.institution(A);
    assert.equal(loads, 3, 'an invalidated cache reloads at once');
  });
});

describe('the signed channel sends', () => {
  test('signs, posts application/jose and verifies the signed answer', async () => {
    const ref: { hub?: ReturnType<typeof setUp> } = {};
    const posted: { url: string; contentType?: string }[] = [];
    const transport: Transport = async (url, init) => {
      posted.push({ url, contentType: init.headers['content-type'] });
      const hub = ref.hub!;
      const received = await hub.channel.receive(init.body, { audience: 'hub', message: ConsultationRequest });
      assert.ok(received.ok, 'the hub accepts what the sender signed');
      const answer = signMessage({
        payload: { type: 'integration-result', status: 'registered', fileRef: 'f-1' },
        issuer: 'hub',
        audience: A,
        signingKey: hub.hubKeys.signing.privateKey,
        kid: hub.hubKeys.signing.kid,
        now: NOW,
      });
      return { status: 200, text: async () => answer };
    };
    const hub = setUp({ transport });
    ref.hub = hub;
    const outcome = await hub.channel.send({
      as: { id: A, signing: hub.aKeys.signing },
      to: { audience: 'hub', url: 'http://hub.test/v1/x' },
      payload: consultation,
      answer: IntegrationResult,
    });
    assert.ok(outcome.ok, 'the answer verifies');
    assert.equal(outcome.claims.status, 'registered');
    assert.deepEqual(posted, [{ url: 'http://hub.test/v1/x', contentType: 'application/jose' }]);
  });

  test('a message too large for its batch proof is signed alone, and every message is counted once', async () => {
    const signatures: number[] = [];
    const { channel, aKeys } = setUp({ onSignature: (messages) => signatures.push(messages) });
    const as = { id: A, signing: aKeys.signing };
    // The largest padding whose message, signed alone, still fits the size limit: with a batch proof it does not.
    const fitsAlone = (padding: number) => {
      try {
        return channel.sign(as, 'hub', { ...consultation, padding: 'x'.repeat(padding) }).length <= MAX_TOKEN_LENGTH;
      } catch {
        return false; // the channel refuses to sign beyond the limit
      }
    };
    let low = 0;
    let high = MAX_TOKEN_LENGTH;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (fitsAlone(middle)) low = middle;
      else high = middle - 1;
    }
    signatures.length = 0;
    const [small, large, other] = await Promise.all([
      channel.signInBatch(as, 'hub', consultation),
      channel.signInBatch(as, 'hub', { ...consultation, padding: 'x'.repeat(low) }),
      channel.signInBatch(as, 'hub', { ...consultation, fileRef: 'f-2' }),
    ]);
    assert.ok(large!.length <= MAX_TOKEN_LENGTH, 'the large message fits, signed alone');
    assert.equal(large!.split('.').length, 3, 'the large message is a plain compact JWS');
    assert.notEqual(small!.split('.').length, 3, 'the others keep the batch form');
    for (const token of [small, large, other]) {
      const received = await channel.receive(token, { audience: 'hub', message: ConsultationRequest });
      assert.ok(received.ok, 'each message verifies');
    }
    assert.deepEqual(signatures.sort(), [1, 2], 'one batch signature for two messages, one signature alone');
  });

  test('an unreachable receiver, a refusal with its problem code, and an unsigned answer are told apart', async () => {
    const answers: (() => Promise<{ status: number; text(): Promise<string> }>)[] = [
      async () => {
        throw new Error('ECONNREFUSED');
      },
      async () => ({ status: 403, text: async () => JSON.stringify({ code: 'consultation.blocked', detail: 'Blocked.' }) }),
      async () => ({ status: 200, text: async () => 'not a token' }),
    ];
    const { channel, aKeys } = setUp({ transport: () => answers.shift()!() });
    const send = () =>
      channel.send({
        as: { id: A, signing: aKeys.signing },
        to: { audience: 'hub', url: 'http://hub.test/v1/x' },
        payload: consultation,
        answer: IntegrationResult,
      });
    const unreachable = await send();
    assert.ok(!unreachable.ok && unreachable.reason === 'unreachable', 'unreachable');
    const refused = await send();
    assert.ok(!refused.ok && refused.reason === 'http', 'refused');
    assert.equal(refused.status, 403);
    assert.equal(refused.problem.code, 'consultation.blocked');
    const unsigned = await send();
    assert.ok(!unsigned.ok && unsigned.reason === 'signature', 'unsigned');
    assert.equal(unsigned.code, 'signature.malformed');
  });
});

describe('wire messages', () => {
  test('parsing never throws, whatever the claims', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        parseMessage(ConsultationRequest, value);
        parseMessage(SummaryRequest, value);
        parseMessage(CorrectionNotice, value);
      }),
    );
  });

  test('every well-formed correction notice is accepted, and any missing field refused', () => {
    const notice = fc.record({
      type: fc.constant('correction-notice'),
      noticeId: fc.uuid(),
      provider: fc.record({ kbo: fc.string(), name: fc.string() }),
      decisionRef: fc.string(),
      status: fc.constantFrom('corrected', 'annulled'),
      correctedAt: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
      consultationIds: fc.array(fc.uuid(), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(
        notice,
        fc.constantFrom('noticeId', 'provider', 'decisionRef', 'status', 'correctedAt', 'consultationIds'),
        (value, field) => {
          assert.ok(parseMessage(CorrectionNotice, value).ok, 'a well-formed notice is accepted');
          const { [field]: _removed, ...rest } = value as Record<string, unknown>;
          assert.ok(!parseMessage(CorrectionNotice, rest).ok, `a notice without ${field} is refused`);
        },
      ),
    );
  });

  test('routing peeks never throw and read only aud and type', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        peekAudience(value);
        peekType(value);
      }),
    );
    const token = signMessage({
      payload: { type: 'summary-request' },
      issuer: 'hub',
      audience: A,
      signingKey: generateInstitutionKeys().signing.privateKey,
      kid: 'k',
    });
    assert.equal(peekAudience(token), A);
    assert.equal(peekType(token), 'summary-request');
  });
});

/** A replay guard that answers only when the test lets it, as a database in flight would. */
function heldReplayGuard() {
  const memory = createMemoryReplayGuard({ maxEntries: 100, now: () => NOW.getTime() });
  const held: (() => Promise<void>)[] = [];
  const guard: ReplayGuard = {
    checkAndRemember: (iss, jti, expiresAtMs) =>
      new Promise<boolean>((resolve) => held.push(async () => resolve(await memory.checkAndRemember(iss, jti, expiresAtMs)))),
  };
  const release = async () => {
    while (held.length === 0) await new Promise((resolve) => setImmediate(resolve));
    void held.shift()!();
  };
  return { guard, release };
}

describe("the signed channel runs a receiver's first read alongside the replay guard", () => {
  test('the read starts before the guard answers, and its result comes with the accepted message', async () => {
    const { guard, release } = heldReplayGuard();
    const { channel, fromA } = setUp({ replay: guard });
    const seen: string[] = [];
    const receiving = channel.receive(fromA(consultation), {
      audience: 'hub',
      message: ConsultationRequest,
      alongside: async (claims) => {
        seen.push(claims.niss);
        return `checks of ${claims.fileRef}`;
      },
    });
    await release();
    assert.deepEqual(seen, [niss], 'the read started while the guard was still deciding');
    const received = await receiving;
    assert.ok(received.ok, 'accepted');
    assert.equal(received.alongside, 'checks of f-1');
  });

  test('a replayed message is refused as replayed and its read, even a failing one, is dropped', async () => {
    const { guard, release } = heldReplayGuard();
    const { channel, fromA } = setUp({ replay: guard });
    const token = fromA(consultation, { jti: 'the-same-id' });
    const first = channel.receive(token, { audience: 'hub', message: ConsultationRequest, alongside: async () => 'first' });
    await release();
    assert.ok((await first).ok, 'the first is accepted');
    let reads = 0;
    const again = channel.receive(token, {
      audience: 'hub',
      message: ConsultationRequest,
      alongside: async () => {
        reads += 1;
        throw new Error('the read failed');
      },
    });
    await release();
    const received = await again;
    assert.ok(!received.ok && received.reason === 'signature', 'refused on its signature');
    assert.equal(received.code, 'signature.replayed');
    assert.equal(reads, 1, 'the read had started; its failure is not the answer');
  });

  /** Receives `token` as a consultation request with a read alongside; how many times the read started. */
  async function receiveCountingReads(channel: ReturnType<typeof setUp>['channel'], token: string) {
    let reads = 0;
    const alongside = async () => {
      reads += 1;
      return 'read';
    };
    const received = await channel.receive(token, { audience: 'hub', message: ConsultationRequest, alongside });
    return { received, reads };
  }

  test('a message that fails its schema starts no read and is returned as malformed', async () => {
    const { channel, fromA } = setUp();
    const { received, reads } = await receiveCountingReads(channel, fromA({ purpose: 'aid-assessment' }));
    assert.ok(!received.ok && received.reason === 'schema', 'malformed');
    assert.equal(reads, 0);
  });

  test('a failed read of an accepted message is thrown, as if run after receive', async () => {
    const { channel, fromA } = setUp();
    await assert.rejects(
      channel.receive(fromA(consultation), {
        audience: 'hub',
        message: ConsultationRequest,
        alongside: async () => {
          throw new Error('database unavailable');
        },
      }),
      /database unavailable/,
    );
  });

  test('work that throws before it starts is a failed read: thrown for an accepted message, dropped for a replay', async () => {
    const { channel, fromA } = setUp();
    const token = fromA(consultation, { jti: 'thrown-at-once' });
    const throwing = () => {
      throw new Error('no such pseudonym key');
    };
    await assert.rejects(
      channel.receive(token, { audience: 'hub', message: ConsultationRequest, alongside: throwing }),
      /no such pseudonym key/,
    );
    const again = await channel.receive(token, { audience: 'hub', message: ConsultationRequest, alongside: throwing });
    assert.ok(!again.ok && again.reason === 'signature' && again.code === 'signature.replayed', 'the replay is refused as such');
  });

  test('a message with a bad signature starts no read', async () => {
    const { channel, fromA } = setUp();
    const { received, reads } = await receiveCountingReads(channel, fromA(consultation, { keys: generateInstitutionKeys() }));
    assert.ok(!received.ok && received.reason === 'signature', 'refused');
    assert.equal(reads, 0);
  });

  test('an accepted message that asked for a read gets it, counted once', async () => {
    const { channel, fromA } = setUp();
    const { received, reads } = await receiveCountingReads(channel, fromA(consultation));
    assert.ok(received.ok, 'accepted');
    assert.equal(received.alongside, 'read');
    assert.equal(reads, 1);
  });
});
