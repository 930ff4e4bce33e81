/**
 * Hub-blind content (architecture principle 4): the provider encrypts the summary to the requesting
 * institution's registered X25519 key as a compact JWE (RFC 7516) with `alg: ECDH-ES` (direct key
 * agreement, RFC 7518 §4.6, with an ephemeral key per message) and `enc: A256GCM`. The hub routes
 * the ciphertext inside its signed envelope and can read nothing of it.
 *
 * Implemented with node:crypto (ephemeral X25519, Concat KDF, AES-256-GCM) rather than jose: jose's
 * round trip measured ≈400/s against a 3,000/s floor (see crypto-bench.ts). The tests decrypt our
 * tokens with jose and jose's tokens with this code, so the wire format stays standard JWE.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createPublicKey,
  diffieHellman,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { pooledRandomBytes } from '../random-pool.ts';
import { MAX_TOKEN_LENGTH, decodeBase64url, encodeBase64urlJson, parseJsonObject } from './jose-compact.ts';

export type DecryptFailureCode = 'encryption.malformed' | 'encryption.failed';

export type DecryptResult =
  | { ok: true; plaintext: Uint8Array; kid: string | undefined }
  | { ok: false; code: DecryptFailureCode; message: string };

export type DecryptJsonResult =
  | { ok: true; value: unknown; kid: string | undefined }
  | { ok: false; code: DecryptFailureCode; message: string };

const ENC = 'A256GCM';
const KEY_BITS = 256;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const X25519_BYTES = 32;

/**
 * The X25519 base point (u = 9, RFC 7748 §4.1): an ephemeral key's public value is its agreement with it.
 *
 * Why not `publicKey.export({ format: 'jwk' })`: on Node 20, exporting a key made by `generateKeyPairSync`
 * holds the key's mutex while it allocates; if that allocation collects the key's own generation job,
 * whose destructor takes the same mutex, the process hangs for good (seen under load: the provider's node
 * stopped answering, its main thread waiting on that mutex). An agreement allocates nothing under the
 * lock, costs ≈ 30 µs more, and gives the same 32 bytes (encryption.test.ts).
 */
const BASE_POINT = createPublicKey({
  key: { kty: 'OKP', crv: 'X25519', x: Buffer.concat([Buffer.from([9]), Buffer.alloc(X25519_BYTES - 1)]).toString('base64url') },
  format: 'jwk',
});

/** The public value of an X25519 private key, as a JWK's `x`, computed without exporting the key (see BASE_POINT). */
export const x25519PublicValue = (privateKey: KeyObject): string =>
  diffieHellman({ privateKey, publicKey: BASE_POINT }).toString('base64url');

/** A fresh X25519 key pair: the private key and its public value as the JWK's `x`. */
function ephemeralX25519(): { privateKey: KeyObject; x: string } {
  const { privateKey } = generateKeyPairSync('x25519');
  return { privateKey, x: x25519PublicValue(privateKey) };
}

function fail(code: DecryptFailureCode, message: string): { ok: false; code: DecryptFailureCode; message: string } {
  return { ok: false, code, message };
}

function uint32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value);
  return buffer;
}

function lengthPrefixed(bytes: Uint8Array): Buffer {
  return Buffer.concat([uint32(bytes.length), bytes]);
}

/**
 * Concat KDF (NIST SP 800-56A §5.8.1) as RFC 7518 §4.6.2 profiles it for direct ECDH-ES: the
 * algorithm id is the `enc` value and one SHA-256 round yields the 256-bit content key.
 */
function deriveContentKey(sharedSecret: Buffer, apu: Uint8Array, apv: Uint8Array): Buffer {
  return createHash('sha256')
    .update(uint32(1))
    .update(sharedSecret)
    .update(lengthPrefixed(Buffer.from(ENC, 'ascii')))
    .update(lengthPrefixed(apu))
    .update(lengthPrefixed(apv))
    .update(uint32(KEY_BITS))
    .digest();
}

function toBytes(plaintext: Uint8Array | object): Uint8Array {
  if (plaintext instanceof Uint8Array) return plaintext;
  return Buffer.from(JSON.stringify(plaintext), 'utf8');
}

/** Encrypts to the recipient's X25519 public key; an object is sent as its UTF-8 JSON. */
export function encryptFor(recipientPublicKey: KeyObject, kid: string, plaintext: Uint8Array | object): string {
  if (recipientPublicKey.asymmetricKeyType !== 'x25519') {
    throw new TypeError(`The recipient key must be X25519, got ${String(recipientPublicKey.asymmetricKeyType)}`);
  }
  const ephemeral = ephemeralX25519();
  const sharedSecret = diffieHellman({ privateKey: ephemeral.privateKey, publicKey: recipientPublicKey });
  const epkX = ephemeral.x;
  const header = encodeBase64urlJson({ alg: 'ECDH-ES', enc: ENC, kid, epk: { kty: 'OKP', crv: 'X25519', x: epkX } });
  // A fresh random IV for a fresh key (the agreement's ephemeral key makes the content key new each time).
  const iv = pooledRandomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', deriveContentKey(sharedSecret, Buffer.alloc(0), Buffer.alloc(0)), iv);
  cipher.setAAD(Buffer.from(header, 'ascii'));
  const ciphertext = Buffer.concat([cipher.update(toBytes(plaintext)), cipher.final()]);
  const token = `${header}..${iv.toString('base64url')}.${ciphertext.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}`;
  // The token travels inside a signed message, which has the same bound.
  if (token.length > MAX_TOKEN_LENGTH) throw new RangeError(`The encrypted content exceeds ${MAX_TOKEN_LENGTH} characters`);
  return token;
}

function readOptionalBase64url(header: Record<string, unknown>, name: string): Buffer | undefined | null {
  const value = header[name];
  if (value === undefined) return Buffer.alloc(0);
  return typeof value === 'string' ? (decodeBase64url(value) ?? null) : null;
}

/**
 * Decrypts a compact JWE addressed to `privateKey`. Anything outside the one profile the protocol
 * uses (ECDH-ES + A256GCM on X25519, no compression, no critical parameters) is `malformed`; a
 * well-formed token that does not decrypt — wrong recipient, tampering — is `failed`.
 */
export function decryptWith(privateKey: KeyObject, jwe: unknown): DecryptResult {
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'x25519') {
    throw new TypeError('decryptWith needs the private X25519 key');
  }
  if (typeof jwe !== 'string') return fail('encryption.malformed', 'The content is not a compact JWE string.');
  if (jwe.length > MAX_TOKEN_LENGTH) return fail('encryption.malformed', 'The content is too large.');
  const parts = jwe.split('.');
  if (parts.length !== 5) return fail('encryption.malformed', 'A compact JWE has five parts.');
  const [headerPart = '', encryptedKey = '', ivPart = '', ciphertextPart = '', tagPart = ''] = parts;
  if (encryptedKey !== '') return fail('encryption.malformed', 'Direct key agreement carries no encrypted key.');

  const headerBytes = decodeBase64url(headerPart);
  const header = headerBytes && parseJsonObject(headerBytes);
  if (!header) return fail('encryption.malformed', 'The protected header is not a JSON object.');
  if (header.alg !== 'ECDH-ES' || header.enc !== ENC) return fail('encryption.malformed', 'Only alg ECDH-ES with enc A256GCM is accepted.');
  if ('crit' in header) return fail('encryption.malformed', 'Critical header parameters are not accepted.');
  // Compressing before encrypting leaks content through length; the protocol never does it.
  if ('zip' in header) return fail('encryption.malformed', 'Compressed content is not accepted.');
  const { epk, kid } = header;
  if (kid !== undefined && typeof kid !== 'string') return fail('encryption.malformed', 'The kid is not a string.');
  if (typeof epk !== 'object' || epk === null || Array.isArray(epk)) return fail('encryption.malformed', 'The ephemeral key is missing.');
  const { kty, crv, x } = epk as Record<string, unknown>;
  const epkBytes = typeof x === 'string' ? decodeBase64url(x) : undefined;
  if (kty !== 'OKP' || crv !== 'X25519' || !epkBytes || epkBytes.length !== X25519_BYTES) {
    return fail('encryption.malformed', 'The ephemeral key is not an X25519 public key.');
  }
  const apu = readOptionalBase64url(header, 'apu');
  const apv = readOptionalBase64url(header, 'apv');
  if (!apu || !apv) return fail('encryption.malformed', 'apu or apv is not base64url.');

  const iv = decodeBase64url(ivPart);
  const ciphertext = decodeBase64url(ciphertextPart);
  const tag = decodeBase64url(tagPart);
  if (!iv || iv.length !== IV_BYTES) return fail('encryption.malformed', 'The IV must be 96 bits.');
  if (!tag || tag.length !== TAG_BYTES) return fail('encryption.malformed', 'The authentication tag must be 128 bits.');
  if (!ciphertext) return fail('encryption.malformed', 'The ciphertext is not base64url.');

  let sharedSecret: Buffer;
  try {
    const ephemeralKey = createPublicKey({ key: { kty: 'OKP', crv: 'X25519', x: x as string }, format: 'jwk' });
    sharedSecret = diffieHellman({ privateKey, publicKey: ephemeralKey });
  } catch {
    // OpenSSL refuses small-order points (an all-zero shared secret).
    return fail('encryption.failed', 'The content could not be decrypted.');
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', deriveContentKey(sharedSecret, apu, apv), iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(headerPart, 'ascii'));
    decipher.setAuthTag(tag);
    const plaintext = Buffer.concat([decipher.update(ciphertext), decipher.final()]);
    return { ok: true, plaintext: new Uint8Array(plaintext.buffer, plaintext.byteOffset, plaintext.byteLength), kid };
  } catch {
    return fail('encryption.failed', 'The content could not be decrypted.');
  }
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** decryptWith, then UTF-8 JSON parsing; the caller still validates the value against its schema. */
export function decryptJsonWith(privateKey: KeyObject, jwe: unknown): DecryptJsonResult {
  const result = decryptWith(privateKey, jwe);
  if (!result.ok) return result;
  try {
    return { ok: true, value: JSON.parse(utf8.decode(result.plaintext)) as unknown, kid: result.kid };
  } catch {
    return fail('encryption.malformed', 'The decrypted content is not UTF-8 JSON.');
  }
}
