/**
 * The prover side of the exchange log: appends, roots, inclusion and consistency proofs over a
 * store of node hashes (RFC 9162 §2.1), so the hub can keep the tree in PostgreSQL and answer a
 * proof at 10 million leaves with O(log n) reads instead of rehashing the log.
 *
 * The tree is addressed as perfect subtrees: node (level, index) covers the leaves
 * [index·2^level, (index+1)·2^level); level 0 holds the leaf hashes. Once all leaves under a node
 * exist its hash never changes, because the log is append-only — so complete nodes are written once,
 * in the same batch as the leaves that completed them, and are never updated. Incomplete nodes (the
 * ragged right edge of a tree whose size is not a power of two) are never stored: each tree size has
 * its own right edge, derived on demand from at most log2(n) complete nodes.
 *
 * The verifier (verify.ts) is written separately from the RFC's verification algorithms and shares
 * only hashes.ts with this file, so a bug here is not silently mirrored there.
 */
import { EMPTY_ROOT, HASH_SIZE, hashChildren } from './hashes.ts';

export type NodeKey = { level: number; index: number };
export type MerkleNode = { level: number; index: number; hash: Buffer };

/**
 * Where the complete nodes live. `get` answers undefined for a node it does not hold; the algorithms
 * then rebuild that node from its children, so a store holding only level 0 still gives correct (but
 * O(n)) answers and interior nodes act as a cache. `getMany`, when provided, lets a database answer
 * every node a proof needs in one round trip; results are aligned with `keys`.
 */
export type NodeStore = {
  get(level: number, index: number): Promise<Buffer | undefined>;
  getMany?(keys: readonly NodeKey[]): Promise<(Buffer | undefined)[]>;
  putMany(nodes: readonly MerkleNode[]): Promise<void>;
};

export type TreeFailureCode =
  | 'merkle.tree-size-invalid'
  | 'merkle.leaf-index-out-of-range'
  | 'merkle.consistency-range-invalid'
  | 'merkle.hash-invalid'
  | 'merkle.node-missing';

export type TreeFailure = { ok: false; code: TreeFailureCode; message: string };

/** RFC 9162 §2.1.3 inclusion proof, hashes as bytes (encode with hashes.ts `encodeHash` for JSON). */
export type InclusionProof = { leafIndex: number; treeSize: number; leafHash: Buffer; auditPath: Buffer[] };
/** RFC 9162 §2.1.4 consistency proof. */
export type ConsistencyProof = { first: number; second: number; consistencyPath: Buffer[] };

export type AppendResult = { ok: true; treeSize: number; nodes: MerkleNode[] } | TreeFailure;
export type RootResult = { ok: true; rootHash: Buffer } | TreeFailure;
export type InclusionResult = { ok: true; proof: InclusionProof } | TreeFailure;
export type ConsistencyResult = { ok: true; proof: ConsistencyProof } | TreeFailure;

function fail(code: TreeFailureCode, message: string): TreeFailure {
  return { ok: false, code, message };
}

/** Sizes and indexes are JSON numbers: anything above 2^53 would silently lose precision. */
function isSize(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** The k of RFC 9162 §2.1.1: the largest power of two strictly smaller than n (n > 1). */
function findSplit(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

/**
 * The complete nodes whose right fold gives MTH(D[start:end]), left to right.
 *
 * Every range the RFC recursions produce starts at a multiple of the smallest power of two ≥ its
 * length (true of [0, n); and of both halves [s, s+k) and [s+k, e) whenever true of [s, e)). Under
 * that invariant the §2.1.1 split of [start, end) peels off the largest power of two that fits,
 * aligned, and recurses on the rest — i.e. the binary decomposition of the length, largest first.
 */
function planRange(start: number, end: number): NodeKey[] {
  const keys: NodeKey[] = [];
  let level = 0;
  while (2 ** (level + 1) <= end - start) level += 1;
  let offset = start;
  for (; level >= 0; level -= 1) {
    const size = 2 ** level;
    if (offset + size > end) continue;
    if (offset % size !== 0) throw new Error(`merkle: range [${start}, ${end}) is not RFC 9162-shaped`);
    keys.push({ level, index: offset / size });
    offset += size;
  }
  return keys;
}

/** MTH of a planned range: the rightmost subtrees combine first (RFC 9162 §2.1.1 recursion). */
function foldRange(hashes: readonly Buffer[]): Buffer {
  const last = hashes.at(-1);
  if (last === undefined) throw new Error('merkle: empty range');
  return hashes.slice(0, -1).reduceRight((right, left) => hashChildren(left, right), last);
}

/** One node, rebuilt from its children when the store does not hold it (interior nodes are a cache). */
async function readNode(store: NodeStore, level: number, index: number): Promise<Buffer | undefined> {
  return (await store.get(level, index)) ?? (await rebuildNode(store, level, index));
}

async function rebuildNode(store: NodeStore, level: number, index: number): Promise<Buffer | undefined> {
  if (level === 0) return undefined; // a leaf cannot be rebuilt: it is beyond the log
  const left = await readNode(store, level - 1, index * 2);
  if (left === undefined) return undefined;
  const right = await readNode(store, level - 1, index * 2 + 1);
  return right === undefined ? undefined : hashChildren(left, right);
}

/** Fetches a batch of nodes in one call when the store can, then fills the gaps by rebuilding. */
async function readNodes(store: NodeStore, keys: readonly NodeKey[]): Promise<Buffer[] | undefined> {
  const fetched = store.getMany ? await store.getMany(keys) : await Promise.all(keys.map((key) => store.get(key.level, key.index)));
  const hashes: Buffer[] = [];
  for (const [i, key] of keys.entries()) {
    const hash = fetched[i] ?? (await rebuildNode(store, key.level, key.index));
    if (hash === undefined) return undefined;
    hashes.push(hash);
  }
  return hashes;
}

/** Reads every planned range in one batch and folds each into its MTH. */
async function hashRanges(store: NodeStore, plans: readonly NodeKey[][]): Promise<Buffer[] | undefined> {
  const hashes = await readNodes(store, plans.flat());
  if (hashes === undefined) return undefined;
  const results: Buffer[] = [];
  let offset = 0;
  for (const plan of plans) {
    results.push(foldRange(hashes.slice(offset, offset + plan.length)));
    offset += plan.length;
  }
  return results;
}

const missing = (): TreeFailure =>
  fail('merkle.node-missing', 'The store lacks a leaf this tree size needs: the size is beyond the log, or the store is incomplete.');

/**
 * The complete nodes that appending `newLeafHashes` to a tree of `existingSize` leaves creates:
 * the new leaves at level 0 and, at every level l ≥ 1, each node j with
 * floor(existingSize / 2^l) ≤ j < floor(newSize / 2^l). Nothing is written: the caller persists
 * `nodes` with `store.putMany` in the same transaction as the log entries, so a crash cannot leave
 * leaves without their nodes. `existingSize` must be the size the store really holds when the nodes
 * are written — read under a lock that serialises appends, or checked by that write itself (the
 * exchange log's leaf index is its primary key, so a stale size fails the write, ADR 0024); nodes
 * computed from a stale size must never be written.
 *
 * Reads at most one node per level (a left sibling completed by an earlier batch).
 */
export async function appendLeaves(store: NodeStore, existingSize: number, newLeafHashes: readonly Buffer[]): Promise<AppendResult> {
  if (!isSize(existingSize) || !isSize(existingSize + newLeafHashes.length)) {
    return fail('merkle.tree-size-invalid', 'A tree size is a non-negative safe integer.');
  }
  if (newLeafHashes.some((hash) => !(hash instanceof Uint8Array) || hash.length !== HASH_SIZE)) {
    return fail('merkle.hash-invalid', 'A leaf hash is 32 bytes (RFC 9162 §2.1.1, SHA-256).');
  }
  const nodes: MerkleNode[] = [];
  // Copies, so a caller reusing its buffers cannot alter nodes already handed to the store.
  let current: Buffer[] = newLeafHashes.map((hash) => Buffer.from(hash));
  let first = existingSize;
  let level = 0;
  current.forEach((hash, i) => nodes.push({ level: 0, index: first + i, hash }));
  while (current.length > 0) {
    const parentFirst = Math.floor(first / 2);
    const parentEnd = Math.floor((first + current.length) / 2);
    const parents: Buffer[] = [];
    for (let parent = parentFirst; parent < parentEnd; parent += 1) {
      const leftIndex = parent * 2;
      // Only the first parent of a level can have a left child from an earlier batch (when `first`
      // is odd); the right child of a newly complete parent is always new.
      const left = leftIndex >= first ? current[leftIndex - first] : await readNode(store, level, leftIndex);
      const right = current[leftIndex + 1 - first];
      if (left === undefined || right === undefined) return missing();
      const hash = hashChildren(left, right);
      parents.push(hash);
      nodes.push({ level: level + 1, index: parent, hash });
    }
    current = parents;
    first = parentFirst;
    level += 1;
  }
  return { ok: true, treeSize: existingSize + newLeafHashes.length, nodes };
}

/** MTH(D[treeSize]) (RFC 9162 §2.1.1) from at most popcount(treeSize) ≤ log2(n)+1 complete nodes. */
export async function computeRoot(store: NodeStore, treeSize: number): Promise<RootResult> {
  if (!isSize(treeSize)) return fail('merkle.tree-size-invalid', 'A tree size is a non-negative safe integer.');
  if (treeSize === 0) return { ok: true, rootHash: Buffer.from(EMPTY_ROOT) };
  const hashes = await hashRanges(store, [planRange(0, treeSize)]);
  if (hashes?.[0] === undefined) return missing();
  return { ok: true, rootHash: hashes[0] };
}

/**
 * The audit path for leaf `leafIndex` in the tree of `treeSize` leaves, by the PATH algorithm of
 * RFC 9162 §2.1.3.1:
 *   PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n])      if m < k
 *                 = PATH(m - k, D[k:n]) : MTH(D[0:k])  if m ≥ k
 * Unrolled top-down, so the siblings are collected root-first and reversed (the path runs from the
 * leaf up). Once the descent enters a left half it stays inside perfect subtrees, so at most one
 * sibling is a ragged right edge: ≤ 2·log2(n) + 1 node reads, fetched in one batch.
 */
export async function proveInclusion(store: NodeStore, leafIndex: number, treeSize: number): Promise<InclusionResult> {
  if (!isSize(treeSize)) return fail('merkle.tree-size-invalid', 'A tree size is a non-negative safe integer.');
  if (!isSize(leafIndex) || leafIndex >= treeSize) {
    return fail('merkle.leaf-index-out-of-range', 'The leaf index must be below the tree size.');
  }
  const plans: NodeKey[][] = [[{ level: 0, index: leafIndex }]];
  let start = 0;
  let end = treeSize;
  while (end - start > 1) {
    const k = findSplit(end - start);
    if (leafIndex - start < k) {
      plans.push(planRange(start + k, end));
      end = start + k;
    } else {
      plans.push(planRange(start, start + k));
      start += k;
    }
  }
  const hashes = await hashRanges(store, plans);
  const [leafHash, ...siblings] = hashes ?? [];
  if (leafHash === undefined) return missing();
  return { ok: true, proof: { leafIndex, treeSize, leafHash, auditPath: siblings.reverse() } };
}

/**
 * The consistency path between the trees of `first` and `second` leaves, by RFC 9162 §2.1.4.1:
 *   PROOF(m, D[n]) = SUBPROOF(m, D[n], true)
 *   SUBPROOF(m, D[m], true) = {};  SUBPROOF(m, D[m], false) = {MTH(D[m])}
 *   SUBPROOF(m, D[n], b) = SUBPROOF(m, D[0:k], b) : MTH(D[k:n])          if m ≤ k
 *                        = SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k])  if m > k
 * Unrolled top-down and reversed like PATH. The RFC defines proofs for 0 < first < second; for
 * first = 0 (every tree extends the empty one) and first = second the path is empty, as in other CT
 * implementations, and the store is not read.
 */
export async function proveConsistency(store: NodeStore, first: number, second: number): Promise<ConsistencyResult> {
  if (!isSize(first) || !isSize(second)) return fail('merkle.tree-size-invalid', 'A tree size is a non-negative safe integer.');
  if (first > second) return fail('merkle.consistency-range-invalid', 'The first tree size must not exceed the second.');
  if (first === 0 || first === second) return { ok: true, proof: { first, second, consistencyPath: [] } };
  const plans: NodeKey[][] = [];
  let m = first;
  let start = 0;
  let end = second;
  let isWholeFirstTree = true; // the b flag: the old root itself is known to the verifier
  while (m !== end - start) {
    const k = findSplit(end - start);
    if (m <= k) {
      plans.push(planRange(start + k, end));
      end = start + k;
    } else {
      plans.push(planRange(start, start + k));
      m -= k;
      start += k;
      isWholeFirstTree = false;
    }
  }
  if (!isWholeFirstTree) plans.push(planRange(start, end));
  const hashes = await hashRanges(store, plans);
  if (hashes === undefined) return missing();
  return { ok: true, proof: { first, second, consistencyPath: hashes.reverse() } };
}

/** A whole tree built in memory at once: its root and any leaf's audit path, both synchronous. */
export type MemoryTree = { treeSize: number; rootHash: Buffer; auditPath(leafIndex: number): Buffer[] };

/**
 * Builds the tree of a few thousand leaves at once (a batch signature's tree, ADR 0023), without a store: level by
 * level, each pair of nodes hashed into its parent and a last node without a pair carried up unchanged. That is
 * MTH of RFC 9162 §2.1.1: the split at the largest power of two below n leaves every unpaired node on the right
 * edge, where the recursion carries it up the same way. The audit path of a leaf is its sibling at each level
 * where it has one, from the leaf up: PATH of §2.1.3.1. The tests check both against the store-backed prover above.
 * Costs n − 1 hashes and no read; `auditPath` only copies references.
 */
export function buildTree(leafHashes: readonly Buffer[]): MemoryTree {
  if (leafHashes.length === 0) throw new RangeError('merkle: a built tree has at least one leaf');
  if (leafHashes.some((hash) => !(hash instanceof Uint8Array) || hash.length !== HASH_SIZE)) {
    throw new TypeError('merkle: a leaf hash is 32 bytes (RFC 9162 §2.1.1, SHA-256)');
  }
  const levels: Buffer[][] = [leafHashes.slice()];
  for (let nodes = levels[0]!; nodes.length > 1; ) {
    const parents: Buffer[] = [];
    for (let index = 0; index + 1 < nodes.length; index += 2) parents.push(hashChildren(nodes[index]!, nodes[index + 1]!));
    if (nodes.length % 2 === 1) parents.push(nodes.at(-1)!);
    levels.push(parents);
    nodes = parents;
  }
  const treeSize = leafHashes.length;
  return {
    treeSize,
    rootHash: levels.at(-1)![0]!,
    auditPath(leafIndex) {
      if (!Number.isSafeInteger(leafIndex) || leafIndex < 0 || leafIndex >= treeSize) {
        throw new RangeError('merkle: the leaf index must be below the tree size');
      }
      const path: Buffer[] = [];
      let index = leafIndex;
      for (let level = 0; level < levels.length - 1; level += 1) {
        const sibling = levels[level]![index ^ 1];
        if (sibling !== undefined) path.push(sibling);
        index >>= 1;
      }
      return path;
    },
  };
}

/**
 * A NodeStore in memory, for tests and for the whole-log verify command. Each level is one packed
 * buffer (32 bytes per node) plus a presence map, so a million leaves cost ~64 MB rather than two
 * million Buffer objects. `get` returns copies: callers cannot alter a stored node.
 */
export function createMemoryNodeStore(): NodeStore {
  const levels: { hashes: Buffer; present: Uint8Array }[] = [];

  function ensureCapacity(level: number, index: number): { hashes: Buffer; present: Uint8Array } {
    let slot = levels[level];
    while (slot === undefined) {
      levels.push({ hashes: Buffer.alloc(0), present: new Uint8Array(0) });
      slot = levels[level];
    }
    if (index < slot.present.length) return slot;
    const capacity = Math.max(1024, slot.present.length * 2, index + 1);
    const hashes = Buffer.alloc(capacity * HASH_SIZE);
    slot.hashes.copy(hashes);
    const present = new Uint8Array(capacity);
    present.set(slot.present);
    slot.hashes = hashes;
    slot.present = present;
    return slot;
  }

  async function get(level: number, index: number): Promise<Buffer | undefined> {
    const slot = levels[level];
    if (slot === undefined || !Number.isInteger(index) || index < 0 || slot.present[index] !== 1) return undefined;
    return Buffer.from(slot.hashes.subarray(index * HASH_SIZE, (index + 1) * HASH_SIZE));
  }

  return {
    get,
    async putMany(nodes) {
      for (const { level, index, hash } of nodes) {
        if (!isSize(level) || !isSize(index) || hash.length !== HASH_SIZE) throw new Error(`merkle: invalid node (${level}, ${index})`);
        const slot = ensureCapacity(level, index);
        const offset = index * HASH_SIZE;
        // Complete nodes are immutable (append-only log): a different hash for a stored node means
        // a fork or a stale `existingSize`, never something to overwrite.
        if (slot.present[index] === 1) {
          if (!slot.hashes.subarray(offset, offset + HASH_SIZE).equals(hash))
            throw new Error(`merkle: node (${level}, ${index}) would change`);
          continue;
        }
        slot.hashes.set(hash, offset);
        slot.present[index] = 1;
      }
    },
  };
}
