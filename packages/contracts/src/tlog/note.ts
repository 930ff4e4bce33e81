/**
 * C2SP signed-note (c2sp.org/signed-note): a UTF-8 text ending in a newline, a blank line, then one
 * or more signature lines `— <key name> base64(key ID ‖ signature)`. The key ID is the first four
 * bytes of SHA-256(key name ‖ 0x0A ‖ signature type ‖ public key). Type 0x01 is Ed25519 over the note
 * text (the log's own signature); type 0x04 is the timestamped witness cosignature (cosignature.ts).
 *
 * Written from the specification text, on node:crypto only: the hub signs its checkpoints with it,
 * the witness and every reader verify with it.
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

export const SIGNATURE_TYPE_ED25519 = 0x01;
export const SIGNATURE_TYPE_COSIGNATURE_V1 = 0x04;
/** The spec asks verifiers to accept at least 16; we refuse notes with more than 64 lines of signature. */
export const MAX_SIGNATURES = 64;
const EM_DASH = '\u2014';

export type NoteSignature = { name: string; keyId: number; signature: Buffer };
export type ParsedNote = { text: string; signatures: NoteSignature[] };

/** The 32 raw bytes of an Ed25519 public key (RFC 8032 encoding), from a public or private KeyObject. */
export function rawEd25519PublicKey(key: KeyObject): Buffer {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const jwk = publicKey.export({ format: 'jwk' });
  if (jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw new TypeError('signed-note: an Ed25519 key is required');
  return Buffer.from(jwk.x, 'base64url');
}

export function ed25519PublicKeyFromRaw(raw: Uint8Array): KeyObject {
  if (raw.length !== 32) throw new TypeError('signed-note: an Ed25519 public key is 32 bytes');
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });
}

export function ed25519PrivateKeyFromSeed(seed: Uint8Array): KeyObject {
  if (seed.length !== 32) throw new TypeError('signed-note: an Ed25519 seed is 32 bytes');
  const d = Buffer.from(seed).toString('base64url');
  const probe = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d, x: Buffer.alloc(32).toString('base64url') }, format: 'jwk' });
  // The x above is a placeholder Node ignores for signing; rebuild with the true public key.
  const x = createPublicKey(probe).export({ format: 'jwk' }).x!;
  return createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', d, x }, format: 'jwk' });
}

/** A key name: non-empty, no Unicode space, no '+' (signed-note, "Format"). */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !/[\s+]/u.test(name) && !hasControlCharacter(name, false);
}

/** True when the text holds an ASCII control character (below U+0020), newline allowed when `isNewlineAllowed`. */
function hasControlCharacter(text: string, isNewlineAllowed: boolean): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && !(isNewlineAllowed && code === 0x0a)) return true;
  }
  return false;
}

/** key ID = SHA-256(key name ‖ 0x0A ‖ type ‖ public key)[:4], big-endian uint32. */
export function keyId(name: string, type: number, publicKey: Uint8Array): number {
  const digest = createHash('sha256')
    .update(name, 'utf8')
    .update(Buffer.from([0x0a, type]))
    .update(publicKey)
    .digest();
  return digest.readUInt32BE(0);
}

/** One signature line, newline included. */
export function signatureLine(name: string, id: number, signature: Uint8Array): string {
  const bytes = Buffer.alloc(4 + signature.length);
  bytes.writeUInt32BE(id >>> 0, 0);
  Buffer.from(signature).copy(bytes, 4);
  return `${EM_DASH} ${name} ${bytes.toString('base64')}\n`;
}

export type NoteSigner = { name: string; privateKey: KeyObject };

/** The Ed25519 (type 0x01) signature line of `signer` over the note text. */
export function signNoteText(text: string, signer: NoteSigner): string {
  assertText(text);
  if (!isValidKeyName(signer.name)) throw new TypeError('signed-note: invalid key name');
  const id = keyId(signer.name, SIGNATURE_TYPE_ED25519, rawEd25519PublicKey(signer.privateKey));
  return signatureLine(signer.name, id, sign(null, Buffer.from(text, 'utf8'), signer.privateKey));
}

/** A whole signed note: text, blank line, signature lines. */
export function signNote(text: string, signers: readonly NoteSigner[]): string {
  return `${text}\n${signers.map((signer) => signNoteText(text, signer)).join('')}`;
}

function assertText(text: string): void {
  if (!text.endsWith('\n')) throw new TypeError('signed-note: the text ends in a newline');
  if (hasControlCharacter(text, true)) throw new TypeError('signed-note: no control characters but newline');
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Parses signature lines only (as a witness answers them); null when any line is malformed. */
export function parseSignatureLines(block: string): NoteSignature[] | null {
  if (block === '') return [];
  if (!block.endsWith('\n')) return null;
  const signatures: NoteSignature[] = [];
  for (const line of block.slice(0, -1).split('\n')) {
    const match = /^\u2014 (\S+) (\S+)$/u.exec(line);
    if (!match) return null;
    const [, name, encoded] = match as unknown as [string, string, string];
    if (!isValidKeyName(name) || !BASE64.test(encoded)) return null;
    const bytes = Buffer.from(encoded, 'base64');
    if (bytes.length < 5) return null;
    signatures.push({ name, keyId: bytes.readUInt32BE(0), signature: bytes.subarray(4) });
    if (signatures.length > MAX_SIGNATURES) return null;
  }
  return signatures;
}

/**
 * Splits a signed note into its text (final newline included) and its signatures: the text is
 * separated from the signatures by the last empty line. Null when the note is malformed.
 */
export function parseNote(note: string): ParsedNote | null {
  if (hasControlCharacter(note, true) || !note.endsWith('\n')) return null;
  const split = note.lastIndexOf('\n\n');
  if (split < 0) return null;
  const text = note.slice(0, split + 1);
  const signatures = parseSignatureLines(note.slice(split + 2));
  if (!signatures || signatures.length === 0) return null;
  return { text, signatures };
}

export type NoteVerifier = { name: string; publicKey: KeyObject };

/**
 * True when the note carries a valid Ed25519 (0x01) signature by `verifier` (name and key ID both
 * match). Signatures of unknown keys are ignored; a known key's signature that fails makes it false.
 */
export function isNoteSignedBy(note: ParsedNote, verifier: NoteVerifier): boolean {
  const id = keyId(verifier.name, SIGNATURE_TYPE_ED25519, rawEd25519PublicKey(verifier.publicKey));
  const own = note.signatures.filter((signature) => signature.name === verifier.name && signature.keyId === id);
  if (own.length === 0) return false;
  return own.every(
    (signature) =>
      signature.signature.length === 64 && verify(null, Buffer.from(note.text, 'utf8'), verifier.publicKey, signature.signature),
  );
}

/**
 * A verifier key in the text form of the Go note package and of C2SP ("vkey"):
 * `<name>+<8 hex digits of key ID>+<base64(type ‖ public key)>`. Operators exchange keys this way.
 */
export function formatVerifierKey(name: string, type: number, publicKey: KeyObject): string {
  const raw = rawEd25519PublicKey(publicKey);
  const id = keyId(name, type, raw).toString(16).padStart(8, '0');
  return `${name}+${id}+${Buffer.concat([Buffer.from([type]), raw]).toString('base64')}`;
}

/** Reads a vkey of an Ed25519 key (type 0x01 or 0x04); null when malformed or its key ID does not match. */
export function parseVerifierKey(vkey: string): { name: string; type: number; publicKey: KeyObject } | null {
  const match = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(vkey.trim());
  if (!match) return null;
  const [, name, id, encoded] = match as unknown as [string, string, string, string];
  const bytes = Buffer.from(encoded, 'base64');
  if (bytes.length !== 33 || (bytes[0] !== SIGNATURE_TYPE_ED25519 && bytes[0] !== SIGNATURE_TYPE_COSIGNATURE_V1)) return null;
  if (keyId(name, bytes[0], bytes.subarray(1)) !== parseInt(id, 16)) return null;
  return { name, type: bytes[0], publicKey: ed25519PublicKeyFromRaw(bytes.subarray(1)) };
}
