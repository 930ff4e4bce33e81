/**
 * One read of at most one row, asked by many concurrent callers in one statement (ADR 0024).
 *
 * The statement is written once, for one caller, with `$1…$n`. Callers that arrive together (see
 * coalesce.ts) are asked in one round trip: their parameters travel as arrays, unnested with their
 * position, and the statement runs once per position as a LATERAL subquery:
 *
 *   SELECT q.batch_position, x.* FROM unnest($1::text[], $2::date[]) WITH ORDINALITY AS q(p1, p2, batch_position)
 *   CROSS JOIN LATERAL (<the statement, $1 → q.p1, $2 → q.p2>) x
 *
 * Each caller gets exactly the row the statement alone would give it (the same plan per position, the
 * same snapshot for the batch). A caller alone runs the statement as written.
 */
import type { Queryable, Row } from './db.ts';
import { createCoalescer, type Coalescer } from './coalesce.ts';

const POSITION = 'batch_position';

/** The statement for many callers: `types` are the PostgreSQL types of `$1…$n`, in order. */
export function batchedStatement(sql: string, types: readonly string[]): string {
  const used = new Set([...sql.matchAll(/\$(\d+)/g)].map((match) => Number(match[1])));
  for (const index of used)
    if (index < 1 || index > types.length) throw new Error(`$${index} has no type in a batched read (${types.length} given)`);
  if (!/^\s*(SELECT|WITH)\b/i.test(sql) || /\b(INSERT|UPDATE|DELETE|MERGE)\b/i.test(sql))
    throw new Error('a batched read is one SELECT: it runs as a LATERAL subquery');
  if (sql.includes(POSITION)) throw new Error(`a batched read must not name ${POSITION}`);
  const arrays = types.map((type, index) => `$${index + 1}::${type}[]`).join(', ');
  const columns = types.map((_, index) => `p${index + 1}`).join(', ');
  // Longest numbers first is not needed: \b stops `$1` from matching the start of `$12`.
  const body = sql.replace(/\$(\d+)\b/g, (_, index: string) => `q.p${index}`);
  return `SELECT q.${POSITION}, x.* FROM unnest(${arrays}) WITH ORDINALITY AS q(${columns}, ${POSITION})
    CROSS JOIN LATERAL (${body}) x`;
}

export type BatchedRead<T extends Row> = Coalescer<readonly unknown[], T | undefined>;

/**
 * `read(params)` answers what `db.one(sql, params)` would; concurrent reads share one statement.
 * `maxBatch` bounds the parameters of one statement.
 */
export function createBatchedRead<T extends Row>(
  db: Queryable,
  sql: string,
  types: readonly string[],
  options: { maxBatch?: number } = {},
): BatchedRead<T> {
  const manySql = batchedStatement(sql, types);
  return createCoalescer<readonly unknown[], T | undefined>(
    async (inputs) => {
      if (inputs.length === 1) return [await db.one<T>(sql, inputs[0])];
      const columns = types.map((_, index) => inputs.map((params) => params[index] ?? null));
      const rows = await db.query<Row & { [POSITION]: number }>(manySql, columns);
      const byPosition = new Map<number, T>();
      for (const { [POSITION]: position, ...row } of rows)
        if (!byPosition.has(Number(position))) byPosition.set(Number(position), row as T);
      return inputs.map((_, index) => byPosition.get(index + 1));
    },
    { maxBatch: options.maxBatch ?? 64 },
  );
}
