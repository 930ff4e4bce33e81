import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createRandomPool, pooledRandomBytes, RANDOM_POOL_SIZE } from './random-pool.ts';

/** A source that gives the bytes 0, 1, 2, … in turn (mod 256 of a running counter), and records each draw. */
function countingSource() {
  let next = 0;
  const draws: Buffer[] = [];
  const source = (size: number) => {
    const drawn = Buffer.from(Array.from({ length: size }, () => next++ % 256));
    draws.push(drawn);
    return drawn;
  };
  return { source, draws };
}

describe('the pool of small random values', () => {
  test('hands out each drawn byte at most once, in order, and drops only a tail too short for a request', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 200 }), (sizes) => {
        const { source, draws } = countingSource();
        const take = createRandomPool(source, 64);
        const values = sizes.map((size) => take(size));
        values.forEach((value, index) => assert.equal(value.length, sizes[index]));
        // Replay the pool's rule on the drawn bytes: each value is the next unused run of the current draw.
        let draw = -1;
        let offset = 64;
        for (const value of values) {
          if (offset + value.length > 64) {
            draw += 1;
            offset = 0;
          }
          assert.deepEqual(value, draws[draw]!.subarray(offset, offset + value.length));
          offset += value.length;
        }
        assert.equal(draws.length, draw + 1, 'a draw only when the pool is short');
      }),
    );
  });

  test('each value owns its memory: changing one changes neither the next nor the pool', () => {
    const take = createRandomPool(countingSource().source, 64);
    const first = take(8);
    const second = take(8);
    const before = Buffer.from(second);
    first.fill(0xff);
    assert.deepEqual(second, before);
    assert.deepEqual(take(8), Buffer.from([16, 17, 18, 19, 20, 21, 22, 23]), 'the pool itself is unchanged');
  });

  test('refuses a size it cannot serve from one pool', () => {
    const take = createRandomPool(countingSource().source, 64);
    for (const size of [0, -1, 1.5, 65, Number.NaN]) assert.throws(() => take(size), RangeError, String(size));
  });

  test('the process pool gives values of the asked size that differ from one call to the next', () => {
    const values = Array.from({ length: 2 * (RANDOM_POOL_SIZE / 32) + 3 }, () => pooledRandomBytes(32));
    assert.ok(
      values.every((value) => value.length === 32),
      'every value has 32 bytes',
    );
    assert.equal(new Set(values.map((value) => value.toString('hex'))).size, values.length, 'no value repeats, across refills too');
  });
});
