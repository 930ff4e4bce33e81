import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createRootAccumulator } from './accumulator.ts';
import { hashLeaf } from './hashes.ts';
import { rootFromLeafHashes } from './verify.ts';

test('the running root equals the RFC 9162 root at every size', () => {
  fc.assert(
    fc.property(fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 70 }), (leaves) => {
      const hashes = leaves.map((leaf) => hashLeaf(leaf));
      const accumulator = createRootAccumulator();
      assert.ok(accumulator.root().equals(rootFromLeafHashes([])), 'empty tree');
      hashes.forEach((hash, index) => {
        accumulator.add(hash);
        assert.equal(accumulator.size, index + 1);
        assert.ok(accumulator.root().equals(rootFromLeafHashes(hashes.slice(0, index + 1))), `root at size ${index + 1}`);
      });
    }),
  );
});

test('a leaf hash that is not 32 bytes is refused', () => {
  assert.throws(() => createRootAccumulator().add(new Uint8Array(31)), TypeError);
});
