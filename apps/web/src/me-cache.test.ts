import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMeCache } from './me-cache.ts';
import type { Me } from './context.ts';

const me = (id: string): Me => ({
  id,
  username: `user-${id}`,
  displayName: `User ${id}`,
  role: 'social-worker',
  language: 'fr',
  isQualifiedSocialWorker: true,
  institution: { kbo: '0207834551', name: 'CPAS' },
});

test('a session’s user is kept for the time given, then asked again', () => {
  let now = 1_000;
  const cache = createMeCache({ ttlMs: 5_000, clock: () => now });
  cache.set('token-a', 'cpas.example', me('a'));
  assert.deepEqual(cache.get('token-a', 'cpas.example'), me('a'));
  now += 4_999;
  assert.equal(cache.get('token-a', 'cpas.example')?.id, 'a');
  now += 1;
  assert.equal(cache.get('token-a', 'cpas.example'), undefined);
  assert.equal(cache.size(), 0, 'an expired answer is dropped');
});

test('a session’s user is not used at another address, nor for another session', () => {
  const cache = createMeCache({ clock: () => 0 });
  cache.set('token-a', 'forest.example', me('a'));
  assert.equal(cache.get('token-b', 'forest.example'), undefined);
  assert.equal(cache.get('token-a', 'gent.example'), undefined);
});

test('a session forgotten (a form was sent) or all cleared (users changed) is asked again', () => {
  const cache = createMeCache({ clock: () => 0 });
  cache.set('token-a', undefined, me('a'));
  cache.set('token-b', undefined, me('b'));
  cache.forget('token-a');
  assert.equal(cache.get('token-a', undefined), undefined);
  assert.equal(cache.get('token-b', undefined)?.id, 'b');
  cache.clear();
  assert.equal(cache.get('token-b', undefined), undefined);
});

test('the cache holds at most its bound of sessions, dropping the oldest first', () => {
  const cache = createMeCache({ maxEntries: 2, clock: () => 0 });
  cache.set('token-a', undefined, me('a'));
  cache.set('token-b', undefined, me('b'));
  cache.set('token-a', undefined, me('a'));
  cache.set('token-c', undefined, me('c'));
  assert.equal(cache.size(), 2);
  assert.equal(cache.get('token-b', undefined), undefined, 'the least recently stored is dropped');
  assert.equal(cache.get('token-a', undefined)?.id, 'a');
  assert.equal(cache.get('token-c', undefined)?.id, 'c');
});
