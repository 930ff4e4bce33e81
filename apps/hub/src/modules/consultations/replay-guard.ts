/**
 * A replay guard kept in PostgreSQL, so every hub process behind a load balancer shares it.
 *
 * Checks from concurrent messages are grouped: the ids that arrive while one insert is in flight go
 * together in the next one (one multi-row insert, one commit), as the exchange log does with its
 * legs. Each (issuer, jti) is still accepted exactly once: the database's primary key decides across
 * processes and batches, and within one batch only the first occurrence is a candidate.
 */
import type { Database } from '#platform/db.ts';
import type { ReplayGuard } from '#contracts/protocol/envelope.ts';

type Check = { issuer: string; jti: string; expiresAt: Date; resolve: (isFirstTime: boolean) => void; reject: (error: unknown) => void };

const MAX_BATCH = 1_000;
/** Expired ids are deleted at most this often (they would be refused as stale anyway). */
const PURGE_INTERVAL_MS = 60_000;

export function createPostgresReplayGuard(
  db: Database,
  options: { now?: () => number } = {},
): ReplayGuard & { purgeExpired(): Promise<number> } {
  const clock = options.now ?? Date.now;
  const queue: Check[] = [];
  let isFlushing = false;
  let lastPurgeAt = clock();

  async function insertBatch(batch: Check[]): Promise<void> {
    const keyOf = (check: Check) => `${check.issuer.length}:${check.issuer}:${check.jti}`;
    // The same id twice in one batch: only its first occurrence may be accepted.
    const candidates = new Map<string, Check>();
    for (const check of batch) if (!candidates.has(keyOf(check))) candidates.set(keyOf(check), check);
    const unique = [...candidates.values()];
    const rows = await db.query<{ issuer: string; jti: string }>(
      `INSERT INTO seen_messages (issuer, jti, expires_at) SELECT * FROM unnest($1::text[], $2::text[], $3::timestamptz[])
       ON CONFLICT DO NOTHING RETURNING issuer, jti`,
      [unique.map((check) => check.issuer), unique.map((check) => check.jti), unique.map((check) => check.expiresAt)],
    );
    const accepted = new Set(rows.map((row) => `${row.issuer.length}:${row.issuer}:${row.jti}`));
    for (const check of batch) {
      const key = keyOf(check);
      check.resolve(candidates.get(key) === check && accepted.has(key));
    }
  }

  async function flush(): Promise<void> {
    if (isFlushing) return;
    isFlushing = true;
    try {
      while (queue.length > 0) {
        const batch = queue.splice(0, MAX_BATCH);
        try {
          await insertBatch(batch);
        } catch (error) {
          // A guard that cannot remember refuses to decide: the message is not accepted.
          for (const check of batch) check.reject(error);
        }
      }
    } finally {
      isFlushing = false;
    }
    if (clock() - lastPurgeAt > PURGE_INTERVAL_MS) {
      lastPurgeAt = clock();
      await purgeExpired().catch(() => undefined);
    }
  }

  async function purgeExpired(): Promise<number> {
    const rows = await db.query('DELETE FROM seen_messages WHERE expires_at < now() RETURNING 1');
    return rows.length;
  }

  return {
    checkAndRemember(issuer, jti, expiresAtMs) {
      return new Promise<boolean>((resolve, reject) => {
        queue.push({ issuer, jti, expiresAt: new Date(expiresAtMs), resolve, reject });
        if (!isFlushing) setImmediate(() => void flush());
      });
    },
    purgeExpired,
  };
}
