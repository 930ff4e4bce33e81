/**
 * A running Merkle root: leaf hashes are added one by one and the RFC 9162 root of everything added
 * so far is available at any size, in O(log n) memory. It keeps one hash per perfect subtree on the
 * right edge of the tree (the binary digits of the size); the root folds them from right to left.
 * Used to re-check a whole log of millions of entries against every signed tree head in one pass.
 */
import { EMPTY_ROOT, hashChildren, isHash } from './hashes.ts';

export type RootAccumulator = {
  /** Adds the next leaf hash (already computed with `hashLeaf`). */
  add(leafHash: Uint8Array): void;
  /** How many leaves were added. */
  readonly size: number;
  /** MTH of the leaves added so far. */
  root(): Buffer;
};

export function createRootAccumulator(): RootAccumulator {
  // stack[i] is the root of a perfect subtree; sizes strictly decrease from bottom to top.
  const stack: { hash: Buffer; size: number }[] = [];
  let size = 0;
  return {
    add(leafHash) {
      if (!isHash(leafHash)) throw new TypeError('merkle: a leaf hash is 32 bytes');
      let node: { hash: Buffer; size: number } = { hash: Buffer.from(leafHash), size: 1 };
      while (stack.length > 0 && stack[stack.length - 1]!.size === node.size) {
        const left = stack.pop()!;
        node = { hash: hashChildren(left.hash, node.hash), size: left.size * 2 };
      }
      stack.push(node);
      size += 1;
    },
    get size() {
      return size;
    },
    root() {
      if (stack.length === 0) return Buffer.from(EMPTY_ROOT);
      let root = stack[stack.length - 1]!.hash;
      for (let i = stack.length - 2; i >= 0; i -= 1) root = hashChildren(stack[i]!.hash, root);
      return root;
    },
  };
}
