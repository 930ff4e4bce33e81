/**
 * Retention at the hub and the portal (R42: every record type has a configurable period and an
 * automatic purge, and purge runs are logged), the same shape as casework's retention module: a
 * table `retention_settings` (one row per record class, its period in days, changed by the operator
 * with SQL or `rse retention`), a `purge_runs` table recording each run and its counts, and a
 * schedule in the service's start (issue 12, F6).
 */
import type { Database, Queryable } from './db.ts';
import type { Logger } from './logger.ts';

/** A record class: what it holds, its default period, and the statement that removes what is past it. */
export type RecordClass = {
  name: string;
  /** Removes (or erases) the records past `cutoff`; returns how many. Runs in the purge's transaction. */
  purge: (tx: Queryable, cutoff: Date, now: Date) => Promise<number>;
};

export type RetentionRun = { id: string; counts: Record<string, number> };

const DAY_MS = 86_400_000;

/** The period of every class, in days (retention_settings). A class with no row is kept: nothing is removed by surprise. */
export async function readRetentionDays(db: Queryable): Promise<Map<string, number>> {
  const rows = await db.query<{ record_class: string; days: number }>('SELECT record_class, days FROM retention_settings');
  return new Map(rows.map((row) => [row.record_class, row.days]));
}

class DryRun extends Error {
  constructor(readonly run: RetentionRun) {
    super('dry run');
  }
}

/** Changes the period of one existing class (0 to 100 years); false when the class does not exist. */
export async function setRetentionDays(db: Queryable, recordClass: string, days: number): Promise<boolean> {
  if (!Number.isInteger(days) || days < 0 || days > 36_500)
    throw new RangeError('A retention period is a whole number of days, 0 to 36500.');
  const row = await db.one('UPDATE retention_settings SET days = $2, updated_at = now() WHERE record_class = $1 RETURNING 1', [
    recordClass,
    days,
  ]);
  return row !== undefined;
}

/** One run over every class, in one transaction, recorded in purge_runs with its counts; a dry run counts, then rolls back. */
export async function runRetention(
  db: Database,
  classes: readonly RecordClass[],
  options: { now: Date; trigger: 'scheduler' | 'cli'; isDryRun?: boolean },
): Promise<RetentionRun> {
  try {
    return await inOneTransaction(db, classes, options);
  } catch (error) {
    if (error instanceof DryRun) return error.run;
    throw error;
  }
}

async function inOneTransaction(
  db: Database,
  classes: readonly RecordClass[],
  options: { now: Date; trigger: 'scheduler' | 'cli'; isDryRun?: boolean },
): Promise<RetentionRun> {
  return db.transaction(async (tx) => {
    const days = await readRetentionDays(tx);
    const counts: Record<string, number> = {};
    for (const recordClass of classes) {
      const period = days.get(recordClass.name);
      if (period === undefined) continue;
      counts[recordClass.name] = await recordClass.purge(tx, new Date(options.now.getTime() - period * DAY_MS), options.now);
    }
    const row = await tx.one<{ id: string }>(
      'INSERT INTO purge_runs (ran_at, trigger, counts) VALUES ($1, $2, $3) RETURNING id::text AS id',
      [options.now, options.trigger, JSON.stringify(counts)],
    );
    if (options.isDryRun) throw new DryRun({ id: 'dry-run', counts });
    return { id: row!.id, counts };
  });
}

/** What a purge run is logged with (a pino logger, or a fake in tests). */
export type PurgeRunLog = { info: (fields: object, message: string) => void; debug: (fields: object, message: string) => void };

/**
 * Logs a scheduled purge run: at `info` when it removed something, at `debug` when it found nothing to remove,
 * so a quiet night (and every start) does not fill the operator's log with zeros.
 */
export function logPurgeRun(log: PurgeRunLog, fields: Record<string, unknown>, counts: Record<string, number>): void {
  const level = Object.values(counts).some((count) => count > 0) ? 'info' : 'debug';
  log[level]({ ...fields, ...counts }, 'purge run completed');
}

/** Runs `run` now and every `intervalMs`; a failed run is logged and tried again at the next tick. */
export function scheduleRetention(run: () => Promise<RetentionRun>, intervalMs: number, log: Logger, service: string): () => void {
  let isRunning = false;
  const tick = async () => {
    if (isRunning) return;
    isRunning = true;
    try {
      const result = await run();
      logPurgeRun(log, { service, runId: result.id }, result.counts);
    } catch (error) {
      log.error({ service, err: error }, 'purge run failed; tried again at the next interval');
    } finally {
      isRunning = false;
    }
  };
  const first = setTimeout(() => void tick(), 1_000);
  first.unref();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
