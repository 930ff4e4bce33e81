/**
 * A batched read answers each caller what the statement alone answers it (ADR 0024), on a real
 * PostgreSQL: property-tested over random tables, random parameters and random batch sizes.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { batchedStatement, createBatchedRead } from '#platform/batched-read.ts';
import { openTestDatabase, type TestDatabase } from './database.ts';

let database: TestDatabase;

before(async () => {
  database = await openTestDatabase('rse_batched_read_', { max: 4 });
  await database.db.query(`CREATE TABLE people (id int PRIMARY KEY, key bytea NOT NULL, name text NOT NULL, born date NOT NULL)`);
  await database.db.query(`CREATE TABLE replaced (old_key bytea PRIMARY KEY, new_key bytea NOT NULL)`);
});

after(async () => {
  await database?.close();
});

// Written for one caller, with casts, a subquery, a LATERAL of its own and $1 used twice.
const READ = `SELECT p.id, p.name, p.born::text AS born, $3::int AS asked,
       (SELECT count(*)::int FROM people o WHERE o.born < $2::date) AS older
  FROM (SELECT coalesce((SELECT new_key FROM replaced WHERE old_key = $1), $1::bytea) AS key OFFSET 0) s
  CROSS JOIN LATERAL (SELECT * FROM people WHERE key = s.key AND born <= $2::date ORDER BY id LIMIT 1) p`;
const TYPES = ['bytea', 'date', 'int'] as const;

test('the statement for many callers names each parameter as a column of the unnested arrays', () => {
  const sql = batchedStatement('SELECT a FROM t WHERE a = $1 AND b = $12 AND c = $2::date', Array(12).fill('text'));
  assert.match(sql, /unnest\(\$1::text\[\], .*\$12::text\[\]\) WITH ORDINALITY AS q\(p1, .*p12, batch_position\)/);
  assert.match(sql, /a = q\.p1 AND b = q\.p12 AND c = q\.p2::date/);
  assert.throws(() => batchedStatement('SELECT $2', ['text']), /\$2 has no type/);
  assert.throws(() => batchedStatement('UPDATE t SET a = $1', ['text']), /one SELECT/);
  assert.throws(() => batchedStatement('WITH x AS (DELETE FROM t RETURNING *) SELECT * FROM x', []), /one SELECT/);
});

test('concurrent callers each get the row the statement alone gives them, in one round trip per batch', async () => {
  const day = fc.integer({ min: 0, max: 3_650 }).map((n) => new Date(Date.UTC(2015, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
  const key = fc.integer({ min: 0, max: 15 }).map((n) => Buffer.from([n, 0x5c, 0x22, n ^ 0xff]));
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(fc.record({ id: fc.integer({ min: 1, max: 10_000 }), key, name: fc.string({ maxLength: 12 }), born: day }), {
        selector: (person) => person.id,
        maxLength: 20,
      }),
      fc.uniqueArray(fc.record({ old: key, new: key }), { selector: (replacement) => replacement.old.toString('hex'), maxLength: 4 }),
      fc.array(fc.tuple(key, day, fc.option(fc.integer(), { nil: null })), { minLength: 1, maxLength: 40 }),
      async (people, replacements, calls) => {
        const { db } = database;
        await db.query('TRUNCATE people, replaced');
        for (const person of people)
          await db.query('INSERT INTO people VALUES ($1, $2, $3, $4)', [person.id, person.key, person.name, person.born]);
        for (const replacement of replacements) await db.query('INSERT INTO replaced VALUES ($1, $2)', [replacement.old, replacement.new]);
        const alone = [];
        for (const params of calls) alone.push(await db.one(READ, params));
        const read = createBatchedRead(db, READ, TYPES);
        const together = await Promise.all(calls.map((params) => read(params)));
        assert.deepEqual(together, alone);
        assert.equal(read.stats().batches, 1, 'calls of one turn share one statement');
      },
    ),
    { numRuns: 40 },
  );
});

test('a parameter PostgreSQL refuses fails its own caller only', async () => {
  const { db } = database;
  await db.query('TRUNCATE people, replaced');
  await db.query(`INSERT INTO people VALUES (1, '\\x01', 'Alice', '1990-01-01')`);
  const read = createBatchedRead<{ id: number }>(db, READ, TYPES);
  const outcomes = await Promise.allSettled([
    read([Buffer.from([1]), '2000-01-01', 1]),
    read([Buffer.from([1]), 'not a date', 2]),
    read([Buffer.from([2]), '2000-01-01', 3]),
  ]);
  assert.equal(outcomes[0]!.status === 'fulfilled' && outcomes[0]!.value?.id, 1);
  assert.equal(outcomes[1]!.status, 'rejected', 'the bad date is refused');
  assert.deepEqual(outcomes[2], { status: 'fulfilled', value: undefined }, 'no row: undefined, as db.one');
  assert.equal(read.stats().retried, 3, 'the batch failed, then each ran alone');
});
