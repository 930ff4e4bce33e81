/**
 * Login throttling (issue 12, F5): failures are counted per client address and per account *from
 * that client*, so an attacker's failures lock out the attacker, not the real user logging in from
 * elsewhere; a generous per-account ceiling across all clients still stops a distributed guess.
 * Attempts in flight count as failures until they end, so a parallel flood cannot start more
 * password hashes than the limit; a refusal says when to retry (`Retry-After`). The maps are
 * bounded (oldest entries evicted) and entries expire with their window: memory stays flat under
 * a flood of distinct names or addresses.
 */
export type ThrottleLimits = {
  windowMs: number;
  perClient: number;
  perAccountClient: number;
  perAccount: number;
  maxEntries: number;
};

export const DEFAULT_LIMITS: ThrottleLimits = {
  windowMs: 15 * 60_000,
  perClient: 20,
  perAccountClient: 10,
  perAccount: 100,
  maxEntries: 10_000,
};

type Counter = { count: number; inFlight: number; since: number };

/** A map of counters with a window and a size bound (insertion order: the oldest goes first). */
function counters(limits: ThrottleLimits) {
  const map = new Map<string, Counter>();
  return {
    get(key: string, now: number): Counter | undefined {
      const entry = map.get(key);
      if (entry && now - entry.since >= limits.windowMs && entry.inFlight === 0) {
        map.delete(key);
        return undefined;
      }
      return entry;
    },
    touch(key: string, now: number): Counter {
      let entry = this.get(key, now);
      if (!entry) {
        entry = { count: 0, inFlight: 0, since: now };
        map.set(key, entry);
        while (map.size > limits.maxEntries) {
          const oldest = map.keys().next().value;
          if (oldest === undefined) break;
          map.delete(oldest);
        }
      }
      return entry;
    },
    delete(key: string) {
      map.delete(key);
    },
    get size() {
      return map.size;
    },
  };
}

export type ThrottleDecision =
  | { isAllowed: true; release(outcome: 'success' | 'failure'): void }
  | { isAllowed: false; retryAfterSeconds: number };

export function createLoginThrottle(limits: ThrottleLimits = DEFAULT_LIMITS, clock: () => number = Date.now) {
  const byClient = counters(limits);
  const byAccountClient = counters(limits);
  const byAccount = counters(limits);

  const retryAfter = (entry: Counter, now: number) => Math.max(1, Math.ceil((entry.since + limits.windowMs - now) / 1000));
  const isOver = (entry: Counter | undefined, limit: number) => entry !== undefined && entry.count + entry.inFlight >= limit;

  return {
    /** Checked before any password hash: a refused client costs nothing. */
    checkClient(client: string): { retryAfterSeconds: number } | null {
      const now = clock();
      const entry = byClient.get(client, now);
      return isOver(entry, limits.perClient) ? { retryAfterSeconds: retryAfter(entry!, now) } : null;
    },

    /** Reserves an attempt for this account from this client, or says when to retry. */
    begin(client: string, account: string): ThrottleDecision {
      const now = clock();
      const pairKey = `${account}\u0000${client}`;
      const checks: [ReturnType<typeof counters>, string, number][] = [
        [byClient, client, limits.perClient],
        [byAccountClient, pairKey, limits.perAccountClient],
        [byAccount, account, limits.perAccount],
      ];
      for (const [map, key, limit] of checks) {
        const entry = map.get(key, now);
        if (isOver(entry, limit)) return { isAllowed: false, retryAfterSeconds: retryAfter(entry!, now) };
      }
      const entries = checks.map(([map, key]) => map.touch(key, now));
      for (const entry of entries) entry.inFlight += 1;
      let isReleased = false;
      return {
        isAllowed: true,
        release(outcome) {
          if (isReleased) return;
          isReleased = true;
          for (const entry of entries) {
            entry.inFlight -= 1;
            if (outcome === 'failure') entry.count += 1;
          }
          // A success clears this client's failures for the account (not the client's other failures, nor others' on the account).
          if (outcome === 'success') byAccountClient.delete(pairKey);
        },
      };
    },

    /** How many keys are held (for tests and metrics: bounded). */
    size: () => byClient.size + byAccountClient.size + byAccount.size,
  };
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>;

/** At most two password hashes at once in this process: the platform's gate, shared with the hub's operator logins. */
export { createHashGate } from '#platform/passwords.ts';
