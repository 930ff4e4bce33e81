/**
 * C2SP tlog-proof (c2sp.org/tlog-proof@v1): an offline proof that an entry is in the log, as text —
 * `c2sp.org/tlog-proof@v1`, optional `extra <base64>`, `index <N>`, the inclusion proof (one base64
 * hash a line, from the leaf's sibling up), an empty line, then the checkpoint verbatim with its
 * cosignatures. We put the entry itself in `extra`: unauthenticated by the format, it is
 * authenticated by the inclusion proof, so a letter carrying the proof carries the entry too.
 */
import { decodeHash, encodeHash, hashLeaf } from '../merkle/hashes.ts';
import { verifyInclusion } from '../merkle/verify.ts';
import { openCheckpoint } from './checkpoint.ts';
import { countCosigners } from './cosignature.ts';
import type { LogTrust } from './key-proof.ts';

const HEADER = 'c2sp.org/tlog-proof@v1';

export type TlogProof = { extra: Buffer | null; index: number; proof: Buffer[]; checkpoint: string };

export function formatTlogProof(proof: {
  extra?: Uint8Array | null;
  index: number;
  proof: readonly Uint8Array[];
  checkpoint: string;
}): string {
  const extra = proof.extra ? `extra ${Buffer.from(proof.extra).toString('base64')}\n` : '';
  return `${HEADER}\n${extra}index ${proof.index}\n${proof.proof.map((hash) => `${encodeHash(hash)}\n`).join('')}\n${proof.checkpoint}`;
}

export function parseTlogProof(text: string): TlogProof | null {
  const lines = text.split('\n');
  let at = 0;
  if (lines[at++] !== HEADER) return null;
  let extra: Buffer | null = null;
  const extraMatch = /^extra ([A-Za-z0-9+/]+={0,2})$/.exec(lines[at] ?? '');
  if (extraMatch) {
    extra = Buffer.from(extraMatch[1]!, 'base64');
    if (extra.toString('base64') !== extraMatch[1]) return null;
    at += 1;
  }
  const indexMatch = /^index (0|[1-9][0-9]*)$/.exec(lines[at++] ?? '');
  if (!indexMatch || !Number.isSafeInteger(Number(indexMatch[1]))) return null;
  const proof: Buffer[] = [];
  for (; at < lines.length && lines[at] !== ''; at += 1) {
    const hash = decodeHash(lines[at]!);
    if (!hash.ok || proof.length === 63) return null;
    proof.push(hash.hash);
  }
  if (lines[at] !== '') return null;
  const checkpoint = lines.slice(at + 1).join('\n');
  return checkpoint === '' ? null : { extra, index: Number(indexMatch[1]), proof, checkpoint };
}

export type TlogProofCheck =
  | { ok: true; entry: Buffer; index: number; treeSize: number }
  | { ok: false; reason: 'malformed' | 'checkpoint-unsigned' | 'no-quorum' | 'not-included' };

/** Verifies offline: the log's signature, the witness quorum, and the entry (`entry`, or the proof's extra) at its index. */
export function verifyTlogProof(text: string, trust: LogTrust, entry?: Uint8Array): TlogProofCheck {
  const parsed = parseTlogProof(text);
  const bytes = entry ? Buffer.from(entry) : parsed?.extra;
  if (!parsed || !bytes) return { ok: false, reason: 'malformed' };
  const opened = openCheckpoint(parsed.checkpoint, { origin: trust.origin, name: trust.origin, publicKey: trust.logKey });
  if (!opened) return { ok: false, reason: 'checkpoint-unsigned' };
  if (countCosigners(opened.note.text, opened.note.signatures, trust.witnesses).length < trust.quorum)
    return { ok: false, reason: 'no-quorum' };
  const isIncluded = verifyInclusion({
    leafHash: hashLeaf(bytes),
    leafIndex: parsed.index,
    treeSize: opened.checkpoint.treeSize,
    auditPath: parsed.proof,
    rootHash: opened.checkpoint.rootHash,
  });
  return isIncluded
    ? { ok: true, entry: bytes, index: parsed.index, treeSize: opened.checkpoint.treeSize }
    : { ok: false, reason: 'not-included' };
}
