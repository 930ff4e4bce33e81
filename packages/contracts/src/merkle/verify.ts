/**
 * The verifier side of the exchange log, used by the citizen portal (inclusion of each entry it
 * shows) and the whole-log verify command. Written from the verification algorithms of RFC 9162
 * (§2.1.3.2, §2.1.4.2) and the plain MTH definition (§2.1.1), independently of the prover in
 * tree.ts: the two share only hashes.ts, so a mistake in one is caught by the other in the tests.
 *
 * Every check answers a plain boolean: a proof either convinces or it does not, and the caller
 * decides what an unconvincing proof means (a warning on the portal, a failed verify run).
 */
import { EMPTY_ROOT, HASH_SIZE, hashChildren } from './hashes.ts';

export type InclusionCheck = {
  leafHash: Uint8Array;
  leafIndex: number;
  treeSize: number;
  auditPath: readonly Uint8Array[];
  rootHash: Uint8Array;
};

export type ConsistencyCheck = {
  first: number;
  second: number;
  firstRoot: Uint8Array;
  secondRoot: Uint8Array;
  consistencyPath: readonly Uint8Array[];
};

/** Tree sizes travel as JSON numbers; beyond 2^53 they are no longer exact. */
function isSize(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isHash(value: unknown): value is Uint8Array {
  return value instanceof Uint8Array && value.length === HASH_SIZE;
}

function isSameHash(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}

/*
 * The RFC's fn/sn bookkeeping uses LSB and right shifts on 64-bit integers. JavaScript bitwise
 * operators truncate to 32 bits, so the same steps are written arithmetically (sizes are safe
 * integers, at most 2^53 - 1).
 */
const isOdd = (value: number): boolean => value % 2 === 1;
const shiftRight = (value: number): number => Math.floor(value / 2);

/** How two child hashes make their parent's: `hashChildren`, or a cache of it (a pure function of its two inputs). */
export type HashChildren = (left: Uint8Array, right: Uint8Array) => Uint8Array;

/**
 * RFC 9162 §2.1.3.2: recompute the root from the leaf hash and the audit path, and accept only if
 * it equals `rootHash` and the path had exactly the length the tree shape demands (sn reaches 0).
 * `combine` may replace `hashChildren` by a cache of it, which must answer exactly what it would.
 */
export function verifyInclusion(check: InclusionCheck, combine: HashChildren = hashChildren): boolean {
  const { leafHash, leafIndex, treeSize, auditPath, rootHash } = check;
  if (!isSize(leafIndex) || !isSize(treeSize) || !isHash(leafHash) || !isHash(rootHash)) return false;
  if (!Array.isArray(auditPath) || !auditPath.every(isHash)) return false;
  // Step 1: the leaf must lie inside the tree.
  if (leafIndex >= treeSize) return false;
  // Step 2-3.
  let fn = leafIndex;
  let sn = treeSize - 1;
  let r: Uint8Array = leafHash;
  // Step 4.
  for (const p of auditPath) {
    if (sn === 0) return false; // the path is longer than the tree is deep
    if (isOdd(fn) || fn === sn) {
      r = combine(p, r);
      // fn === sn on an even fn: a right-edge node without a right sibling at this level, so it
      // is carried up unhashed until it becomes a right child (or the root of the left spine).
      while (!isOdd(fn) && fn !== 0) {
        fn = shiftRight(fn);
        sn = shiftRight(sn);
      }
    } else {
      r = combine(r, p);
    }
    fn = shiftRight(fn);
    sn = shiftRight(sn);
  }
  // Step 5.
  return sn === 0 && isSameHash(r, rootHash);
}

/**
 * RFC 9162 §2.1.4.2: rebuild both the first and the second root from one consistency path, proving
 * the second tree is the first with leaves appended. The RFC covers 0 < first < second; equal sizes
 * need an empty path and equal roots (PROOF(m, D[m]) is empty), and first = 0 needs an empty path and
 * the empty-tree root, since nothing can be proven about a tree with no leaves.
 */
export function verifyConsistency(check: ConsistencyCheck): boolean {
  const { first, second, firstRoot, secondRoot, consistencyPath } = check;
  if (!isSize(first) || !isSize(second) || !isHash(firstRoot) || !isHash(secondRoot)) return false;
  if (!Array.isArray(consistencyPath) || !consistencyPath.every(isHash)) return false;
  if (first > second) return false;
  if (first === second) return consistencyPath.length === 0 && isSameHash(firstRoot, secondRoot);
  if (first === 0) return consistencyPath.length === 0 && isSameHash(firstRoot, EMPTY_ROOT);
  // Step 1.
  if (consistencyPath.length === 0) return false;
  // Step 2: when the first tree is a perfect subtree of the second, its root is the path's start.
  const path = isPowerOfTwo(first) ? [firstRoot, ...consistencyPath] : [...consistencyPath];
  // Step 3.
  let fn = first - 1;
  let sn = second - 1;
  // Step 4.
  while (isOdd(fn)) {
    fn = shiftRight(fn);
    sn = shiftRight(sn);
  }
  // Step 5.
  const [seed, ...rest] = path;
  if (seed === undefined) return false;
  let fr: Uint8Array = seed;
  let sr: Uint8Array = seed;
  // Step 6.
  for (const c of rest) {
    if (sn === 0) return false;
    if (isOdd(fn) || fn === sn) {
      fr = hashChildren(c, fr);
      sr = hashChildren(c, sr);
      while (!isOdd(fn) && fn !== 0) {
        fn = shiftRight(fn);
        sn = shiftRight(sn);
      }
    } else {
      sr = hashChildren(sr, c);
    }
    fn = shiftRight(fn);
    sn = shiftRight(sn);
  }
  // Step 7.
  return isSameHash(fr, firstRoot) && isSameHash(sr, secondRoot) && sn === 0;
}

function isPowerOfTwo(value: number): boolean {
  let power = 1;
  while (power < value) power *= 2;
  return power === value;
}

/**
 * MTH(D[n]) by the recursive definition of RFC 9162 §2.1.1, over leaf hashes already computed with
 * `hashLeaf`:
 *   MTH({}) = SHA-256();  MTH({d(0)}) = leaf hash;  MTH(D[n]) = H(0x01 ‖ MTH(D[0:k]) ‖ MTH(D[k:n]))
 * with k the largest power of two smaller than n. Deliberately the simplest correct form — the
 * reference the stored tree is checked against — but it walks index ranges instead of copying
 * slices, so it stays O(n) for a whole log.
 */
export function rootFromLeafHashes(leafHashes: readonly Uint8Array[]): Buffer {
  if (!leafHashes.every(isHash)) throw new TypeError('merkle: a leaf hash is 32 bytes');
  if (leafHashes.length === 0) return Buffer.from(EMPTY_ROOT);
  return hashRange(leafHashes, 0, leafHashes.length);
}

function hashRange(leafHashes: readonly Uint8Array[], start: number, end: number): Buffer {
  const n = end - start;
  if (n === 1) {
    const leafHash = leafHashes[start];
    if (leafHash === undefined) throw new RangeError('merkle: leaf range out of bounds');
    return Buffer.from(leafHash);
  }
  let k = 1;
  while (k * 2 < n) k *= 2;
  return hashChildren(hashRange(leafHashes, start, start + k), hashRange(leafHashes, start + k, end));
}
