import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { hashLeaf, hashLeafText } from './hashes.ts';
import { appendLeaves, buildTree, computeRoot, createMemoryNodeStore, proveInclusion } from './tree.ts';
import { rootFromLeafHashes, verifyInclusion } from './verify.ts';

const leafHashesOf = (count: number, seed = 0): Buffer[] =>
  Array.from({ length: count }, (_, index) => hashLeaf(Buffer.from(`leaf ${seed} ${index}`)));

/** The log's prover over a store: the reference a tree built in memory must match. */
async function storedTree(leafHashes: Buffer[]) {
  const store = createMemoryNodeStore();
  const appended = await appendLeaves(store, 0, leafHashes);
  assert.ok(appended.ok, 'appended');
  await store.putMany(appended.nodes);
  return store;
}

describe('a tree built in memory at once (buildTree)', () => {
  test('has the RFC 9162 root and the prover’s audit path for every leaf of every size up to 70', async () => {
    for (let size = 1; size <= 70; size += 1) {
      const leafHashes = leafHashesOf(size);
      const tree = buildTree(leafHashes);
      const store = await storedTree(leafHashes);
      const root = await computeRoot(store, size);
      assert.ok(root.ok, 'root');
      assert.ok(tree.rootHash.equals(root.rootHash), `root at size ${size}`);
      assert.ok(tree.rootHash.equals(rootFromLeafHashes(leafHashes)), `MTH at size ${size}`);
      for (let index = 0; index < size; index += 1) {
        const proved = await proveInclusion(store, index, size);
        assert.ok(proved.ok, 'proved');
        const path = tree.auditPath(index);
        assert.deepEqual(
          path.map((hash) => hash.toString('hex')),
          proved.proof.auditPath.map((hash) => hash.toString('hex')),
          `path of leaf ${index} of ${size}`,
        );
      }
    }
  });

  test('every audit path of any size up to a batch’s 4,096 leaves convinces the independent verifier', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4096 }), fc.nat(), fc.nat(), (size, pick, seed) => {
        const leafHashes = leafHashesOf(size, seed);
        const tree = buildTree(leafHashes);
        const leafIndex = pick % size;
        const check = { leafHash: leafHashes[leafIndex]!, leafIndex, treeSize: size, rootHash: tree.rootHash };
        assert.ok(verifyInclusion({ ...check, auditPath: tree.auditPath(leafIndex) }), 'the leaf’s own path');
        if (size > 1) {
          const other = (leafIndex + 1) % size;
          assert.equal(verifyInclusion({ ...check, auditPath: tree.auditPath(other) }), false, 'another leaf’s path');
        }
      }),
      { numRuns: 60 },
    );
  });

  test('refuses an empty tree, a leaf hash that is not 32 bytes and an index outside the tree', () => {
    assert.throws(() => buildTree([]), RangeError);
    assert.throws(() => buildTree([Buffer.alloc(31)]), TypeError);
    const tree = buildTree(leafHashesOf(3));
    assert.throws(() => tree.auditPath(3), RangeError);
    assert.throws(() => tree.auditPath(-1), RangeError);
    assert.deepEqual(buildTree(leafHashesOf(1)).auditPath(0), [], 'a tree of one leaf needs no path');
  });
});

test('the leaf hash of a text is the leaf hash of its bytes', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      const latin1 = Array.from(text, (character) => String.fromCharCode(character.charCodeAt(0) & 0xff)).join('');
      assert.ok(hashLeafText(latin1).equals(hashLeaf(Buffer.from(latin1, 'latin1'))), 'Latin-1 text');
    }),
  );
  const signingInput = 'eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJodWIifQ';
  assert.ok(hashLeafText(signingInput).equals(hashLeaf(Buffer.from(signingInput, 'ascii'))), 'a JWS signing input');
});
