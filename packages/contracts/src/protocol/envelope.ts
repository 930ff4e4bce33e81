/**
 * The signed envelope of every message between institutions (architecture principle 5): a compact
 * JWS (RFC 7515) with `alg: EdDSA` (Ed25519), header `typ: rse+jwt` and the claims `iss`, `aud`,
 * `iat`, `jti` beside the message fields. The receiver refuses unknown keys, bad signatures, another
 * audience, `iat` outside the allowed skew and an id it has already seen from that issuer.
 *
 * Signing and verifying are done with node:crypto rather than jose: a consultation costs about five
 * signatures and five verifications, and jose's WebCrypto path measured 2–5× slower per operation
 * (see crypto-bench.ts). The wire format is plain RFC 7515 compact serialisation; the tests
 * cross-verify with jose in both directions to keep it so.
 *
 * `verifyMessage` also takes the batch form of a message (batch-signature.ts, ADR 0023): the same
 * header and claims, signed through the Merkle root of a batch instead of alone; every other check is
 * the same.
 */
import { randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import { MAX_TOKEN_LENGTH, decodeBase64url, encodeBase64urlJson, parseJsonObject } from './jose-compact.ts';
import { BATCH_PARTS, isIncluded, isRootSignatureValid, openBatchForm, type VerifiedRoots } from './batch-signature.ts';

export { MAX_TOKEN_LENGTH } from './jose-compact.ts';

export const MESSAGE_TYPE = 'rse+jwt';
export const DEFAULT_MAX_SKEW_SECONDS = 120;

/** Protocol claims; signMessage sets them, so a payload may not carry them. */
const RESERVED_CLAIMS = ['iss', 'aud', 'iat', 'jti'] as const;
/** Long enough for any UUID or ULID, short enough that a replay store cannot be bloated by it. */
const MAX_JTI_LENGTH = 128;

export type MessageClaims = { iss: string; aud: string; iat: number; jti: string } & Record<string, unknown>;

export type SignMessageInput = {
  /** The message fields; must not contain iss, aud, iat or jti. */
  payload: Record<string, unknown>;
  /** The sender: its KBO number, or 'hub'. */
  issuer: string;
  /** The receiver: its KBO number, or 'hub'. */
  audience: string;
  /** The sender's Ed25519 private key. */
  signingKey: KeyObject;
  kid: string;
  now?: Date;
  jti?: string;
};

/**
 * Remembers message ids per issuer. `checkAndRemember` returns true the first time it sees
 * (iss, jti) and false afterwards; it may forget the pair after `expiresAtMs`, when the message
 * would be refused as stale anyway.
 */
export type ReplayGuard = {
  checkAndRemember(iss: string, jti: string, expiresAtMs: number): Promise<boolean> | boolean;
};

export type ResolveKey = (iss: string, kid: string) => KeyObject | undefined | Promise<KeyObject | undefined>;

export type VerifyMessageOptions = {
  /** The sender's registered Ed25519 public key for that kid, or undefined when there is none. */
  resolveKey: ResolveKey;
  /** Who this receiver is: its KBO number, or 'hub'. */
  expectedAudience: string;
  now?: Date;
  maxSkewSeconds?: number;
  replay: ReplayGuard;
  /** Batch roots already verified by this receiver (batch-signature.ts); without it each is verified again. */
  verifiedRoots?: VerifiedRoots;
  /**
   * Called once every check but the replay guard has passed, just before the guard is asked: the receiver may
   * start read-only work for the message there, to overlap the guard's round trip. That work must be dropped
   * unless the message is accepted.
   */
  onVerified?: (claims: MessageClaims) => void;
};

export type VerifyFailureCode =
  | 'signature.malformed'
  | 'signature.unknown-institution'
  | 'signature.invalid'
  | 'signature.wrong-audience'
  | 'signature.stale'
  | 'signature.replayed'
  | 'signature.missing-claims';

export type VerifyMessageResult =
  | { ok: true; claims: MessageClaims; kid: string }
  | { ok: false; code: VerifyFailureCode; message: string };

function fail(code: VerifyFailureCode, message: string): VerifyMessageResult {
  return { ok: false, code, message };
}

function assertSigningKey(key: KeyObject, role: string): void {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new TypeError(`${role} must be an Ed25519 key, got ${String(key.asymmetricKeyType)}`);
  }
}

/** Signs a protocol message. Synchronous: Ed25519 signing takes tens of microseconds. */
export function signMessage(input: SignMessageInput): string {
  return signSigningInput(messageSigningInput(input), input.signingKey);
}

/** The compact JWS of a signing input made by `messageSigningInput`: the input and its one signature. */
export function signSigningInput(signingInput: string, signingKey: KeyObject): string {
  const signature = sign(null, Buffer.from(signingInput, 'ascii'), signingKey).toString('base64url');
  const token = `${signingInput}.${signature}`;
  // Refusing here beats a message every receiver would refuse with a less helpful reason.
  if (token.length > MAX_TOKEN_LENGTH) throw new RangeError(`The signed message exceeds ${MAX_TOKEN_LENGTH} characters`);
  return token;
}

/** What a message's signature covers, `header.claims` (RFC 7515 §5.1): signed alone here, or as a leaf of a batch. */
export function messageSigningInput(input: SignMessageInput): string {
  const { payload, issuer, audience, signingKey, kid } = input;
  assertSigningKey(signingKey, 'signingKey');
  if (signingKey.type !== 'private') throw new TypeError('signingKey must be a private key');
  if (issuer === '' || audience === '' || kid === '') throw new TypeError('issuer, audience and kid must not be empty');
  for (const claim of RESERVED_CLAIMS) {
    if (Object.hasOwn(payload, claim)) throw new TypeError(`The payload must not set the protocol claim "${claim}"`);
  }
  const jti = input.jti ?? randomUUID();
  if (jti.length === 0 || jti.length > MAX_JTI_LENGTH) throw new TypeError(`jti must have 1 to ${MAX_JTI_LENGTH} characters`);
  const iat = Math.floor((input.now?.getTime() ?? Date.now()) / 1000);
  const header = encodeBase64urlJson({ alg: 'EdDSA', kid, typ: MESSAGE_TYPE });
  const claims = encodeBase64urlJson({ ...payload, iss: issuer, aud: audience, iat, jti });
  return `${header}.${claims}`;
}

function isAcceptedType(typ: unknown): boolean {
  if (typeof typ !== 'string') return false;
  const lower = typ.toLowerCase();
  // RFC 7515 §4.1.9 lets "application/" be omitted from a media type in typ.
  return lower === MESSAGE_TYPE || lower === `application/${MESSAGE_TYPE}`;
}

/**
 * Verifies a protocol message. Checks run in an order that keeps the replay store clean: only a
 * message with a valid signature, the right audience and a fresh `iat` reaches the guard, so forged
 * or stale tokens cannot fill it or burn another sender's ids.
 */
export async function verifyMessage(jws: unknown, options: VerifyMessageOptions): Promise<VerifyMessageResult> {
  if (typeof jws !== 'string') return fail('signature.malformed', 'The message is not a compact JWS string.');
  if (jws.length > MAX_TOKEN_LENGTH) return fail('signature.malformed', 'The message is too large.');
  const parts = jws.split('.');
  const isBatch = parts.length === BATCH_PARTS;
  if (parts.length !== 3 && !isBatch) return fail('signature.malformed', 'A compact JWS has three parts.');
  const [headerPart = '', payloadPart = '', signaturePart = ''] = parts;
  // In the batch form the third part is the inclusion proof, and the signature is the root's (ADR 0023).
  const batch = isBatch ? openBatchForm(parts) : undefined;
  if (batch?.ok === false) return fail('signature.malformed', batch.message);

  const headerBytes = decodeBase64url(headerPart);
  const payloadBytes = decodeBase64url(payloadPart);
  const signature = batch ? undefined : decodeBase64url(signaturePart);
  if (!headerBytes || !payloadBytes || (!batch && !signature))
    return fail('signature.malformed', 'A part of the message is not base64url.');
  const header = parseJsonObject(headerBytes);
  if (!header) return fail('signature.malformed', 'The protected header is not a JSON object.');
  if (header.alg !== 'EdDSA') return fail('signature.malformed', 'Only alg EdDSA is accepted.');
  // b64:false (RFC 7797) and crit change how the token must be processed; the protocol uses neither.
  if ('b64' in header) return fail('signature.malformed', 'The b64 header parameter is not accepted.');
  if ('crit' in header) return fail('signature.malformed', 'Critical header parameters are not accepted.');
  if (!isAcceptedType(header.typ)) return fail('signature.malformed', `The header typ must be ${MESSAGE_TYPE}.`);
  const kid = header.kid;
  if (typeof kid !== 'string' || kid === '') return fail('signature.malformed', 'The header has no kid.');
  if (signature && signature.length !== 64) return fail('signature.invalid', 'The signature does not verify.');

  const claims = parseJsonObject(payloadBytes);
  if (!claims) return fail('signature.malformed', 'The payload is not a JSON object.');
  const { iss } = claims;
  if (typeof iss !== 'string' || iss === '') return fail('signature.missing-claims', 'The message has no issuer.');

  const key = await options.resolveKey(iss, kid);
  if (!key) return fail('signature.unknown-institution', 'No registered key for this issuer and kid.');
  assertSigningKey(key, 'The resolved key');
  const isValid = batch
    ? batch.root.iss === iss &&
      batch.root.kid === kid &&
      isRootSignatureValid(batch.root, batch.rootJws, key, options.verifiedRoots) &&
      isIncluded(batch, options.verifiedRoots?.nodesOf(batch.rootJws, batch.root.size))
    : signature !== undefined && verify(null, Buffer.from(`${headerPart}.${payloadPart}`, 'ascii'), key, signature);
  if (!isValid) return fail('signature.invalid', 'The signature does not verify.');

  const { aud, iat, jti } = claims;
  if (typeof aud !== 'string') return fail('signature.missing-claims', 'The message has no audience.');
  if (typeof iat !== 'number' || !Number.isFinite(iat)) return fail('signature.missing-claims', 'The message has no issued-at time.');
  if (typeof jti !== 'string' || jti.length === 0 || jti.length > MAX_JTI_LENGTH) {
    return fail('signature.missing-claims', 'The message has no valid id (jti).');
  }
  if (aud !== options.expectedAudience) return fail('signature.wrong-audience', 'The message is addressed to another receiver.');

  const maxSkewSeconds = options.maxSkewSeconds ?? DEFAULT_MAX_SKEW_SECONDS;
  const nowSeconds = (options.now?.getTime() ?? Date.now()) / 1000;
  if (Math.abs(nowSeconds - iat) > maxSkewSeconds) return fail('signature.stale', 'The issued-at time is outside the allowed clock skew.');
  if (batch && Math.abs(nowSeconds - batch.root.iat) > maxSkewSeconds)
    return fail('signature.stale', 'The batch was signed outside the allowed clock skew.');

  // Past iat + skew the message is stale, so the guard need not remember it longer (one second spare).
  const expiresAtMs = (iat + maxSkewSeconds + 1) * 1000;
  options.onVerified?.(claims as MessageClaims);
  const isFirstTime = await options.replay.checkAndRemember(iss, jti, expiresAtMs);
  if (!isFirstTime) return fail('signature.replayed', 'This message id was already used by this issuer.');

  return { ok: true, claims: claims as MessageClaims, kid };
}

export type MemoryReplayGuardOptions = {
  /** Upper bound on remembered ids; size it to peak messages per second × (2 × skew). */
  maxEntries: number;
  /** The clock, in ms; tests pass the same fixed time they give verifyMessage. */
  now?: () => number;
};

/**
 * An in-process replay guard for one receiver process (a node, tests, the demo); the hub, which
 * runs several processes, needs a shared store instead. Entries are forgotten once expired.
 *
 * When it is full of unexpired ids it refuses new ones: dropping a live id would silently let a
 * replay through, whereas refusing is visible and ends within one skew window.
 */
export function createMemoryReplayGuard(options: MemoryReplayGuardOptions): ReplayGuard {
  const { maxEntries } = options;
  if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError('maxEntries must be a positive integer');
  const clock = options.now ?? Date.now;
  const expiries = new Map<string, number>();
  let nextFullSweepAt = 0;

  function sweepHead(now: number): void {
    // Insertion order roughly follows expiry, so the oldest entries are at the head.
    for (const [key, expiresAt] of expiries) {
      if (expiresAt > now) return;
      expiries.delete(key);
    }
  }

  function sweepAll(now: number): void {
    let earliest = Number.POSITIVE_INFINITY;
    for (const [key, expiresAt] of expiries) {
      if (expiresAt <= now) expiries.delete(key);
      else earliest = Math.min(earliest, expiresAt);
    }
    // Nothing expires before the earliest remaining entry, so a full map need not be rescanned until
    // then; each insertion lowers the mark again if needed.
    nextFullSweepAt = earliest;
  }

  return {
    checkAndRemember(iss, jti, expiresAtMs) {
      const now = clock();
      // Length-prefixed so that no (iss, jti) pair can collide with another.
      const key = `${iss.length}:${iss}:${jti}`;
      const known = expiries.get(key);
      if (known !== undefined && known > now) return false;
      sweepHead(now);
      if (expiries.size >= maxEntries && now >= nextFullSweepAt) sweepAll(now);
      if (expiries.size >= maxEntries) return false;
      expiries.delete(key);
      expiries.set(key, expiresAtMs);
      nextFullSweepAt = Math.min(nextFullSweepAt, expiresAtMs);
      return true;
    },
  };
}
