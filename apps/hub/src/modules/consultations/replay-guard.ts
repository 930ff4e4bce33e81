/** A replay guard kept in PostgreSQL, so every hub process behind a load balancer shares it. */
import type { Database } from '#platform/db.ts';
import type { ReplayGuard } from '#contracts/protocol/envelope.ts';

export function createPostgresReplayGuard(db: Database): ReplayGuard & { purgeExpired(): Promise<number> } {
  return {
    async checkAndRemember(issuer, jti, expiresAtMs) {
      const rows = await db.query('INSERT INTO seen_messages (issuer, jti, expires_at) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1',
        [issuer, jti, new Date(expiresAtMs)]);
      return rows.length === 1;
    },
    async purgeExpired() {
      const rows = await db.query('DELETE FROM seen_messages WHERE expires_at < now() RETURNING 1');
      return rows.length;
    },
  };
}
