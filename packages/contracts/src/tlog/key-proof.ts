/**
 * The provider's check before it encrypts (issue 13, scope 3; ADR 0017): the requester key the hub
 * handed over must be registered in the hub's log, inside a checkpoint signed by the hub's log key
 * and cosigned by a quorum of the witnesses the node trusts. A hub that substitutes a key would have
 * to log the substitute — where the requester's own monitor sees it — and show the same log to the
 * witnesses; otherwise the provider refuses to encrypt.
 */
import type { KeyObject } from 'node:crypto';
import { decodeHash, decodeHashes, hashLeaf } from '../merkle/hashes.ts';
import { verifyInclusion } from '../merkle/verify.ts';
import { openCheckpoint } from './checkpoint.ts';
import { countCosigners, type CosignerKey } from './cosignature.ts';

/** What a node trusts: the hub log's origin and key, the witnesses and how many must have cosigned. */
export type LogTrust = { origin: string; logKey: KeyObject; witnesses: readonly CosignerKey[]; quorum: number };

export type ExpectedKey = { kbo: string; use: 'sig' | 'enc'; kid: string; x: string };

export type KeyProofCheck =
  | { ok: true; treeSize: number; leafIndex: number }
  | { ok: false; reason: 'malformed' | 'checkpoint-unsigned' | 'no-quorum' | 'not-included' | 'other-key' };

export function verifyKeyProof(proof: unknown, expected: ExpectedKey, trust: LogTrust): KeyProofCheck {
  if (!proof || typeof proof !== 'object') return { ok: false, reason: 'malformed' };
  const { checkpoint, leafIndex, leaf, auditPath } = proof as Record<string, unknown>;
  if (typeof checkpoint !== 'string' || typeof leaf !== 'string' || !Number.isSafeInteger(leafIndex) || !Array.isArray(auditPath))
    return { ok: false, reason: 'malformed' };
  if (!auditPath.every((hash) => typeof hash === 'string')) return { ok: false, reason: 'malformed' };
  const opened = openCheckpoint(checkpoint, { origin: trust.origin, name: trust.origin, publicKey: trust.logKey });
  if (!opened) return { ok: false, reason: 'checkpoint-unsigned' };
  if (countCosigners(opened.note.text, opened.note.signatures, trust.witnesses).length < trust.quorum)
    return { ok: false, reason: 'no-quorum' };
  const path = decodeHashes(auditPath as string[]);
  const bytes = Buffer.from(leaf, 'base64');
  if (!path.ok || bytes.toString('base64') !== leaf) return { ok: false, reason: 'malformed' };
  const root = decodeHash(opened.checkpoint.rootHash.toString('base64'));
  const isIncluded =
    root.ok &&
    verifyInclusion({
      leafHash: hashLeaf(bytes),
      leafIndex: leafIndex as number,
      treeSize: opened.checkpoint.treeSize,
      auditPath: path.hashes,
      rootHash: root.hash,
    });
  if (!isIncluded) return { ok: false, reason: 'not-included' };
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const isThatKey =
    entry.type === 'key.registered' &&
    entry.institution === expected.kbo &&
    entry.keyUse === expected.use &&
    entry.kid === expected.kid &&
    entry.publicKey === expected.x;
  return isThatKey
    ? { ok: true, treeSize: opened.checkpoint.treeSize, leafIndex: leafIndex as number }
    : { ok: false, reason: 'other-key' };
}
