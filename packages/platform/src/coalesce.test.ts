import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createCoalescer } from './coalesce.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

test('a call that arrives alone runs alone', async () => {
  const batches: number[][] = [];
  const double = createCoalescer(async (inputs: number[]) => {
    batches.push(inputs);
    return inputs.map((input) => input * 2);
  });
  assert.equal(await double(21), 42);
  assert.deepEqual(batches, [[21]]);
});

test('calls that arrive while a batch is in flight share the next batch, and each gets its own result', async () => {
  const batches: number[][] = [];
  const double = createCoalescer(async (inputs: number[]) => {
    batches.push(inputs);
    await tick();
    return inputs.map((input) => input * 2);
  });
  const first = double(1);
  await new Promise((resolve) => setImmediate(resolve));
  const rest = [2, 3, 4, 5].map((input) => double(input));
  assert.deepEqual(await Promise.all([first, ...rest]), [2, 4, 6, 8, 10]);
  assert.deepEqual(batches, [[1], [2, 3, 4, 5]]);
  assert.deepEqual(double.stats(), { batches: 2, inputs: 5, retried: 0 });
});

test('a batch never carries more than maxBatch inputs', async () => {
  const sizes: number[] = [];
  const echo = createCoalescer(
    async (inputs: number[]) => {
      sizes.push(inputs.length);
      return inputs;
    },
    { maxBatch: 3 },
  );
  assert.deepEqual(await Promise.all([1, 2, 3, 4, 5, 6, 7].map((input) => echo(input))), [1, 2, 3, 4, 5, 6, 7]);
  assert.deepEqual(sizes, [3, 3, 1]);
});

test('one bad input in a batch is refused alone; the others get their results', async () => {
  const batches: number[][] = [];
  const inverse = createCoalescer(async (inputs: number[]) => {
    batches.push(inputs);
    if (inputs.includes(0)) throw new RangeError('no inverse of 0');
    return inputs.map((input) => 1 / input);
  });
  const outcomes = await Promise.allSettled([1, 0, 4].map((input) => inverse(input)));
  assert.deepEqual(
    outcomes.map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).message)),
    [1, 'no inverse of 0', 0.25],
  );
  assert.deepEqual(batches, [[1, 0, 4], [1], [0], [4]], 'the batch, then each input alone');
  assert.equal(inverse.stats().retried, 3);
});

test('a run that answers the wrong number of results is not trusted: each input runs alone', async () => {
  const shortOnce = createCoalescer(async (inputs: string[]) => (inputs.length > 1 ? inputs.slice(1) : inputs.map((s) => s.toUpperCase())));
  assert.deepEqual(await Promise.all(['a', 'b'].map((input) => shortOnce(input))), ['A', 'B']);
});

test('after a failure the next calls are batched again', async () => {
  let isBroken = true;
  const echo = createCoalescer(async (inputs: number[]) => {
    if (isBroken) throw new Error('database restarting');
    return inputs;
  });
  await assert.rejects(echo(1), /database restarting/);
  isBroken = false;
  assert.deepEqual(await Promise.all([2, 3].map((input) => echo(input))), [2, 3]);
});
