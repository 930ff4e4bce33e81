/**
 * What the portal checks itself, trusting no "verified" flag from the hub (principle 6; issue:
 * "inclusion proofs verified by the portal itself"):
 *
 * 1. the signed tree head: a compact JWS (EdDSA) by the hub's registered key over exactly
 *    `{ treeSize, rootHash, timestamp }`;
 * 2. consistency: every tree head seen is stored, and a new head must extend the largest one seen
 *    before (RFC 9162 §2.1.4 consistency proof, fetched from the hub's public endpoint and checked
 *    with the independent verifier of packages/contracts/src/merkle). Anything else is an alert,
 *    recorded and logged loudly, and shown to every person until an operator resolves it;
 * 3. each entry: its leaf hash is recomputed from the leaf bytes, its inclusion proof must lead to
 *    the signed root, and the leaf must name the person's own pseudonym.
 */
import { verify, type KeyObject } from 'node:crypto';
import type { Database } from '#platform/db.ts';
import type { Logger } from '#platform/logger.ts';
import { decodeHash, decodeHashes, hashLeaf } from '#contracts/merkle/hashes.ts';
import { verifyConsistency, verifyInclusion } from '#contracts/merkle/verify.ts';
import { opensTo } from '#contracts/tlog/commitment.ts';

export type TreeHead = { treeSize: number; rootHash: string; timestamp: string; signature: string };

export type LogState = {
  isConsistent: boolean;
  treeHead: { treeSize: number; rootHash: string; timestamp: string } | null;
  alerts: { kind: string; detectedAt: string; firstSize: number | null; secondSize: number | null }[];
};

/** Checks the hub's signature of a tree head and that the signed payload is the head presented. */
export function isTreeHeadSigned(head: TreeHead, hubKeys: readonly KeyObject[]): boolean {
  if (typeof head?.signature !== 'string') return false;
  const parts = head.signature.split('.');
  if (parts.length !== 3) return false;
  const [header, payload, signature] = parts as [string, string, string];
  try {
    const decodedHeader = JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: string };
    if (decodedHeader.alg !== 'EdDSA') return false;
    const isValid = hubKeys.some((key) => verify(null, Buffer.from(`${header}.${payload}`), key, Buffer.from(signature, 'base64url')));
    if (!isValid) return false;
    const signed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<TreeHead>;
    return signed.treeSize === head.treeSize && signed.rootHash === head.rootHash && signed.timestamp === head.timestamp;
  } catch {
    return false;
  }
}

export type EntryCheck = {
  isVerified: boolean;
  failure: 'proof-failed' | 'other-person' | 'unreadable' | null;
  leg: Record<string, unknown> | null;
};

/** Inclusion of one entry under a verified root, and that it is about this person (its pseudonym). */
export function checkEntry(
  entry: { leafIndex: number; leaf: string; auditPath: string[]; opening?: string },
  head: { treeSize: number; rootHash: string },
  subject: string,
): EntryCheck {
  const bytes = typeof entry.leaf === 'string' ? Buffer.from(entry.leaf, 'base64') : Buffer.alloc(0);
  let leg: Record<string, unknown> | null = null;
  try {
    const parsed: unknown = JSON.parse(bytes.toString('utf8'));
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) leg = parsed as Record<string, unknown>;
  } catch {
    leg = null;
  }
  const root = decodeHash(head.rootHash);
  const path =
    Array.isArray(entry.auditPath) && entry.auditPath.every((h) => typeof h === 'string')
      ? decodeHashes(entry.auditPath)
      : { ok: false as const };
  const isIncluded =
    root.ok &&
    path.ok &&
    verifyInclusion({
      leafHash: hashLeaf(bytes),
      leafIndex: entry.leafIndex,
      treeSize: head.treeSize,
      auditPath: path.hashes,
      rootHash: root.hash,
    });
  if (!isIncluded) return { isVerified: false, failure: 'proof-failed', leg };
  if (!leg) return { isVerified: false, failure: 'unreadable', leg };
  if (!isAboutSubject(leg, subject, entry.opening)) return { isVerified: false, failure: 'other-person', leg };
  return { isVerified: true, failure: null, leg };
}

/**
 * Version 1 leaves name the pseudonym; version 2 (ADR 0017) commit to it, and the opening the hub
 * gives the person must open the commitment to the person's own pseudonym.
 */
function isAboutSubject(leg: Record<string, unknown>, subject: string, opening: string | undefined): boolean {
  if (leg.v === 2) {
    if (typeof opening !== 'string' || !/^[A-Za-z0-9+/]{43}=$/.test(opening)) return false;
    return opensTo(leg.subjectCommitment, Buffer.from(subject, 'base64'), Buffer.from(opening, 'base64'));
  }
  return leg.subject === subject;
}

export function createTreeHeadStore(deps: { db: Database; log: Logger; getJson: (path: string) => Promise<unknown> }) {
  async function alert(
    kind: 'inconsistent' | 'bad-signature' | 'proof-unavailable',
    first: { size: number; root: string } | null,
    second: { size: number; root: string },
  ) {
    await deps.db.query('INSERT INTO log_alerts (kind, first_size, first_root, second_size, second_root) VALUES ($1, $2, $3, $4, $5)', [
      kind,
      first?.size ?? null,
      first?.root ?? null,
      second.size,
      second.root,
    ]);
    // Loudly: an operator must look. No person data in this line.
    deps.log.error(
      { kind, firstSize: first?.size ?? null, secondSize: second.size },
      'HUB EXCHANGE LOG ALERT: the hub presented a tree head that does not extend the ones seen before',
    );
  }

  async function isConsistentWith(first: { tree_size: string; root_hash: string }, second: TreeHead): Promise<boolean | null> {
    const firstSize = Number(first.tree_size);
    if (firstSize === second.treeSize) return first.root_hash === second.rootHash;
    const [small, large] =
      firstSize < second.treeSize
        ? [
            { size: firstSize, root: first.root_hash },
            { size: second.treeSize, root: second.rootHash },
          ]
        : [
            { size: second.treeSize, root: second.rootHash },
            { size: firstSize, root: first.root_hash },
          ];
    if (small.size === 0) return true;
    let proof: { consistencyPath?: unknown };
    try {
      proof = (await deps.getJson(`/v1/log/proofs/consistency?first=${small.size}&second=${large.size}`)) as { consistencyPath?: unknown };
    } catch (error) {
      // Unreachable: no conclusion now. Refused (e.g. a size beyond the hub's log: the log shrank): inconsistent.
      return (error as { code?: string }).code === 'hub.unreachable' ? null : false;
    }
    const path =
      Array.isArray(proof.consistencyPath) && proof.consistencyPath.every((h) => typeof h === 'string')
        ? decodeHashes(proof.consistencyPath as string[])
        : null;
    const firstRoot = decodeHash(small.root);
    const secondRoot = decodeHash(large.root);
    if (!path?.ok || !firstRoot.ok || !secondRoot.ok) return false;
    return verifyConsistency({
      first: small.size,
      second: large.size,
      firstRoot: firstRoot.hash,
      secondRoot: secondRoot.hash,
      consistencyPath: path.hashes,
    });
  }

  return {
    /**
     * Records a tree head after checking its signature and its consistency with the nearest heads
     * seen before (the same size, the largest smaller one and the smallest larger one). Returns the log's state.
     */
    async observe(head: TreeHead, hubKeys: readonly KeyObject[]): Promise<LogState> {
      const presented = { size: head.treeSize, root: head.rootHash };
      if (!isTreeHeadSigned(head, hubKeys)) {
        await alert('bad-signature', null, presented);
      } else {
        const neighbours = await deps.db.query<{ tree_size: string; root_hash: string }>(
          `(SELECT tree_size, root_hash FROM seen_tree_heads WHERE tree_size = $1)
           UNION ALL (SELECT tree_size, root_hash FROM seen_tree_heads WHERE tree_size < $1 ORDER BY tree_size DESC LIMIT 1)
           UNION ALL (SELECT tree_size, root_hash FROM seen_tree_heads WHERE tree_size > $1 ORDER BY tree_size LIMIT 1)`,
          [head.treeSize],
        );
        let isFine = true;
        for (const neighbour of neighbours) {
          const result = await isConsistentWith(neighbour, head);
          if (result === true) continue;
          isFine = false;
          await alert(
            result === null ? 'proof-unavailable' : 'inconsistent',
            { size: Number(neighbour.tree_size), root: neighbour.root_hash },
            presented,
          );
        }
        if (isFine) {
          await deps.db.query(
            'INSERT INTO seen_tree_heads (tree_size, root_hash, signed_at, signature) VALUES ($1, $2, $3, $4) ON CONFLICT (tree_size) DO NOTHING',
            [head.treeSize, head.rootHash, head.timestamp, head.signature],
          );
        }
      }
      return this.state(head);
    },

    async state(head: TreeHead | null): Promise<LogState> {
      const alerts = await deps.db.query<{ kind: string; detected_at: Date; first_size: string | null; second_size: string | null }>(
        `SELECT kind, detected_at, first_size, second_size FROM log_alerts WHERE resolved_at IS NULL AND kind <> 'proof-unavailable' ORDER BY id DESC LIMIT 20`,
      );
      return {
        isConsistent: alerts.length === 0,
        treeHead: head ? { treeSize: head.treeSize, rootHash: head.rootHash, timestamp: head.timestamp } : null,
        alerts: alerts.map((row) => ({
          kind: row.kind,
          detectedAt: row.detected_at.toISOString(),
          firstSize: row.first_size === null ? null : Number(row.first_size),
          secondSize: row.second_size === null ? null : Number(row.second_size),
        })),
      };
    },
  };
}
