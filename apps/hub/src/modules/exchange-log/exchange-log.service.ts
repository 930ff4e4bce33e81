/**
 * The exchange log (principle 6): an append-only RFC 9162 Merkle tree in PostgreSQL. Leaves and the
 * complete subtree hashes are immutable rows, so proofs cost O(log n) reads at any size. Appends
 * from concurrent consultations are batched into one statement (one multi-row insert, ADR 0024).
 */
import type { KeyObject } from 'node:crypto';
import type { Database, Queryable } from '#platform/db.ts';
import {
  appendLeaves,
  computeRoot,
  proveConsistency,
  proveInclusion,
  type MerkleNode,
  type NodeKey,
  type NodeStore,
} from '#contracts/merkle/tree.ts';
import { encodeHash, hashLeaf } from '#contracts/merkle/hashes.ts';
import { newOpening } from '#contracts/tlog/commitment.ts';
import { encodeCommittedLeg, type ExchangeLog, type LogLeg } from './leg.ts';
import { signTreeHead } from './tree-head.ts';

const MAX_BATCH = 2_000;
/** Appends tried when other hub processes keep taking the next index first (each try re-reads the log). */
const MAX_ATTEMPTS = 20;
/** Levels of a tree of up to 2^63 leaves (the sizes are bigint). */
const MAX_LEVEL = 62;

export function createNodeStore(tx: Queryable): NodeStore {
  return {
    async get(level, index) {
      const row = await tx.one<{ hash: Buffer }>('SELECT hash FROM log_nodes WHERE level = $1 AND node_index = $2', [level, index]);
      return row?.hash;
    },
    async getMany(keys: readonly NodeKey[]) {
      if (keys.length === 0) return [];
      const rows = await tx.query<{ level: number; node_index: number; hash: Buffer }>(
        'SELECT n.level, n.node_index, n.hash FROM log_nodes n JOIN unnest($1::smallint[], $2::bigint[]) AS k(level, node_index) USING (level, node_index)',
        [keys.map((key) => key.level), keys.map((key) => key.index)],
      );
      const found = new Map(rows.map((row) => [`${row.level}:${row.node_index}`, row.hash]));
      return keys.map((key) => found.get(`${key.level}:${key.index}`));
    },
    async putMany(nodes: readonly MerkleNode[]) {
      if (nodes.length === 0) return;
      await tx.query(
        'INSERT INTO log_nodes (level, node_index, hash) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[]) ON CONFLICT DO NOTHING',
        [nodes.map((node) => node.level), nodes.map((node) => node.index), nodes.map((node) => node.hash)],
      );
    },
  };
}

async function currentSize(tx: Queryable): Promise<number> {
  const row = await tx.one<{ size: number }>('SELECT coalesce(max(leaf_index) + 1, 0)::bigint AS size FROM log_leaves');
  return row!.size;
}

type LogEdge = { size: number; edge: Map<string, Buffer> };

/** The leaf index another process took first: the log grew since this process last saw it. */
function isTakenLeafIndex(error: unknown): boolean {
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === 'log_leaves_pkey';
}

/** The right edge of a tree of `size` leaves — one complete subtree per set bit of the size — from the old edge and the new nodes. */
function rightEdge(size: number, old: Map<string, Buffer>, nodes: readonly MerkleNode[]): Map<string, Buffer> {
  const known = new Map(old);
  for (const node of nodes) known.set(`${node.level}:${node.index}`, node.hash);
  const edge = new Map<string, Buffer>();
  for (let level = 0; 2 ** level <= size; level += 1) {
    const width = Math.floor(size / 2 ** level);
    if (width % 2 === 1) {
      const key = `${level}:${width - 1}`;
      const hash = known.get(key);
      if (hash) edge.set(key, hash);
    }
  }
  return edge;
}

/**
 * The log's size and its right edge — the complete subtrees left of the next
 * leaf (one per set bit of the size), the only stored nodes an append hashes with (appendLeaves) — in
 * one statement, instead of the size and then one read per level that needs its left neighbour.
 */
async function sizeAndRightEdge(tx: Queryable): Promise<LogEdge> {
  // One row per node of the edge (one row of nulls when there is none). `l <= $1` bounds nothing (the
  // sizes are bigint): with a parameter the statement is prepared once per connection (db.ts), and one
  // that leaves the estimates alone lets PostgreSQL keep a generic plan instead of planning each append.
  // Each node is read by its whole key in a sub-plan: a join could keep, from a plan made while the log
  // was a few rows, a scan of a whole level (measured: 0.36 ms an append once the log had grown).
  const rows = await tx.query<{ size: number; level: number | null; node_index: number | null; hash: Buffer | null }>(
    `SELECT s.size, k.l AS level, (s.size >> k.l) - 1 AS node_index,
            (SELECT hash FROM log_nodes WHERE level = k.l AND node_index = (s.size >> k.l) - 1) AS hash
       FROM (SELECT coalesce(max(leaf_index) + 1, 0)::bigint AS size FROM log_leaves) s
       LEFT JOIN LATERAL (SELECT l FROM generate_series(0, 62) l WHERE l <= $1::int AND ((s.size >> l) & 1) = 1) k ON true`,
    [MAX_LEVEL],
  );
  const edge = new Map<string, Buffer>();
  for (const row of rows) if (row.hash) edge.set(`${row.level}:${row.node_index}`, row.hash);
  return { size: rows[0]!.size, edge };
}

type Pending = { legs: LogLeg[]; subjects: (Buffer | null)[]; resolve: (indices: number[]) => void; reject: (error: unknown) => void };

export type SignedTreeHead = { treeSize: number; rootHash: string; timestamp: string; signature: string };

export function createExchangeLog(deps: { db: Database; signing: { kid: string; privateKey: KeyObject }; clock: () => Date }) {
  const queue: Pending[] = [];
  let isFlushing = false;

  /**
   * This process's view of the log after its own last append (its size and right edge), so the next
   * append needs no read; null when unknown (at start, after a failure, or when another process
   * appended in between — then it is read again).
   */
  let known: LogEdge | null = null;

  /**
   * One statement per batch, no lock (ADR 0024): the leaves go at the size this process last saw, or
   * read. The leaf index is the primary key, so when another hub process appended meanwhile the
   * statement fails on it — whole, nothing written, since the leaves and the nodes they complete are one
   * statement — and the batch is hashed again on the size and edge read afresh. Leaves stay contiguous:
   * the statement writes only right after the log's last leaf, and writes nothing otherwise (a size
   * beyond the log, e.g. after a restore while the process ran), and then the log is read afresh too.
   */
  async function writeBatch(batch: Pending[]): Promise<number[][]> {
    // Each entry about a person commits to the pseudonym with a fresh opening (ADR 0017).
    const leaves = batch.flatMap((item) =>
      item.legs.map((leg, i) => {
        const subject = item.subjects[i] ?? null;
        const opening = subject ? newOpening() : null;
        return { bytes: encodeCommittedLeg(leg, subject, opening), subject, opening };
      }),
    );
    const hashes = leaves.map((leaf) => hashLeaf(leaf.bytes));
    for (let attempt = 1; ; attempt += 1) {
      const { size, edge } = known ?? (await sizeAndRightEdge(deps.db));
      known = null;
      const stored = createNodeStore(deps.db);
      const store: NodeStore = { ...stored, get: async (level, index) => edge.get(`${level}:${index}`) ?? stored.get(level, index) };
      const appended = await appendLeaves(store, size, hashes);
      if (!appended.ok) throw new Error(`exchange log append failed: ${appended.message}`);
      let appendedCount: number;
      try {
        // The leaves and the subtree nodes they complete, in one statement; only right after the log's last
        // leaf, so the leaves stay contiguous whatever this process believed the size to be.
        const row = await deps.db.one<{ appended: number }>(
          `WITH leaves AS (INSERT INTO log_leaves (leaf_index, person_pseudonym, leaf, leaf_hash, subject_opening)
                            SELECT * FROM unnest($1::bigint[], $2::bytea[], $3::bytea[], $4::bytea[], $8::bytea[])
                             WHERE $9::bigint = 0 OR EXISTS (SELECT 1 FROM log_leaves WHERE leaf_index = $9::bigint - 1)
                            RETURNING 1),
                 nodes AS (INSERT INTO log_nodes (level, node_index, hash)
                            SELECT * FROM unnest($5::smallint[], $6::bigint[], $7::bytea[]) WHERE EXISTS (SELECT 1 FROM leaves)
                            ON CONFLICT DO NOTHING)
           SELECT count(*)::int AS appended FROM leaves`,
          [
            leaves.map((_, i) => size + i),
            leaves.map((leaf) => leaf.subject),
            leaves.map((leaf) => leaf.bytes),
            hashes,
            appended.nodes.map((node) => node.level),
            appended.nodes.map((node) => node.index),
            appended.nodes.map((node) => node.hash),
            leaves.map((leaf) => leaf.opening),
            size,
          ],
        );
        appendedCount = row!.appended;
      } catch (error) {
        if (isTakenLeafIndex(error) && attempt < MAX_ATTEMPTS) continue;
        throw error;
      }
      // Nothing written: the size this process knew is beyond the log (restored from a backup while it ran).
      if (appendedCount !== leaves.length) {
        if (appendedCount === 0 && attempt < MAX_ATTEMPTS) continue;
        throw new Error(`exchange log append wrote ${appendedCount} of ${leaves.length} leaves`);
      }
      known = { size: appended.treeSize, edge: rightEdge(appended.treeSize, edge, appended.nodes) };
      let next = size;
      return batch.map((item) => item.legs.map(() => next++));
    }
  }

  async function flush(): Promise<void> {
    if (isFlushing) return;
    isFlushing = true;
    try {
      while (queue.length > 0) {
        const batch: Pending[] = [];
        let count = 0;
        while (queue.length > 0 && count < MAX_BATCH) {
          const item = queue.shift()!;
          batch.push(item);
          count += item.legs.length;
        }
        try {
          const indices = await writeBatch(batch);
          batch.forEach((item, i) => item.resolve(indices[i]!));
        } catch (error) {
          batch.forEach((item) => item.reject(error));
        }
      }
    } finally {
      isFlushing = false;
    }
  }

  const exchangeLog: ExchangeLog = {
    append(legs, subjects) {
      if (legs.length === 0) return Promise.resolve([]);
      return new Promise((resolve, reject) => {
        queue.push({ legs, subjects, resolve, reject });
        // Let concurrent consultations of the same tick join this batch.
        setImmediate(() => void flush());
      });
    },
  };

  async function latestTreeHead(): Promise<SignedTreeHead> {
    const size = await currentSize(deps.db);
    const stored = await deps.db.one<{ tree_size: number; root_hash: Buffer; signed_at: Date; signature: string }>(
      'SELECT * FROM tree_heads ORDER BY tree_size DESC LIMIT 1',
    );
    if (stored && stored.tree_size === size) {
      return {
        treeSize: size,
        rootHash: encodeHash(stored.root_hash),
        timestamp: stored.signed_at.toISOString(),
        signature: stored.signature,
      };
    }
    const root = await computeRoot(createNodeStore(deps.db), size);
    if (!root.ok) throw new Error(root.message);
    const head = { treeSize: size, rootHash: encodeHash(root.rootHash), timestamp: deps.clock().toISOString() };
    const signature = signTreeHead(head, deps.signing);
    await deps.db.query(
      'INSERT INTO tree_heads (tree_size, root_hash, signed_at, signature) VALUES ($1, $2, $3, $4) ON CONFLICT (tree_size) DO NOTHING',
      [size, root.rootHash, head.timestamp, signature],
    );
    const row = await deps.db.one<{ root_hash: Buffer; signed_at: Date; signature: string }>(
      'SELECT * FROM tree_heads WHERE tree_size = $1',
      [size],
    );
    return { treeSize: size, rootHash: encodeHash(row!.root_hash), timestamp: row!.signed_at.toISOString(), signature: row!.signature };
  }

  return {
    exchangeLog,
    latestTreeHead,
    async currentSize() {
      return currentSize(deps.db);
    },
    async inclusionProof(leafIndex: number, treeSize: number) {
      if (treeSize > (await currentSize(deps.db)))
        return { ok: false as const, code: 'merkle.tree-size-invalid', message: 'treeSize is beyond the log.' };
      const result = await proveInclusion(createNodeStore(deps.db), leafIndex, treeSize);
      if (!result.ok) return result;
      return {
        ok: true as const,
        proof: { leafIndex, treeSize, leafHash: encodeHash(result.proof.leafHash), auditPath: result.proof.auditPath.map(encodeHash) },
      };
    },
    async consistencyProof(first: number, second: number) {
      if (second > (await currentSize(deps.db)))
        return { ok: false as const, code: 'merkle.tree-size-invalid', message: 'second is beyond the log.' };
      const result = await proveConsistency(createNodeStore(deps.db), first, second);
      if (!result.ok) return result;
      return { ok: true as const, proof: { first, second, consistencyPath: result.proof.consistencyPath.map(encodeHash) } };
    },
    async entriesFor(subject: Buffer) {
      const rows = await deps.db.query<{ leaf_index: number; leaf: Buffer }>(
        'SELECT leaf_index, leaf FROM log_leaves WHERE person_pseudonym = $1 ORDER BY leaf_index',
        [subject],
      );
      return rows.map((row) => ({ leafIndex: row.leaf_index, leaf: JSON.parse(row.leaf.toString('utf8')) as LogLeg & { v: number } }));
    },
  };
}

export type ExchangeLogService = ReturnType<typeof createExchangeLog>;
