/**
 * A small adapter over node-postgres: `query` and `transaction`. Plain SQL everywhere; repositories
 * own their statements. One transaction per command so nothing is ever half-written.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';

// Dates stay `YYYY-MM-DD` strings and bigints stay exact: the API speaks in those forms.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type Row = Record<string, unknown>;

export type Queryable = {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  one<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
};

export type Database = Queryable & {
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly pool: pg.Pool;
  readonly name: string;
};

/**
 * A statement with parameters is prepared once per connection, named by a hash of its text, instead
 * of being parsed and planned at every execution (ADR 0011: it halves PostgreSQL's CPU per
 * consultation). Texts beyond the bound (generated SQL) run unnamed, as before.
 */
const MAX_NAMED_STATEMENTS = 2_000;
const statementNames = new Map<string, string>();

function statement(sql: string, params: readonly unknown[]): pg.QueryConfig {
  if (params.length === 0) return { text: sql };
  let name = statementNames.get(sql);
  if (!name && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `rse_${createHash('sha256').update(sql).digest('base64url').slice(0, 22)}`;
    statementNames.set(sql, name);
  }
  return name ? { name, text: sql, values: params as unknown[] } : { text: sql, values: params as unknown[] };
}

type Run = (config: pg.QueryConfig) => Promise<pg.QueryResult>;

function wrap(run: Run): Queryable {
  return {
    async query<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await run(statement(sql, params));
      return result.rows as T[];
    },
    async one<T extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await run(statement(sql, params));
      return result.rows[0] as T | undefined;
    },
  };
}

/**
 * A transaction holds one connection, and a connection runs one statement at a time. Callers may
 * still start several reads at once (`Promise.all` over `tx`): each waits here for the previous one
 * instead of being handed to the busy client, which node-postgres deprecates ("Calling
 * client.query() when the client is already executing a query") and pg 9 refuses. Same order, same
 * round trips; a failed statement does not stop the queue (PostgreSQL refuses the rest of an
 * aborted transaction itself).
 */
export function oneAtATime(run: Run): Run {
  let last: Promise<unknown> = Promise.resolve();
  return (config) => {
    const next = last.then(() => run(config));
    last = next.catch(() => undefined);
    return next;
  };
}

export function createDatabase(connectionString: string, options: { max?: number; name?: string } = {}): Database {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10, idleTimeoutMillis: 30_000 });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const base = wrap((config) => pool.query(config));
  return {
    ...base,
    pool,
    name: options.name ?? new URL(connectionString).pathname.slice(1),
    async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      const run = oneAtATime((config) => client.query(config));
      try {
        await run({ text: 'BEGIN' });
        const result = await work(wrap(run));
        await run({ text: 'COMMIT' });
        return result;
      } catch (error) {
        await run({ text: 'ROLLBACK' }).catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}
