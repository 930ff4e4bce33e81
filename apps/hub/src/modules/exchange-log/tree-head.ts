/**
 * Signed tree heads: a compact JWS (EdDSA) by the hub's key whose payload is exactly
 * `{ treeSize, rootHash, timestamp }` (api-contract.md, Hub), verifiable with any JOSE library.
 */
import { sign, verify, type KeyObject } from 'node:crypto';

export type TreeHead = { treeSize: number; rootHash: string; timestamp: string };

const b64url = (value: Buffer | string) => Buffer.from(value).toString('base64url');

export function signTreeHead(head: TreeHead, key: { kid: string; privateKey: KeyObject }): string {
  const header = b64url(JSON.stringify({ alg: 'EdDSA', kid: key.kid, typ: 'rse-sth+jwt' }));
  const payload = b64url(JSON.stringify({ treeSize: head.treeSize, rootHash: head.rootHash, timestamp: head.timestamp }));
  const signature = sign(null, Buffer.from(`${header}.${payload}`), key.privateKey);
  return `${header}.${payload}.${b64url(signature)}`;
}

/** Verifies a signed tree head; returns its payload or null. */
export function verifyTreeHead(jws: string, publicKey: KeyObject): TreeHead | null {
  const parts = jws.split('.');
  if (parts.length !== 3) return null;
  const [header, payload, signature] = parts as [string, string, string];
  try {
    const decodedHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: string };
    if (decodedHeader.alg !== 'EdDSA') return null;
    if (!verify(null, Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature, 'base64url'))) return null;
    const head = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TreeHead;
    return typeof head.treeSize === 'number' && typeof head.rootHash === 'string' && typeof head.timestamp === 'string' ? head : null;
  } catch {
    return null;
  }
}
