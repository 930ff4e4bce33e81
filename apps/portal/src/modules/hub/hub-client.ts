/**
 * The portal's link to the hub (principle 5): the shared signed channel and registry cache of
 * packages/contracts (hub-link.ts). The portal speaks as the registered institution of kind
 * `portal`, signs with its own key, verifies every answer with the hub's registered key, and reads
 * the public registry to verify the CPAS' own signatures and to encrypt the person's words to them.
 */
import type { TSchema } from '@sinclair/typebox';
import { AppError } from '#platform/errors.ts';
import { requestText } from '#platform/http-client.ts';
import type { InstitutionKeys } from '#contracts/protocol/keys.ts';
import { createHubLink, type HubReply, type HubTransport } from '#contracts/protocol/hub-link.ts';
import { exchangeTransport } from '#contracts/protocol/exchange-transport.ts';
import type { Claims } from '#contracts/protocol/channel.ts';
import type { MessageDefinition } from '#contracts/protocol/messages.ts';

export type { RegistryEntry } from '#contracts/protocol/registry-cache.ts';

export type PortalHubClient = ReturnType<typeof createPortalHubClient>;

const unreachable = () =>
  new AppError('hub.unreachable', 503, 'The crossroads hub cannot be reached right now; nothing was changed. Try again in a moment.');

/** What the person is told when the hub refuses or answers something that does not verify. */
export function toPortalError(reply: Exclude<HubReply<TSchema>, { ok: true }>): AppError {
  if (reply.kind === 'unreachable') return unreachable();
  if (reply.kind === 'refused')
    return new AppError(
      reply.code,
      reply.status === 404 || reply.status === 422 || reply.status === 409 ? reply.status : 502,
      reply.message,
    );
  return new AppError(`hub.${reply.code}`, 502, 'The hub’s answer did not verify; nothing is shown from it.');
}

export function createPortalHubClient(options: {
  hubUrl: () => string;
  kbo: string;
  keys: InstitutionKeys;
  clock: () => Date;
  timeoutMs?: number;
  fetch?: HubTransport;
  /** Several messages per request to the hub (ADR 0025); EXCHANGE_MULTIPLEX, on by default. */
  isMultiplexed?: boolean;
}) {
  const link = createHubLink({
    hubUrl: options.hubUrl,
    clock: options.clock,
    transport: options.fetch ?? exchangeTransport({ isMultiplexed: options.isMultiplexed }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    replayEntries: 100_000,
    unreachable,
  });
  const identity = { id: options.kbo, signing: options.keys.signing };

  return {
    ...link,
    /** The hub's base URL (…/hub), for the public reads the portal relays (its tiled log). */
    hubUrl: options.hubUrl,
    /** A public read of the hub (the log's proofs): plain JSON, no signature needed to ask. */
    async getJson(path: string): Promise<unknown> {
      const response = await link.read(path);
      if (!response.ok) throw new AppError('hub.refused', 502, `The hub answered ${response.status}.`);
      return response.body();
    },
    /** The hub's offline proof (C2SP tlog-proof) of one log entry, by index alone; null when no published checkpoint covers it yet. */
    async readProof(leafIndex: number): Promise<string | null> {
      let response: Awaited<ReturnType<HubTransport>>;
      try {
        response = await (options.fetch ?? requestText)(`${options.hubUrl()}/tlog/proof?leafIndex=${leafIndex}`, {
          signal: AbortSignal.timeout(options.timeoutMs ?? 5_000),
        });
      } catch {
        throw unreachable();
      }
      if (response.status === 404) return null;
      if (!response.ok) throw new AppError('hub.refused', 502, `The hub answered ${response.status}.`);
      return response.text();
    },
    /** Signs `payload` as the portal, posts it, and returns the hub's verified, validated answer; a refusal keeps the hub's code. */
    async send<S extends TSchema>(path: string, payload: Record<string, unknown>, answer: MessageDefinition<S>): Promise<Claims<S>> {
      const reply = await link.send(identity, path, payload, answer);
      if (!reply.ok) throw toPortalError(reply);
      return reply.claims;
    },
  };
}
