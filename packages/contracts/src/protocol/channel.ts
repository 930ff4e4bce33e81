/**
 * The signed channel between institutions (architecture principle 5), the one place where a message
 * is signed, posted, verified and validated:
 *
 * - `receive(token, …)`: verifies the compact JWS (registered key, audience, freshness, replay) and
 *   validates the claims against the schema of the expected message; returns typed claims or a
 *   refusal (its code and HTTP status from the one refusal map, or a schema failure with the
 *   verified claims, so the receiver may still check who sent it before it says "malformed").
 * - `send(…)`: signs as the sender, posts `application/jose` over the given transport (the kept-alive
 *   client of packages/platform in every service) and `receive`s the signed answer.
 *
 * The channel holds no identity: the sender's identity is passed to `send`/`sign`, so one channel
 * serves every tenant of a node.
 *
 * Batch signatures (ADR 0023): `signInBatch` queues the messages an identity signs in one turn of the
 * event loop and signs them with one signature over their Merkle root (batch-signature.ts); a message
 * alone is signed as a plain compact JWS. It is used only towards a receiver known to verify the
 * batch form: `send` with `batch: true`, or an answer to a request whose `Accept` names it.
 * `receive` verifies both forms, and verifies a batch's root once for all its messages.
 */
import type { KeyObject } from 'node:crypto';
import type { Static, TSchema } from '@sinclair/typebox';
import {
  messageSigningInput,
  signMessage,
  signSigningInput,
  verifyMessage,
  type MessageClaims,
  type ReplayGuard,
  type VerifyFailureCode,
} from './envelope.ts';
import { BATCH_MEDIA_TYPE, MAX_BATCH_SIZE, createVerifiedRoots, mediaTypeOf, signBatch } from './batch-signature.ts';
import { MAX_TOKEN_LENGTH } from './jose-compact.ts';
import { parseMessage, type MessageDefinition, type MessageError, type ParseMessageResult } from './messages.ts';
import { REFUSAL_STATUS } from './refusals.ts';

/** Who signs: an institution's KBO (or `hub`) and its Ed25519 signing key. */
export type ChannelIdentity = { id: string; signing: { kid: string; privateKey: KeyObject } };

/** The subset of `fetch` the channel needs; packages/platform's `requestText` is the one used in production. */
export type Transport = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal },
) => Promise<{ status: number; text(): Promise<string> }>;

export type ChannelOptions = {
  keys: { signingKey(issuer: string, kid: string): Promise<KeyObject | undefined> | KeyObject | undefined };
  replay: ReplayGuard;
  clock: () => Date;
  transport: Transport;
  /** How long `send` waits for an answer unless told otherwise. */
  timeoutMs: number;
  maxSkewSeconds?: number;
  /** Told of each signature made, with the number of messages it covers (1, or a batch's size). */
  onSignature?: (messages: number) => void;
};

export type Claims<S extends TSchema> = Static<S> & MessageClaims;

export type Received<S extends TSchema, P = undefined> =
  /** `alongside`: the result of the receiver's `alongside` work, when it asked for some. */
  | { ok: true; claims: Claims<S>; token: string; alongside?: P }
  | { ok: false; reason: 'signature'; code: VerifyFailureCode; status: number; message: string }
  | { ok: false; reason: 'schema'; code: 'message.malformed'; status: 422; message: string; claims: MessageClaims; errors: MessageError[] };

export type SendOutcome<S extends TSchema> =
  | Received<S>
  | { ok: false; reason: 'unreachable'; error: unknown }
  | { ok: false; reason: 'http'; status: number; body: string; problem: { code?: string; detail?: string } };

export type ReceiveOptions<S extends TSchema, P = undefined> = {
  /** Who this receiver is for this message: its KBO, or `hub`. */
  audience: string;
  message: MessageDefinition<S>;
  /** Accept only this issuer (the hub, a named provider); any other is `signature.unknown-institution`. */
  from?: string;
  /**
   * Read-only work for a verified, well-formed message, started while the replay guard decides: where the
   * guard is a database (the hub's), the message's first read then costs no round trip of its own on its way.
   * Its result comes only with an accepted message; for a refused one it is dropped, its failure too. A
   * failure of the work for an accepted message is thrown, as if the receiver had run it after `receive`.
   */
  alongside?: (claims: Claims<S>) => Promise<P>;
};

export type SendOptions<S extends TSchema> = {
  as: ChannelIdentity;
  /** The receiver: its KBO (or `hub`) and the URL it receives at. */
  to: { audience: string; url: string };
  payload: Record<string, unknown>;
  /** The expected answer: its schema, its signer (default: the receiver) and its audience (default: the sender). */
  answer: MessageDefinition<S>;
  answerFrom?: string;
  answerAudience?: string;
  timeoutMs?: number;
  /** The receiver verifies the batch form: the message may be signed in a batch (ADR 0023). */
  batch?: boolean;
  /** This sender verifies the batch form: its `Accept` lets the receiver answer in one. */
  acceptsBatch?: boolean;
};

/** True when a request's `Accept` header names the batch form (and not with `q=0`): its answer may be signed in a batch. */
export function acceptsBatchForm(accept: string | string[] | undefined): boolean {
  const value = Array.isArray(accept) ? accept.join(',') : (accept ?? '');
  return value.split(',').some((range) => {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    return type === BATCH_MEDIA_TYPE && !parameters.some((parameter) => /^q=0(\.0{0,3})?$/.test(parameter));
  });
}

type Pending = { signingInput: string; resolve: (token: string) => void; reject: (error: unknown) => void };

export type SignedChannel = ReturnType<typeof createSignedChannel>;

function readProblem(text: string): { code?: string; detail?: string } {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value !== 'object' || value === null) return {};
    const { code, detail } = value as { code?: unknown; detail?: unknown };
    return { ...(typeof code === 'string' ? { code } : {}), ...(typeof detail === 'string' ? { detail } : {}) };
  } catch {
    return {};
  }
}

export function createSignedChannel(options: ChannelOptions) {
  const verifiedRoots = createVerifiedRoots();
  const message = (as: ChannelIdentity, audience: string, payload: Record<string, unknown>) => ({
    payload,
    issuer: as.id,
    audience,
    signingKey: as.signing.privateKey,
    kid: as.signing.kid,
    now: options.clock(),
  });

  function sign(as: ChannelIdentity, audience: string, payload: Record<string, unknown>): string {
    const token = signMessage(message(as, audience, payload));
    options.onSignature?.(1);
    return token;
  }

  // The messages waiting for this turn's batch signature, per signer (an identity and its key).
  const queues = new Map<ChannelIdentity['signing'], { as: ChannelIdentity; pending: Pending[] }>();
  let isFlushScheduled = false;

  function signQueue(as: ChannelIdentity, pending: Pending[]): void {
    const alone = (item: Pending) => {
      try {
        item.resolve(signSigningInput(item.signingInput, as.signing.privateKey));
        options.onSignature?.(1);
      } catch (error) {
        item.reject(error);
      }
    };
    if (pending.length === 1) return alone(pending[0]!);
    const tokens = signBatch(
      pending.map((item) => item.signingInput),
      { issuer: as.id, kid: as.signing.kid, privateKey: as.signing.privateKey },
      options.clock(),
    );
    // A message whose proof would take it over the size limit is signed alone; the batch signature
    // covers the others (counted once each, whichever signature carries them).
    const fits = tokens.map((token) => token.length <= MAX_TOKEN_LENGTH);
    const carried = fits.filter(Boolean).length;
    if (carried > 0) options.onSignature?.(carried);
    pending.forEach((item, index) => (fits[index] ? item.resolve(tokens[index]!) : alone(item)));
  }

  function flush(): void {
    isFlushScheduled = false;
    const groups = [...queues.values()];
    queues.clear();
    for (const { as, pending } of groups) {
      for (let start = 0; start < pending.length; start += MAX_BATCH_SIZE) {
        const chunk = pending.slice(start, start + MAX_BATCH_SIZE);
        try {
          signQueue(as, chunk);
        } catch (error) {
          chunk.forEach((item) => item.reject(error));
        }
      }
    }
  }

  /**
   * Signs like `sign`, with the other messages this identity signs in the same turn of the event loop:
   * one signature over their Merkle root, each message with its inclusion proof (ADR 0023).
   */
  function signInBatch(as: ChannelIdentity, audience: string, payload: Record<string, unknown>): Promise<string> {
    let signingInput: string;
    try {
      signingInput = messageSigningInput(message(as, audience, payload));
    } catch (error) {
      return Promise.reject(error);
    }
    return new Promise((resolve, reject) => {
      const queue = queues.get(as.signing) ?? { as, pending: [] };
      queues.set(as.signing, queue);
      queue.pending.push({ signingInput, resolve, reject });
      if (!isFlushScheduled) {
        isFlushScheduled = true;
        setImmediate(flush);
      }
    });
  }

  async function receive<S extends TSchema, P = undefined>(token: unknown, receiveOptions: ReceiveOptions<S, P>): Promise<Received<S, P>> {
    const { from, alongside } = receiveOptions;
    // The schema is checked where the replay guard is asked, so that `alongside` sees only well-formed claims.
    // Assigned in `onVerified` (declared with `as` so that the compiler does not take them for always undefined).
    let parsed = undefined as ParseMessageResult<S> | undefined;
    let started = undefined as Promise<{ value: P } | { error: unknown }> | undefined;
    const verified = await verifyMessage(token, {
      resolveKey: (issuer, kid) => (from === undefined || issuer === from ? options.keys.signingKey(issuer, kid) : undefined),
      expectedAudience: receiveOptions.audience,
      replay: options.replay,
      verifiedRoots,
      now: options.clock(),
      ...(options.maxSkewSeconds === undefined ? {} : { maxSkewSeconds: options.maxSkewSeconds }),
      onVerified: (claims) => {
        parsed = parseMessage(receiveOptions.message, claims);
        if (!parsed.ok || !alongside) return;
        try {
          started = alongside(claims as Claims<S>).then(
            (value) => ({ value }),
            (error: unknown) => ({ error }),
          );
        } catch (error) {
          // Work that throws before it starts fails as work that failed: never in the middle of the verification.
          started = Promise.resolve({ error });
        }
      },
    });
    if (!verified.ok)
      return { ok: false, reason: 'signature', code: verified.code, status: REFUSAL_STATUS[verified.code], message: verified.message };
    parsed ??= parseMessage(receiveOptions.message, verified.claims);
    if (!parsed.ok) {
      return {
        ok: false,
        reason: 'schema',
        code: 'message.malformed',
        status: 422,
        message: `The message is not a valid ${receiveOptions.message.name} message.`,
        claims: verified.claims,
        errors: parsed.errors,
      };
    }
    const accepted = { ok: true as const, claims: verified.claims as Claims<S>, token: token as string };
    if (!started) return accepted;
    const settled = await started;
    if ('error' in settled) throw settled.error;
    return { ...accepted, alongside: settled.value };
  }

  async function send<S extends TSchema>(sendOptions: SendOptions<S>): Promise<SendOutcome<S>> {
    const body = sendOptions.batch
      ? await signInBatch(sendOptions.as, sendOptions.to.audience, sendOptions.payload)
      : sign(sendOptions.as, sendOptions.to.audience, sendOptions.payload);
    let status: number;
    let text: string;
    try {
      const response = await options.transport(sendOptions.to.url, {
        method: 'POST',
        headers: {
          'content-type': mediaTypeOf(body),
          ...(sendOptions.acceptsBatch ? { accept: `application/jose, ${BATCH_MEDIA_TYPE}` } : {}),
        },
        body,
        signal: AbortSignal.timeout(sendOptions.timeoutMs ?? options.timeoutMs),
      });
      status = response.status;
      text = await response.text();
    } catch (error) {
      return { ok: false, reason: 'unreachable', error };
    }
    if (status !== 200) return { ok: false, reason: 'http', status, body: text, problem: readProblem(text) };
    return receive(text, {
      audience: sendOptions.answerAudience ?? sendOptions.as.id,
      message: sendOptions.answer,
      from: sendOptions.answerFrom ?? sendOptions.to.audience,
    });
  }

  return { sign, signInBatch, receive, send };
}
