/**
 * Fakes for the hub's unit tests: institutions with real keys, a registry in memory, an exchange
 * log that records its legs, and a network of institutions answering the hub's signed messages —
 * so a service runs through the real signed channel without a database or a socket.
 */
import assert from 'node:assert/strict';
import { AppError } from '#platform/errors.ts';
import { createHash } from 'node:crypto';
import { createLogger } from '#platform/logger.ts';
import { createMemoryReplayGuard, signMessage } from '#contracts/protocol/envelope.ts';
import { generateInstitutionKeys, toPublicJwks, type InstitutionKeys } from '#contracts/protocol/keys.ts';
import type { Transport } from '#contracts/protocol/channel.ts';
import { createRegistry, type Institution } from '../modules/registry/index.ts';
import { createHubChannel } from '../modules/channel/index.ts';
import type { ExchangeLog, LogLeg } from '../modules/exchange-log/index.ts';

export const NOW = new Date('2026-03-02T09:00:00Z');

export type FakeInstitution = Institution & { keys: InstitutionKeys };

export function institution(kbo: string, kind: Institution['kind'], name = `Institution ${kbo}`): FakeInstitution {
  const keys = generateInstitutionKeys();
  return { kbo, name, kind, endpoint: `http://node-${kbo}.test/exchange/v1/summary-requests`, jwks: toPublicJwks(keys), keys };
}

/** What an institution answers to a message the hub posts to it: a status and a body (a token, a problem…), or a throw. */
export type Responder = (token: string) => Promise<{ status: number; body: string }>;

export function createFakeHub(institutions: FakeInstitution[]) {
  const hubKeys = generateInstitutionKeys();
  const store = { rows: institutions.map(({ keys: _keys, ...entry }) => entry) };
  const registry = createRegistry({
    listActive: async () => store.rows,
    upsert: async (entry) => {
      const before = store.rows.find((row) => row.kbo === entry.kbo);
      store.rows = [...store.rows.filter((row) => row.kbo !== entry.kbo), entry];
      return before;
    },
  });
  const responders = new Map<string, Responder>();
  const posted: { url: string; token: string }[] = [];
  const transport: Transport = async (url, init) => {
    posted.push({ url, token: init.body });
    const responder = responders.get(url);
    if (!responder) throw new Error('connection refused');
    const answer = await responder(init.body);
    return { status: answer.status, text: async () => answer.body };
  };
  const legs: LogLeg[] = [];
  const exchangeLog: ExchangeLog = {
    async append(appended) {
      const first = legs.length;
      legs.push(...appended);
      return appended.map((_, index) => first + index);
    },
  };
  const channel = createHubChannel({
    keys: registry,
    replay: createMemoryReplayGuard({ maxEntries: 1_000, now: () => NOW.getTime() }),
    signing: hubKeys.signing,
    clock: () => NOW,
    transport,
    deliveryTimeoutMs: 1_000,
  });
  return {
    hubKeys,
    registry,
    channel,
    exchangeLog,
    legs,
    posted,
    log: createLogger({ level: 'silent' }),
    clock: () => NOW,
    pseudonymise: (niss: string) => createHash('sha256').update(niss).digest(),
    /** `institution` answers the hub's messages with `responder`. */
    answers(target: FakeInstitution, responder: Responder) {
      responders.set(target.endpoint!, responder);
    },
    /** A message from `sender` to the hub. */
    sign(sender: FakeInstitution, payload: Record<string, unknown>, options: { audience?: string; jti?: string } = {}) {
      return signMessage({
        payload,
        issuer: sender.kbo,
        audience: options.audience ?? 'hub',
        signingKey: sender.keys.signing.privateKey,
        kid: sender.keys.signing.kid,
        now: NOW,
        ...(options.jti ? { jti: options.jti } : {}),
      });
    },
    /** `sender`'s signed answer to `audience`. */
    answer(sender: FakeInstitution, audience: string, payload: Record<string, unknown>) {
      return signMessage({
        payload,
        issuer: sender.kbo,
        audience,
        signingKey: sender.keys.signing.privateKey,
        kid: sender.keys.signing.kid,
        now: NOW,
      });
    },
  };
}

/** Reads the claims of a token without verifying it (the tests check what the hub signed). */
export function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The problem a use case threw (a test fails when it resolved instead). */
export async function refusalOf(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => assert.fail('expected a refusal'),
    (caught: unknown) => caught,
  );
  assert.ok(error instanceof AppError, 'a problem with a stable code');
  return error;
}
