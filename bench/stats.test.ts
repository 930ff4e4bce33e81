import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { percentile, summarise } from './stats.ts';

test('nearest-rank percentiles of a known series', () => {
  const series = Array.from({ length: 100 }, (_, i) => i + 1);
  assert.equal(percentile(series, 50), 50);
  assert.equal(percentile(series, 95), 95);
  assert.equal(percentile(series, 99), 99);
  assert.equal(percentile(series, 100), 100);
  assert.equal(percentile([7], 99), 7);
  assert.ok(Number.isNaN(percentile([], 50)), 'no sample, no percentile');
});

test('a percentile is one of the samples and grows with p', () => {
  fc.assert(
    fc.property(fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 200 }), (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      const p50 = percentile(sorted, 50);
      const p99 = percentile(sorted, 99);
      assert.ok(sorted.includes(p50) && sorted.includes(p99), 'percentiles are samples');
      assert.ok(p50 <= p99, 'p50 <= p99');
    }),
  );
});

test('a summary counts throughput over the measured time', () => {
  const summary = summarise([1, 2, 3, 4], 1, 2);
  assert.equal(summary.perSecond, 2);
  assert.equal(summary.errors, 1);
  assert.equal(summary.max, 4);
});
