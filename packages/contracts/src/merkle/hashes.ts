/**
 * The hash rules of the exchange log (architecture principle 6, api-contract "Hub"): RFC 9162 §2.1
 * with SHA-256. This is the only module shared by the prover (tree.ts) and the independent verifier
 * (verify.ts), so it holds nothing but the hash definitions and their JSON encoding.
 */
import { createHash } from 'node:crypto';

/** SHA-256 output length; every hash in the log (leaf, node, root, proof element) has this length. */
export const HASH_SIZE = 32;

/** Domain-separation prefixes of RFC 9162 §2.1.1: they keep a leaf from ever hashing like a node. */
const LEAF_PREFIX = Buffer.from([0x00]);
const NODE_PREFIX = Buffer.from([0x01]);

/** MTH({}) = SHA-256() — the root of the empty tree (RFC 9162 §2.1.1). */
export const EMPTY_ROOT: Buffer = createHash('sha256').digest();

/** MTH({d(0)}) = SHA-256(0x00 ‖ d(0)) — the leaf hash (RFC 9162 §2.1.1). */
export function hashLeaf(leaf: Uint8Array): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(leaf).digest();
}

/**
 * The leaf hash of a text's Latin-1 bytes, hashed from the string without copying it into a buffer first (a batch
 * signature's leaf is a JWS signing input: ASCII, where Latin-1 and ASCII give the same bytes).
 */
export function hashLeafText(text: string): Buffer {
  return createHash('sha256').update(LEAF_PREFIX).update(text, 'latin1').digest();
}

/** SHA-256(0x01 ‖ left ‖ right) — an interior node (RFC 9162 §2.1.1). */
export function hashChildren(left: Uint8Array, right: Uint8Array): Buffer {
  return createHash('sha256').update(NODE_PREFIX).update(left).update(right).digest();
}

/** True when the value is a 32-byte hash; proofs from the network are checked with this first. */
export function isHash(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.length === HASH_SIZE;
}

/** A hash as it travels in JSON: standard base64 alphabet, padded (api-contract, "Hub"). */
export function encodeHash(hash: Uint8Array): string {
  return Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength).toString('base64');
}

/** 32 bytes are always 43 base64 characters plus one '=' of padding. */
const HASH_BASE64 = /^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

export type DecodeHashResult = { ok: true; hash: Buffer } | { ok: false; code: 'merkle.hash-invalid'; message: string };

/**
 * Decodes one JSON hash. Node's base64 decoder silently skips invalid characters and accepts
 * url-safe or unpadded text, so the exact canonical form is checked first: a proof that decodes to
 * the right bytes from a different string would otherwise be accepted under two spellings.
 */
export function decodeHash(text: string): DecodeHashResult {
  if (!HASH_BASE64.test(text)) {
    return { ok: false, code: 'merkle.hash-invalid', message: 'A log hash is 32 bytes in padded standard base64.' };
  }
  return { ok: true, hash: Buffer.from(text, 'base64') };
}

export type DecodeHashesResult = { ok: true; hashes: Buffer[] } | { ok: false; code: 'merkle.hash-invalid'; message: string };

/** Decodes an audit path or a consistency path; fails as a whole on the first bad element. */
export function decodeHashes(texts: readonly string[]): DecodeHashesResult {
  const hashes: Buffer[] = [];
  for (const text of texts) {
    const decoded = decodeHash(text);
    if (!decoded.ok) return decoded;
    hashes.push(decoded.hash);
  }
  return { ok: true, hashes };
}
