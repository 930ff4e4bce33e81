/**
 * The hub operator's retention settings (R42, ADR 0020): each record class's period within its bounds
 * (an ended integration still makes its CPAS a provider for 24 months; purge runs are kept a year at
 * least; nothing beyond ten years), each change kept with who, when, why and the previous period
 * (migration 0016), in the same transaction.
 */
import type { Database } from '#platform/db.ts';
import { MIN_ENDED_INTEGRATION_DAYS } from './retention.ts';

/** The bounds of each record class, in days. */
export const HUB_RETENTION_BOUNDS: Readonly<Record<string, { min: number; max: number }>> = {
  'ended-integrations': { min: MIN_ENDED_INTEGRATION_DAYS, max: 3650 },
  'lifted-blocks': { min: 0, max: 3650 },
  'delivered-correction-notices': { min: 0, max: 3650 },
  'expired-replay-ids': { min: 0, max: 365 },
  'purge-runs': { min: 365, max: 3650 },
  'ended-operator-sessions': { min: 0, max: 730 },
};
const DEFAULT_BOUNDS = { min: 0, max: 3650 };
export const boundsOf = (recordClass: string) => HUB_RETENTION_BOUNDS[recordClass] ?? DEFAULT_BOUNDS;

export type RetentionChangeProblem = 'unknown-class' | 'out-of-range' | 'reason-required';

export function createRetentionOperations(db: Database) {
  return {
    /** Every class with its period, its bounds and when it last changed; the last runs with their counts. */
    async overview() {
      const classes = await db.query<{ record_class: string; days: number; updated_at: Date }>(
        'SELECT record_class, days, updated_at FROM retention_settings ORDER BY record_class',
      );
      const runs = await db.query<{ ran_at: Date; trigger: string; counts: Record<string, number> }>(
        'SELECT ran_at, trigger, counts FROM purge_runs ORDER BY ran_at DESC LIMIT 5',
      );
      return {
        classes: classes.map((row) => ({
          recordClass: row.record_class,
          days: row.days,
          updatedAt: row.updated_at,
          ...boundsOf(row.record_class),
        })),
        runs: runs.map((row) => ({ ranAt: row.ran_at, trigger: row.trigger, counts: row.counts })),
      };
    },

    /** Sets one class's period; its change row in the same transaction. */
    async set(
      recordClass: string,
      days: number,
      operator: string,
      reason: string,
    ): Promise<{ ok: true } | { ok: false; problem: RetentionChangeProblem }> {
      const bounds = boundsOf(recordClass);
      if (!Number.isInteger(days) || days < bounds.min || days > bounds.max) return { ok: false, problem: 'out-of-range' };
      if (reason.trim().length === 0) return { ok: false, problem: 'reason-required' };
      return db.transaction(async (tx) => {
        const current = await tx.one<{ days: number }>('SELECT days FROM retention_settings WHERE record_class = $1 FOR UPDATE', [
          recordClass,
        ]);
        if (!current) return { ok: false as const, problem: 'unknown-class' as const };
        await tx.query('UPDATE retention_settings SET days = $2, updated_at = now() WHERE record_class = $1', [recordClass, days]);
        await tx.query(
          'INSERT INTO retention_setting_changes (record_class, previous_days, days, operator, reason) VALUES ($1, $2, $3, $4, $5)',
          [recordClass, current.days, days, operator.slice(0, 100), reason.trim().slice(0, 500)],
        );
        return { ok: true as const };
      });
    },

    history: () =>
      db.query<{ record_class: string; previous_days: number; days: number; operator: string; reason: string; changed_at: Date }>(
        'SELECT record_class, previous_days, days, operator, reason, changed_at FROM retention_setting_changes ORDER BY id DESC LIMIT 50',
      ),
  };
}

export type RetentionOperations = ReturnType<typeof createRetentionOperations>;
