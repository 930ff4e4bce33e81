/**
 * Every connection of a service starts without JIT compilation (db.ts, `SESSION_OPTIONS`), on a real
 * PostgreSQL, and an operator's own `options` in the URL are kept and win.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createDatabase, type Database } from '#platform/db.ts';
import { testDatabaseUrl } from './database.ts';

const opened: Database[] = [];

after(async () => {
  await Promise.all(opened.map((db) => db.close()));
});

function open(options?: string): Database {
  const url = new URL(testDatabaseUrl());
  if (options !== undefined) url.searchParams.set('options', options);
  const db = createDatabase(url.toString(), { max: 1 });
  opened.push(db);
  return db;
}

const setting = async (db: Database, name: 'jit' | 'application_name') =>
  (await db.one<{ value: string }>(`SELECT current_setting('${name}') AS value`))?.value;

test("a service's connection runs with JIT compilation off, whatever the server's default", async () => {
  const db = open();
  assert.equal(await setting(db, 'jit'), 'off', 'jit is off on every connection of the pool');
  // A statement estimated far above jit_above_cost is planned without JIT (on a server built with LLVM, it would compile).
  await db.query('SET jit_above_cost = 0');
  const [plan] = await db.query<{ 'QUERY PLAN': [Record<string, unknown>] }>(
    'EXPLAIN (ANALYZE, FORMAT JSON) SELECT sum(g) FROM generate_series(1, 1000) g',
  );
  assert.equal(plan!['QUERY PLAN'][0]!.JIT, undefined, 'the plan has no JIT section');
});

test("an operator's own options in the URL are kept beside ours, and theirs win", async () => {
  const named = open('-c application_name=rse_operator');
  assert.equal(await setting(named, 'application_name'), 'rse_operator', "the operator's setting is applied");
  assert.equal(await setting(named, 'jit'), 'off', 'jit is still off');
  const chosen = open('-c jit=on');
  assert.equal(await setting(chosen, 'jit'), 'on', 'an operator who turns JIT on gets it');
});
