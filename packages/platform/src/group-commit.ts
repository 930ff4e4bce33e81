/**
 * Group commit (ADR 0022): units of work that arrive while one transaction is in flight run together
 * in the next one — one BEGIN, each unit's statements in arrival order, one COMMIT — instead of one
 * commit each. synchronous_commit stays on: `run` resolves only after the COMMIT that holds its unit,
 * so nothing a caller does next can overtake its durable write.
 *
 * Correctness first: a unit that fails (a statement PostgreSQL refuses, or its own error) aborts the
 * shared transaction, so the whole group is rolled back and every unit of it is run again in a
 * transaction of its own — the good ones commit, the bad one gets its own error and nothing else.
 * A unit must therefore only touch the database (it may run twice); its result is returned after
 * the commit. Worth it where concurrent units would otherwise queue on one lock held until their
 * commit (the audit chain's lock, ADR 0005) and pay one disk flush each.
 */
import type { Database, Queryable } from './db.ts';

type Unit<T> = { work: (tx: Queryable) => Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void };

export type GroupCommit = {
  run<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Transactions committed and the units they carried (for tests and metrics). */
  stats(): { transactions: number; units: number; retried: number };
};

export type GroupCommitOptions = {
  maxUnits?: number;
  /**
   * Each unit is one statement (atomic on its own): a unit that arrives alone then runs as it is,
   * one round trip, instead of BEGIN, statement, COMMIT — so an idle service pays nothing for grouping.
   */
  isOneStatement?: boolean;
};

export function createGroupCommit(db: Pick<Database, 'transaction'> & Queryable, options: GroupCommitOptions = {}): GroupCommit {
  const maxUnits = options.maxUnits ?? 64;
  const queue: Unit<unknown>[] = [];
  let isFlushing = false;
  const stats = { transactions: 0, units: 0, retried: 0 };

  async function runGroup(group: Unit<unknown>[]): Promise<void> {
    if (group.length === 1) {
      const [unit] = group as [Unit<unknown>];
      await (options.isOneStatement ? unit.work(db) : db.transaction(unit.work)).then(unit.resolve, unit.reject);
      stats.transactions += 1;
      stats.units += 1;
      return;
    }
    let results: unknown[];
    try {
      results = await db.transaction(async (tx) => {
        const out: unknown[] = [];
        for (const unit of group) out.push(await unit.work(tx));
        return out;
      });
    } catch {
      // One unit (or the commit) failed: each runs again alone, so only a bad one is refused.
      stats.retried += group.length;
      await Promise.all(group.map((unit) => runGroup([unit])));
      return;
    }
    stats.transactions += 1;
    stats.units += group.length;
    group.forEach((unit, index) => unit.resolve(results[index]));
  }

  async function flush(): Promise<void> {
    try {
      while (queue.length > 0) await runGroup(queue.splice(0, maxUnits));
    } finally {
      isFlushing = false;
    }
  }

  return {
    run<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject } as Unit<unknown>);
        if (!isFlushing) {
          isFlushing = true;
          setImmediate(() => void flush());
        }
      });
    },
    stats: () => ({ ...stats }),
  };
}
