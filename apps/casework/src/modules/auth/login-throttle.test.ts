import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHashGate, createLoginThrottle, DEFAULT_LIMITS } from './login-throttle.ts';

const clockAt = (start = 1_000_000) => {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
};

test('ten failures from an attacker lock out the attacker, not the real user logging in from another client', () => {
  const clock = clockAt();
  const throttle = createLoginThrottle(DEFAULT_LIMITS, clock.now);
  for (let i = 0; i < DEFAULT_LIMITS.perAccountClient; i += 1) {
    const attempt = throttle.begin('10.0.0.66', 'kbo:marie');
    assert.equal(attempt.isAllowed, true);
    if (attempt.isAllowed) attempt.release('failure');
  }
  const blocked = throttle.begin('10.0.0.66', 'kbo:marie');
  assert.equal(blocked.isAllowed, false);
  if (!blocked.isAllowed) assert.ok(blocked.retryAfterSeconds > 0 && blocked.retryAfterSeconds <= 900, 'Retry-After within the window');
  assert.equal(throttle.begin('10.0.0.7', 'kbo:marie').isAllowed, true, 'the real user from elsewhere');
});

test('one client guessing many accounts is stopped before any hash (checkClient), and the window ends the lock', () => {
  const clock = clockAt();
  const throttle = createLoginThrottle(DEFAULT_LIMITS, clock.now);
  for (let i = 0; i < DEFAULT_LIMITS.perClient; i += 1) {
    const attempt = throttle.begin('10.0.0.66', `kbo:user${i}`);
    if (attempt.isAllowed) attempt.release('failure');
  }
  assert.ok(throttle.checkClient('10.0.0.66'), 'the client is refused before any account lookup');
  assert.equal(throttle.checkClient('10.0.0.7'), null);
  clock.advance(DEFAULT_LIMITS.windowMs);
  assert.equal(throttle.checkClient('10.0.0.66'), null, 'the window is over');
});

test('attempts in flight count: a parallel flood cannot start more hashes than the limit', () => {
  const throttle = createLoginThrottle({ ...DEFAULT_LIMITS, perAccountClient: 3 }, () => 0);
  const started = Array.from({ length: 10 }, () => throttle.begin('10.0.0.66', 'kbo:marie'));
  assert.equal(started.filter((attempt) => attempt.isAllowed).length, 3);
});

test('a success clears the failures of that client for that account', () => {
  const throttle = createLoginThrottle({ ...DEFAULT_LIMITS, perAccountClient: 2 }, () => 0);
  const first = throttle.begin('c', 'a');
  if (first.isAllowed) first.release('failure');
  const second = throttle.begin('c', 'a');
  if (second.isAllowed) second.release('success');
  assert.equal(throttle.begin('c', 'a').isAllowed, true);
});

test('the maps stay bounded under a flood of distinct names and addresses', () => {
  const throttle = createLoginThrottle({ ...DEFAULT_LIMITS, maxEntries: 100 }, () => 0);
  for (let i = 0; i < 5_000; i += 1) {
    const attempt = throttle.begin(`10.1.${i >> 8}.${i & 255}`, `kbo:nobody${i}`);
    if (attempt.isAllowed) attempt.release('failure');
  }
  assert.ok(throttle.size() <= 300, `size ${throttle.size()}`);
});

test('the hash gate runs at most N at once and refuses beyond its queue', async () => {
  const gate = createHashGate(2, 3);
  let running = 0;
  let peak = 0;
  const work = () =>
    gate.run(async () => {
      running += 1;
      peak = Math.max(peak, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return 'done';
    });
  const results = await Promise.all(Array.from({ length: 8 }, work));
  assert.equal(peak, 2);
  assert.equal(results.filter((result) => result === 'done').length, 5);
  assert.equal(results.filter((result) => result === 'busy').length, 3);
});
