/**
 * A small adapter over node-postgres: `query` and `transaction`. Plain SQL everywhere; repositories
 * own their statements. One transaction per command so nothing is ever half-written.
 */
import { createHash } from 'node:crypto';
import pg from 'pg';
import { AppError } from './errors.ts';

// Dates stay `YYYY-MM-DD` strings and bigints stay exact: the API speaks in those forms.
pg.types.setTypeParser(pg.types.builtins.DATE, (value) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

export type Row = Record<string, unknown>;

export type Queryable = {
  query<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  one<T extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<T | undefined>;
};

/**
 * The queryable a transaction's work runs on. `beforeCommit` runs `hook` on the same connection once the
 * work has returned, just before COMMIT (hooks in the order they were added; one that fails rolls the whole
 * transaction back). For what must come last in a transaction: a lock that serialises every writer, such as
 * the audit chain's, is then held for one statement and the commit, not for the whole command.
 */
export type Transaction = Queryable & { beforeCommit(hook: () => Promise<void>): void };

/** `queryable` as a transaction when it is one (work inside `Database.transaction`), null otherwise. */
export const asTransaction = (queryable: Queryable): Transaction | null =>
  typeof (queryable as Partial<Transaction>).beforeCommit === 'function' ? (queryable as Transaction) : null;

export type Database = Queryable & {
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
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

/**
 * SQLSTATE classes and Node socket codes that mean "the database is not there right now" (restart,
 * failover, terminated backend, refused connection), not "this request is wrong": the request may be
 * tried again, so it is answered 503 `service.unavailable`, never 500 (issue 12, F3).
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006']);
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'Client has encountered a connection error',
  'terminating connection',
  'timeout exceeded when trying to connect',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end',
];

/** pg's refusals of a statement it never sent, its connection already lost or closed: nothing of it ran. */
const NOT_SENT_MESSAGES = new Set([
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
]);

/** True when pg refused the statement before sending it (`NOT_SENT_MESSAGES`): running it again cannot run it twice. */
function wasNotSent(error: unknown): boolean {
  return error instanceof Error && NOT_SENT_MESSAGES.has(error.message);
}

/** True when `error` says the database connection was lost or could not be made. */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
  return UNAVAILABLE_MESSAGES.some((message) => error.message.includes(message));
}

/** A lost connection becomes 503 `service.unavailable` (problem+json by http.ts); other errors pass unchanged. */
export function asUnavailable(error: unknown): unknown {
  if (error instanceof AppError || !isConnectionError(error)) return error;
  const unavailable = new AppError('service.unavailable', 503, 'The database is unavailable for a moment; try again shortly.');
  unavailable.cause = error;
  return unavailable;
}

/**
 * The settings every connection of a service starts with, sent at connection (PostgreSQL's `options`).
 *
 * `jit=off`: a service runs short statements, and PostgreSQL compiles with LLVM any plan whose estimated
 * cost passes `jit_above_cost`. The statements that serve concurrent requests together (ADR 0024) are
 * estimated from their arrays' lengths, and a few hundred rows of a large CPAS pass it: the provider's
 * summary read then spent ≈ 40 ms per execution compiling (`pg_stat_statements`' `jit_*` columns,
 * 2026-12-05), where it runs in 1–3 ms. Servers built without LLVM (the embedded one) never compile.
 */
export const SESSION_OPTIONS = '-c jit=off';

/**
 * The connection string and `options` of a pool: ours first, then the operator's own `options` from the
 * URL (node-postgres lets the URL's replace the pool's), so a setting the operator chose wins.
 */
export function connectionSettings(connectionString: string): { connectionString: string; options: string } {
  const url = new URL(connectionString);
  const own = url.searchParams.get('options');
  if (own === null) return { connectionString, options: SESSION_OPTIONS };
  url.searchParams.delete('options');
  return { connectionString: url.toString(), options: `${SESSION_OPTIONS} ${own}`.trim() };
}

/**
 * A pool of at most `max` connections. Once opened, the first `keep` of them stay open however long they are idle;
 * the others close after 30 s idle. A service's pool keeps them all (`keep` = `max`): a new connection starts cold
 * (its catalog caches empty, each prepared statement planned again), and one opened in a burst made the requests of
 * that second wait hundreds of milliseconds (docs/benchmarks.md, 2026-12-05). Tools with a short life keep none.
 */
export function createDatabase(connectionString: string, options: { max?: number; keep?: number; name?: string } = {}): Database {
  const size = options.max ?? 10;
  const pool = new pg.Pool({
    ...connectionSettings(connectionString),
    max: size,
    min: options.keep ?? 0,
    idleTimeoutMillis: 30_000,
  });
  // An idle client losing its connection must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  // Nor a client in use: pg-pool listens on a client only while it is idle or inside pool.query (once),
  // so a second error of a terminated connection, or one between checkout and a transaction's own
  // listener, was an unhandled 'error' event that ended the process (seen once in CI, F3's restart
  // under load). The statement in flight still fails, and a broken client is never returned to the pool.
  pool.on('connect', (client) => client.on('error', () => undefined));
  /**
   * A connection with its transaction begun. An idle connection the server closed (a restart) can still be in the pool
   * when it is checked out — seen once in CI, F3 —, and `BEGIN` on it fails before anything runs: that connection is
   * discarded and another checked out, instead of answering 503 to a request the database could serve. A restart can
   * leave every idle connection of the pool closed, each found at most once (it is discarded): at most `size + 1` tries.
   */
  const checkOut = async (): Promise<pg.PoolClient> => {
    for (let attempt = 1; ; attempt += 1) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        return client;
      } catch (error) {
        client.release(error as Error);
        if (attempt > size || !isConnectionError(error)) throw error;
      }
    }
  };
  /**
   * A statement outside a transaction. An idle connection the server closed can be handed to it too; pg then refuses
   * the statement without sending it (`wasNotSent`), so it runs on another connection, at most `size + 1` tries as above.
   * A statement that failed after it was sent is never run again: it may have been executed.
   */
  const base = wrap(async (config) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await pool.query(config);
      } catch (error) {
        if (attempt > size || !wasNotSent(error)) throw asUnavailable(error);
      }
    }
  });
  return {
    ...base,
    pool,
    name: options.name ?? new URL(connectionString).pathname.slice(1),
    async transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
      let client: pg.PoolClient;
      try {
        client = await checkOut();
      } catch (error) {
        throw asUnavailable(error);
      }
      // A checked-out client is not the pool's to watch: without its own listener, the server closing
      // the connection mid-transaction (a restart, pg_terminate_backend) is an unhandled 'error' event
      // that ends the process (issue 12, F3). The statement in flight fails and the client is discarded.
      let lost: Error | undefined;
      const onError = (error: Error) => {
        lost = error;
      };
      client.on('error', onError);
      const run = oneAtATime((config) => client.query(config));
      const hooks: (() => Promise<void>)[] = [];
      let isEnded = false;
      const tx: Transaction = {
        ...wrap(run),
        beforeCommit: (hook) => {
          // Never silently dropped: a hook added once the transaction has ended (its work let something run on) would not run.
          if (isEnded) throw new Error('beforeCommit on a transaction that has already ended');
          hooks.push(hook);
        },
      };
      try {
        const result = await work(tx);
        // A hook may add another (it runs too, before the commit).
        for (let index = 0; index < hooks.length; index += 1) await hooks[index]!();
        isEnded = true;
        await run({ text: 'COMMIT' });
        return result;
      } catch (error) {
        if (!lost && isConnectionError(error)) lost = error as Error;
        if (!lost) await run({ text: 'ROLLBACK' }).catch(() => undefined);
        throw asUnavailable(error);
      } finally {
        isEnded = true;
        client.off('error', onError);
        // A broken connection goes back destroyed, not to be handed to the next transaction.
        client.release(lost);
      }
    },
    async close() {
      await pool.end();
    },
  };
}
