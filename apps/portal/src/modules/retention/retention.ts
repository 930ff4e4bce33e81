/**
 * The portal's record classes and what their retention removes (R42, issue 12 F6). A session holds
 * the person's NISS and names only while it is open: ended, or idle past the timeout, it is deleted
 * once its period (default 0 days) is over. Periods are days in `retention_settings` (migration 0003).
 */
import type { RecordClass } from '#platform/retention.ts';

/** A pending OpenID Connect login is only used within minutes: one hour is plenty, whatever the setting. */
const PENDING_LOGIN_MS = 3_600_000;

export function portalRecordClasses(options: { idleMinutes: number }): RecordClass[] {
  return [
    {
      name: 'closed-sessions',
      purge: async (tx, cutoff) => {
        // Ended before the cutoff, or idle past the timeout before it (the session can no longer be used).
        const idleCutoff = new Date(cutoff.getTime() - options.idleMinutes * 60_000);
        const rows = await tx.query('DELETE FROM sessions WHERE ended_at < $1 OR (ended_at IS NULL AND last_seen_at < $2) RETURNING 1', [
          cutoff,
          idleCutoff,
        ]);
        return rows.length;
      },
    },
    {
      name: 'pending-logins',
      purge: async (tx, cutoff, now) => {
        const before = new Date(Math.min(cutoff.getTime(), now.getTime() - PENDING_LOGIN_MS));
        return (await tx.query('DELETE FROM oidc_logins WHERE created_at < $1 RETURNING 1', [before])).length;
      },
    },
    {
      name: 'resolved-log-alerts',
      purge: async (tx, cutoff) => (await tx.query('DELETE FROM log_alerts WHERE resolved_at < $1 RETURNING 1', [cutoff])).length,
    },
    {
      name: 'seen-tree-heads',
      // The largest head seen stays: the next one must extend it.
      purge: async (tx, cutoff) =>
        (
          await tx.query(
            'DELETE FROM seen_tree_heads WHERE seen_at < $1 AND tree_size < (SELECT max(tree_size) FROM seen_tree_heads) RETURNING 1',
            [cutoff],
          )
        ).length,
    },
    {
      // The CPAS's answers to the person's statements and contests, kept for the person (migration 0005).
      name: 'person-replies',
      purge: async (tx, cutoff) => (await tx.query('DELETE FROM person_replies WHERE received_at < $1 RETURNING 1', [cutoff])).length,
    },
    {
      name: 'purge-runs',
      purge: async (tx, cutoff) => (await tx.query('DELETE FROM purge_runs WHERE ran_at < $1 RETURNING 1', [cutoff])).length,
    },
  ];
}
