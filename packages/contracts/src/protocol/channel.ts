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
 */
import type { KeyObject } from 'node:crypto';
import type { Static, TSchema } from '@sinclair/typebox';
import { signMessage, verifyMessage, type MessageClaims, type ReplayGuard, type VerifyFailureCode } from './envelope.ts';
import { parseMessage, type MessageDefinition, type MessageError } from './messages.ts';
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
};

export type Claims<S extends TSchema> = Static<S> & MessageClaims;

export type Received<S extends TSchema> =
  | { ok: true; claims: Claims<S>; token: string }
  | { ok: false; reason: 'signature'; code: VerifyFailureCode; status: number; message: string }
  | { ok: false; reason: 'schema'; code: 'message.malformed'; status: 422; message: string; claims: MessageClaims; errors: MessageError[] };

export type SendOutcome<S extends TSchema> =
  | Received<S>
  | { ok: false; reason: 'unreachable'; error: unknown }
  | { ok: false; reason: 'http'; status: number; body: string; problem: { code?: string; detail?: string } };

export type ReceiveOptions<S extends TSchema> = {
  /** Who this receiver is for this message: its KBO, or `hub`. */
  audience: string;
  message: MessageDefinition<S>;
  /** Accept only this issuer (the hub, a named provider); any other is `signature.unknown-institution`. */
  from?: string;
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
};

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
  function sign(as: ChannelIdentity, audience: string, payload: Record<string, unknown>): string {
    return signMessage({
      payload,
      issuer: as.id,
      audience,
      signingKey: as.signing.privateKey,
      kid: as.signing.kid,
      now: options.clock(),
    });
  }

  async function receive<S extends TSchema>(token: unknown, receiveOptions: ReceiveOptions<S>): Promise<Received<S>> {
    const { from } = receiveOptions;
    const verified = await verifyMessage(token, {
      resolveKey: (issuer, kid) => (from === undefined || issuer === from ? options.keys.signingKey(issuer, kid) : undefined),
      expectedAudience: receiveOptions.audience,
      replay: options.replay,
      now: options.clock(),
      ...(options.maxSkewSeconds === undefined ? {} : { maxSkewSeconds: options.maxSkewSeconds }),
    });
    if (!verified.ok)
      return { ok: false, reason: 'signature', code: verified.code, status: REFUSAL_STATUS[verified.code], message: verified.message };
    const parsed = parseMessage(receiveOptions.message, verified.claims);
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
    return { ok: true, claims: verified.claims as Claims<S>, token: token as string };
  }

  async function send<S extends TSchema>(sendOptions: SendOptions<S>): Promise<SendOutcome<S>> {
    const body = sign(sendOptions.as, sendOptions.to.audience, sendOptions.payload);
    let status: number;
    let text: string;
    try {
      const response = await options.transport(sendOptions.to.url, {
        method: 'POST',
        headers: { 'content-type': 'application/jose' },
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

  return { sign, receive, send };
}
