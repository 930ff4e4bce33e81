/**
 * C2SP tlog-cosignature, Ed25519 version (cosignature/v1): a note signature line whose key ID uses
 * type 0x04 and whose bytes are the u64 big-endian POSIX timestamp followed by the 64-byte Ed25519
 * signature of the message
 *
 *     cosignature/v1\n
 *     time <timestamp>\n
 *     <the whole note text of the checkpoint, final newline included>
 *
 * A cosignature says: as of that time, this is the largest consistent tree head the witness has
 * seen for the origin.
 */
import { sign, verify, type KeyObject } from 'node:crypto';
import { keyId, rawEd25519PublicKey, signatureLine, SIGNATURE_TYPE_COSIGNATURE_V1, type NoteSignature } from './note.ts';

export type Cosigner = { name: string; privateKey: KeyObject };
export type CosignerKey = { name: string; publicKey: KeyObject };

export function cosignedMessage(timestamp: number, checkpointText: string): Buffer {
  if (!Number.isSafeInteger(timestamp) || timestamp < 0) throw new TypeError('cosignature: invalid timestamp');
  return Buffer.from(`cosignature/v1\ntime ${timestamp}\n${checkpointText}`, 'utf8');
}

export function cosignatureKeyId(name: string, publicKey: KeyObject): number {
  return keyId(name, SIGNATURE_TYPE_COSIGNATURE_V1, rawEd25519PublicKey(publicKey));
}

/** The witness's signature line over a checkpoint text at `timestamp` (seconds). */
export function cosign(checkpointText: string, timestamp: number, cosigner: Cosigner): string {
  const body = Buffer.alloc(8 + 64);
  body.writeBigUInt64BE(BigInt(timestamp), 0);
  sign(null, cosignedMessage(timestamp, checkpointText), cosigner.privateKey).copy(body, 8);
  return signatureLine(cosigner.name, cosignatureKeyId(cosigner.name, cosigner.privateKey), body);
}

/** The timestamp of a valid cosignature by `key` on the checkpoint text, or null. */
export function verifyCosignature(checkpointText: string, signature: NoteSignature, key: CosignerKey): number | null {
  if (signature.name !== key.name || signature.keyId !== cosignatureKeyId(key.name, key.publicKey)) return null;
  if (signature.signature.length !== 72) return null;
  const timestamp = signature.signature.readBigUInt64BE(0);
  if (timestamp > BigInt(Number.MAX_SAFE_INTEGER)) return null;
  const seconds = Number(timestamp);
  return verify(null, cosignedMessage(seconds, checkpointText), key.publicKey, signature.signature.subarray(8)) ? seconds : null;
}

/** The distinct witnesses among `keys` that validly cosigned the checkpoint text. */
export function countCosigners(checkpointText: string, signatures: readonly NoteSignature[], keys: readonly CosignerKey[]): string[] {
  return keys
    .filter((key) => signatures.some((signature) => verifyCosignature(checkpointText, signature, key) !== null))
    .map((key) => key.name);
}
