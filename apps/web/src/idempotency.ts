/**
 * Saving twice does not create two records: every creating form carries a one-time key
 * (`_idempotency`). The first submit runs the action; a second submit with the same key (double
 * click, reload of the POST, back-and-resubmit) waits for the first and gets the same answer.
 * Aid requests are also deduplicated by the API itself (Idempotency-Key), so they stay single
 * across processes; the rest is kept here for an hour, per session.
 */
import { createHash, randomUUID } from 'node:crypto';

export type ActionOutcome = { redirect: string } | { html: string; status: number };

const TTL_MS = 60 * 60 * 1000;

export function createIdempotencyStore(clock: () => number = Date.now) {
  const entries = new Map<string, { at: number; outcome: Promise<ActionOutcome> }>();
  const sweep = () => {
    const now = clock();
    for (const [key, entry] of entries) if (now - entry.at > TTL_MS) entries.delete(key);
  };
  return {
    /** A new key for a form. */
    newKey: () => randomUUID(),
    /** Runs `action` once per (session, key); a form without a valid key runs every time. */
    async once(sessionToken: string, key: unknown, action: () => Promise<ActionOutcome>): Promise<ActionOutcome> {
      if (typeof key !== 'string' || !/^[0-9a-f-]{36}$/.test(key)) return action();
      sweep();
      const id = createHash('sha256').update(sessionToken).update('\0').update(key).digest('hex');
      const existing = entries.get(id);
      if (existing) return existing.outcome;
      const outcome = action();
      entries.set(id, { at: clock(), outcome });
      // A failed form (validation errors) may be submitted again with corrections under the same key.
      outcome.then(
        (result) => {
          if ('html' in result) entries.delete(id);
        },
        () => entries.delete(id),
      );
      return outcome;
    },
  };
}

export type IdempotencyStore = ReturnType<typeof createIdempotencyStore>;
