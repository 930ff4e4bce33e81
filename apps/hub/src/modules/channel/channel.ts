/**
 * The hub's end of the signed channel (packages/contracts/src/protocol/channel.ts): it receives
 * messages addressed to `hub` (a refused signature is thrown as the problem of the one refusal
 * map), signs its answers as `hub`, and delivers messages to institutions over the kept-alive client,
 * turning every way a delivery can fail into a reason code the exchange log can record.
 *
 * Batch signatures (ADR 0023): the hub signs a message in a batch only for an institution known to
 * verify the batch form — one whose verified request asked for batch answers, or whose verified answer
 * came in one. It forgets that when the institution refuses a message as malformed.
 */
import type { KeyObject } from 'node:crypto';
import type { TSchema } from '@sinclair/typebox';
import { AppError } from '#platform/errors.ts';
import type { ReplayGuard } from '#contracts/protocol/envelope.ts';
import { createSignedChannel, type Claims, type Received, type Transport } from '#contracts/protocol/channel.ts';
import { isBatchForm } from '#contracts/protocol/batch-signature.ts';
import type { MessageDefinition } from '#contracts/protocol/messages.ts';

export const HUB_ISSUER = 'hub';

export type HubChannelDeps = {
  keys: { signingKey(issuer: string, kid: string): Promise<KeyObject | undefined> };
  replay: ReplayGuard;
  signing: { kid: string; privateKey: KeyObject };
  clock: () => Date;
  /** packages/platform's kept-alive `requestText` (tests may pass `fetch` or a fake). */
  transport: Transport;
  /** How long an institution may take to answer a delivery. */
  deliveryTimeoutMs: number;
  /** Told of each signature the hub makes, with the number of messages it covers (the metrics count them). */
  onSignature?: (messages: number) => void;
};

/** Verified claims, or the verified claims that failed the message's schema (the caller names it malformed). */
export type Accepted<S extends TSchema, P = undefined> =
  | { ok: true; claims: Claims<S>; alongside?: P }
  | Extract<Received<S>, { reason: 'schema' }>;

export type Delivery<S extends TSchema> =
  | { ok: true; claims: Claims<S>; token: string }
  /** `pending`: the institution is down or slow (ask again later); otherwise it answered wrongly. */
  | { ok: false; isPending: boolean; reasonCode: string };

export type DeliveryOptions = {
  /** `provider` or `recipient`: the prefix of the reason codes (`provider.unreachable`, …). */
  role: string;
  /** Who the institution's signed answer is addressed to (default the hub; a summary answer goes to the requester). */
  answerAudience?: string;
  /** Keep the institution's own problem code when it refuses (the person-access requests do). */
  isProblemCodeKept?: boolean;
  malformedCode?: string;
  /** Whether the answer may come in the batch form: by default when the hub is its only reader. */
  acceptsBatch?: boolean;
};

export type HubChannel = ReturnType<typeof createHubChannel>;

export function createHubChannel(deps: HubChannelDeps) {
  const channel = createSignedChannel({
    keys: deps.keys,
    replay: deps.replay,
    clock: deps.clock,
    transport: deps.transport,
    timeoutMs: deps.deliveryTimeoutMs,
    ...(deps.onSignature ? { onSignature: deps.onSignature } : {}),
  });
  const identity = { id: HUB_ISSUER, signing: deps.signing };
  // Institutions known to verify the batch form (learned from their verified messages, in memory).
  const batchCapable = new Set<string>();

  return {
    /**
     * A message to the hub: a refused signature is thrown (problem+json with the failure code); a schema failure is returned.
     * `alongside`: read-only work for the verified message, run while the replay guard's database decides (channel.ts).
     */
    async receive<S extends TSchema, P = undefined>(
      token: unknown,
      message: MessageDefinition<S>,
      alongside?: (claims: Claims<S>) => Promise<P>,
    ): Promise<Accepted<S, P>> {
      const received = await channel.receive(token, { audience: HUB_ISSUER, message, ...(alongside ? { alongside } : {}) });
      if (!received.ok && received.reason === 'signature') throw new AppError(received.code, received.status, received.message);
      return received as Accepted<S, P>;
    },

    /** The hub's signed answer to `audience`. */
    sign(audience: string, payload: Record<string, unknown>): string {
      return channel.sign(identity, audience, payload);
    },

    /**
     * The hub's answer to a request whose `Accept` named the batch form: signed with the other answers of
     * this turn (ADR 0023). The institution is remembered as verifying that form.
     */
    signInBatch(audience: string, payload: Record<string, unknown>): Promise<string> {
      batchCapable.add(audience);
      return channel.signInBatch(identity, audience, payload);
    },

    /** Signs and posts `payload` to an institution's endpoint, and verifies and validates its signed answer. */
    async deliver<S extends TSchema>(
      to: { kbo: string; endpoint: string | null },
      payload: Record<string, unknown>,
      answer: MessageDefinition<S>,
      options: DeliveryOptions,
    ): Promise<Delivery<S>> {
      const { role } = options;
      if (!to.endpoint) return { ok: false, isPending: false, reasonCode: `${role}.no-endpoint` };
      const answerAudience = options.answerAudience ?? HUB_ISSUER;
      const outcome = await channel.send({
        as: identity,
        to: { audience: to.kbo, url: to.endpoint },
        payload,
        answer,
        answerAudience,
        batch: batchCapable.has(to.kbo),
        acceptsBatch: options.acceptsBatch ?? answerAudience === HUB_ISSUER,
      });
      if (outcome.ok) {
        if (isBatchForm(outcome.token)) batchCapable.add(to.kbo);
        return { ok: true, claims: outcome.claims, token: outcome.token };
      }
      if (outcome.reason === 'http' && outcome.problem.code === 'signature.malformed') batchCapable.delete(to.kbo);
      switch (outcome.reason) {
        case 'unreachable':
          // Down, unreachable or too slow: nothing is lost, the caller asks again later.
          return { ok: false, isPending: true, reasonCode: `${role}.unreachable` };
        case 'http': {
          const httpCode = `${role}.http-${outcome.status}`;
          if (outcome.status >= 500) return { ok: false, isPending: true, reasonCode: httpCode };
          return { ok: false, isPending: false, reasonCode: (options.isProblemCodeKept ? outcome.problem.code : undefined) ?? httpCode };
        }
        case 'signature':
          return { ok: false, isPending: false, reasonCode: outcome.code };
        default:
          return { ok: false, isPending: false, reasonCode: options.malformedCode ?? `${role}.malformed-answer` };
      }
    },
  };
}
