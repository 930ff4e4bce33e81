/**
 * The node's link to the hub: the shared signed channel and registry cache of packages/contracts
 * (hub-link.ts), over the kept-alive client (ADR 0011), speaking as one tenant of this node at a time.
 */
import type { TSchema } from '@sinclair/typebox';
import { requestText, type RequestText } from '#platform/http-client.ts';
import { createHubLink } from '#contracts/protocol/hub-link.ts';
import { exchangeTransport } from '#contracts/protocol/exchange-transport.ts';
import type { Claims, ChannelIdentity } from '#contracts/protocol/channel.ts';
import type { MessageDefinition } from '#contracts/protocol/messages.ts';
import type { Tenant } from '../../tenant.ts';

export type { RegistryEntry } from '#contracts/protocol/registry-cache.ts';

export type HubAnswer<S extends TSchema = TSchema> =
  | { ok: true; claims: Claims<S> }
  | { ok: false; status: number; code: string; message: string };

export class HubUnreachableError extends Error {
  constructor(cause: unknown) {
    super('The hub could not be reached.');
    this.name = 'HubUnreachableError';
    this.cause = cause;
  }
}

export type HubClient = ReturnType<typeof createHubClient>;

/** A tenant as a signer on the channel. */
export const identityOf = (tenant: Tenant): ChannelIdentity => ({ id: tenant.kbo, signing: tenant.keys.signing });

export function createHubClient(options: {
  hubUrl: () => string;
  clock: () => Date;
  timeoutMs?: number;
  fetch?: RequestText;
  /** Several messages per request to the hub (ADR 0025); EXCHANGE_MULTIPLEX, on by default. */
  isMultiplexed?: boolean;
  onCarried?: (messages: number) => void;
}) {
  const link = createHubLink({
    hubUrl: options.hubUrl,
    clock: options.clock,
    // Kept-alive connections without fetch's per-request cost (ADR 0011), several messages per request
    // when they coincide (ADR 0025); a test may pass fetch.
    transport: options.fetch ?? exchangeTransport({ isMultiplexed: options.isMultiplexed, onCarried: options.onCarried }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    replayEntries: 200_000,
    unreachable: (cause) => new HubUnreachableError(cause),
  });

  return {
    ...link,
    /**
     * The hub's offline proof (C2SP tlog-proof) of one log entry, a public read by index alone; null when
     * no published, witnessed checkpoint covers it yet. Throws `HubUnreachableError` when the hub is down.
     */
    async readProof(leafIndex: number): Promise<string | null> {
      let response: Awaited<ReturnType<RequestText>>;
      try {
        response = await (options.fetch ?? requestText)(`${options.hubUrl()}/tlog/proof?leafIndex=${leafIndex}`, {
          signal: AbortSignal.timeout(Math.min(options.timeoutMs ?? 5_000, 5_000)),
        });
        if (response.status === 404) return null;
        if (!response.ok) throw new Error(`the hub answered ${response.status}`);
        return await response.text();
      } catch (error) {
        throw new HubUnreachableError(error);
      }
    },
    /** Signs `payload` as the tenant, posts it, and verifies and validates the hub's signed answer. */
    async send<S extends TSchema>(
      tenant: Tenant,
      path: string,
      payload: Record<string, unknown>,
      answer: MessageDefinition<S>,
    ): Promise<HubAnswer<S>> {
      const reply = await link.send(identityOf(tenant), path, payload, answer);
      if (reply.ok) return reply;
      if (reply.kind === 'unreachable') throw new HubUnreachableError(reply.cause);
      if (reply.kind === 'refused') return { ok: false, status: reply.status, code: reply.code, message: reply.message };
      return { ok: false, status: 502, code: `hub.${reply.code}`, message: 'The hub answer did not verify.' };
    },
  };
}
