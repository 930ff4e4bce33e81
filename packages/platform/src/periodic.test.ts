import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createPeriodicTask } from './periodic.ts';

/** A task whose runs end when the test says so. */
function gatedTask() {
  const releases: (() => void)[] = [];
  let starts = 0;
  const task = createPeriodicTask(
    async () => {
      starts += 1;
      const run = starts;
      await new Promise<void>((resolve) => releases.push(resolve));
      return run;
    },
    { onError: () => undefined },
  );
  return { task, releases, starts: () => starts };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

test('a call during a run joins it: one run at a time, the same result', async () => {
  const { task, releases, starts } = gatedTask();
  const first = task.run();
  const second = task.run();
  await tick();
  assert.equal(starts(), 1);
  releases.shift()!();
  assert.deepEqual(await Promise.all([first, second]), [1, 1]);
  const third = task.run();
  await tick();
  releases.shift()!();
  assert.equal(await third, 2, 'a call after the run ended runs again');
});

test('in rerun mode a call during a run waits for it, then runs again', async () => {
  const order: string[] = [];
  let count = 0;
  let release: () => void = () => undefined;
  const task = createPeriodicTask(
    async () => {
      count += 1;
      const run = count;
      order.push(`start ${run}`);
      if (run === 1) await new Promise<void>((resolve) => (release = resolve));
      order.push(`end ${run}`);
      return run;
    },
    { onError: () => undefined, whileRunning: 'rerun' },
  );
  const first = task.run();
  await tick();
  const second = task.run();
  release();
  assert.deepEqual([await first, await second], [1, 2]);
  assert.deepEqual(order, ['start 1', 'end 1', 'start 2', 'end 2']);
});

test('the timer reports a failure and tries again at the next tick; stop waits for the run under way', async () => {
  const errors: unknown[] = [];
  let calls = 0;
  let release: () => void = () => undefined;
  const task = createPeriodicTask(
    async () => {
      calls += 1;
      if (calls === 1) throw new Error('hub unreachable');
      await new Promise<void>((resolve) => (release = resolve));
      return calls;
    },
    { onError: (error) => errors.push(error) },
  );
  task.start(5);
  task.start(5); // a second start does nothing
  while (calls < 2) await new Promise((resolve) => setTimeout(resolve, 5));
  assert.equal(errors.length, 1);
  assert.match(String(errors[0]), /hub unreachable/);
  let stopped = false;
  const stopping = task.stop().then(() => (stopped = true));
  await tick();
  assert.equal(stopped, false, 'stop waits for the run under way');
  release();
  await stopping;
  const callsAtStop = calls;
  await new Promise((resolve) => setTimeout(resolve, 20));
  assert.equal(calls, callsAtStop, 'no run after stop');
});
