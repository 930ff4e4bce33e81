/**
 * A replay guard kept in PostgreSQL, so every hub process behind a load balancer shares it.
 *
 * Checks from concurrent messages are grouped: the ids that arrive while one insert is in flight go
 * together in the next one (one multi-row insert, one commit; coalesce.ts, ADR 0024), as the exchange
 * log does with its legs. Each (issuer, jti) is still accepted exactly once: the database's primary key decides across
 * processes and batches, and within one batch only the first occurrence is a candidate.
 */
import type { Database } from '#platform/db.ts';
import type { ReplayGuard } from '#contracts/protocol/envelope.ts';
import { createCoalescer } from '#platform/coalesce.ts';

type Check = { issuer: string; jti: string; expiresAt: Date };

/** Expired ids are deleted at most this often (they would be refused as stale anyway). */
const PURGE_INTERVAL_MS = 60_000;

export function createPostgresReplayGuard(
  db: Database,
  options: { now?: () => number } = {},
): ReplayGuard & { purgeExpired(): Promise<number> } {
  const clock = options.now ?? Date.now;
  let lastPurgeAt = clock();

  // A guard that cannot remember refuses to decide: a batch that fails is tried id by id, and an id
  // whose insert fails is not accepted (its check rejects).
  const remember = createCoalescer(
    async (batch: Check[]): Promise<boolean[]> => {
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
      if (clock() - lastPurgeAt > PURGE_INTERVAL_MS) {
        lastPurgeAt = clock();
        void purgeExpired().catch(() => undefined);
      }
      return batch.map((check) => candidates.get(keyOf(check)) === check && accepted.has(keyOf(check)));
    },
    { maxBatch: 1_000 },
  );

  async function purgeExpired(): Promise<number> {
    const rows = await db.query('DELETE FROM seen_messages WHERE expires_at < now() RETURNING 1');
    return rows.length;
  }

  return {
    checkAndRemember: (issuer, jti, expiresAtMs) => remember({ issuer, jti, expiresAt: new Date(expiresAtMs) }),
    purgeExpired,
  };
}
