/**
 * An institution's link to the hub, the same for a CPAS node and for the portal: the registry cache
 * (loaded from `GET {hub}/v1/institutions`, refreshed every minute and on an unknown key), an
 * in-process replay guard, the signed channel, and `send`, which posts a signed message to a hub
 * path and returns the hub's verified, validated answer or why there is none.
 */
import type { KeyObject } from 'node:crypto';
import type { TSchema } from '@sinclair/typebox';
import { createMemoryReplayGuard } from './envelope.ts';
import { createRegistryCache, type RegistryEntry } from './registry-cache.ts';
import { createSignedChannel, type ChannelIdentity, type Claims } from './channel.ts';
import type { MessageDefinition } from './messages.ts';

/** The kept-alive client of packages/platform (`requestText`); `fetch` has this shape too. */
export type HubTransport = (
  url: string,
  init?: { method?: string; headers?: Record<string, string>; body?: string; signal?: AbortSignal },
) => Promise<{ ok: boolean; status: number; text(): Promise<string>; json(): Promise<unknown> }>;

export type HubReply<S extends TSchema> =
  | { ok: true; claims: Claims<S> }
  /** Down, too slow, or answering 5xx: nothing was decided, try again later. */
  | { ok: false; kind: 'unreachable'; cause: unknown }
  /** The hub refused the message (its problem code and detail, when it gave them). */
  | { ok: false; kind: 'refused'; status: number; code: string; message: string }
  /** The hub answered 200 with something that does not verify or is not the expected answer. */
  | { ok: false; kind: 'unverified'; code: string };

export type HubLinkOptions = {
  hubUrl: () => string;
  clock: () => Date;
  transport: HubTransport;
  /** How long to wait for the hub; by default 15 s for a signed exchange (a consultation waits for the providers), 5 s for a public read. */
  timeoutMs?: number;
  replayEntries: number;
  /** The error thrown when the registry cannot be read. */
  unreachable: (cause: unknown) => Error;
};

export type HubLink = ReturnType<typeof createHubLink>;

export function createHubLink(options: HubLinkOptions) {
  const readTimeoutMs = options.timeoutMs ?? 5_000;

  /** A public read of the hub: plain JSON. Network failures throw `unreachable`; a non-2xx answer is returned as is. */
  async function read(path: string): Promise<{ ok: boolean; status: number; body: () => Promise<unknown> }> {
    let response: Awaited<ReturnType<HubTransport>>;
    try {
      response = await options.transport(`${options.hubUrl()}${path}`, { signal: AbortSignal.timeout(readTimeoutMs) });
    } catch (error) {
      throw options.unreachable(error);
    }
    return { ok: response.ok, status: response.status, body: () => response.json() };
  }

  const registry = createRegistryCache({
    maxAgeMs: 60_000,
    isHubKnownAsHub: true,
    load: async () => {
      const response = await read('/v1/institutions');
      if (!response.ok) throw options.unreachable(new Error(`registry answered ${response.status}`));
      try {
        return ((await response.body()) as { items: RegistryEntry[] }).items;
      } catch (error) {
        throw options.unreachable(error);
      }
    },
  });
  const replay = createMemoryReplayGuard({ maxEntries: options.replayEntries });
  const channel = createSignedChannel({
    keys: registry,
    replay,
    clock: options.clock,
    transport: options.transport,
    timeoutMs: options.timeoutMs ?? 15_000,
  });

  return {
    replay,
    channel,
    read,
    signingKey: (issuer: string, kid: string): Promise<KeyObject | undefined> => registry.signingKey(issuer, kid),
    institution: (kbo: string): Promise<RegistryEntry | undefined> => registry.institution(kbo),
    encryptionKey: (kbo: string) => registry.encryptionKey(kbo),
    /** Names of the registered institutions by KBO, for what people read. */
    names: (): Promise<Map<string, string>> => registry.names(),
    /** The hub's signing keys (to check its signed tree heads). */
    hubSigningKeys: (): Promise<KeyObject[]> => registry.signingKeys('hub'),
    /** Signs `payload` as `as` (in a batch with this turn's other messages), posts it to the hub path, and verifies and validates the hub's signed answer. */
    async send<S extends TSchema>(
      as: ChannelIdentity,
      path: string,
      payload: Record<string, unknown>,
      answer: MessageDefinition<S>,
    ): Promise<HubReply<S>> {
      // The hub verifies the batch form, and so does this link (ADR 0023).
      const to = { audience: 'hub', url: `${options.hubUrl()}${path}` };
      const outcome = await channel.send({ as, to, payload, answer, batch: true, acceptsBatch: true });
      if (outcome.ok) return { ok: true, claims: outcome.claims };
      switch (outcome.reason) {
        case 'unreachable':
          return { ok: false, kind: 'unreachable', cause: outcome.error };
        case 'http':
          if (outcome.status >= 500) return { ok: false, kind: 'unreachable', cause: new Error(`hub answered ${outcome.status}`) };
          return {
            ok: false,
            kind: 'refused',
            status: outcome.status,
            code: outcome.problem.code ?? 'hub.refused',
            message: outcome.problem.detail ?? 'The hub refused the request.',
          };
        default:
          return { ok: false, kind: 'unverified', code: outcome.code };
      }
    },
  };
}
