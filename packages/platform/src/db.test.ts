import { test } from 'node:test';
import assert from 'node:assert/strict';
import type pg from 'pg';
import { oneAtATime } from './db.ts';

const result = (text: string) => ({ rows: [{ text }] }) as unknown as pg.QueryResult;
const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

test('statements started together on one transaction reach the connection one at a time, in order', async () => {
  let running = 0;
  let mostAtOnce = 0;
  const seen: string[] = [];
  const run = oneAtATime(async (config) => {
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    seen.push(config.text);
    await tick();
    running -= 1;
    return result(config.text);
  });
  const answers = await Promise.all(['a', 'b', 'c', 'd'].map((text) => run({ text })));
  assert.equal(mostAtOnce, 1, 'never two statements on the connection at once');
  assert.deepEqual(seen, ['a', 'b', 'c', 'd']);
  assert.deepEqual(
    answers.map((answer) => answer.rows[0].text),
    ['a', 'b', 'c', 'd'],
  );
});

test('a failed statement is reported to its caller and does not stop the next one', async () => {
  const run = oneAtATime(async (config) => {
    await tick();
    if (config.text === 'bad') throw new Error('syntax error');
    return result(config.text);
  });
  const [bad, good] = await Promise.allSettled([run({ text: 'bad' }), run({ text: 'good' })]);
  assert.equal(bad.status, 'rejected');
  assert.equal(good.status === 'fulfilled' ? good.value.rows[0].text : null, 'good');
});

test('a lost or refused database connection is 503 service.unavailable; any other error passes unchanged (F3)', async () => {
  const { asUnavailable, isConnectionError } = await import('./db.ts');
  const { AppError } = await import('./errors.ts');
  const terminated = Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' });
  const reset = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET' });
  const ended = new Error('Connection terminated unexpectedly');
  for (const error of [terminated, reset, ended]) {
    assert.equal(isConnectionError(error), true, error.message);
    const mapped = asUnavailable(error);
    assert.ok(mapped instanceof AppError && mapped.status === 503 && mapped.code === 'service.unavailable', error.message);
  }
  const syntax = Object.assign(new Error('syntax error at or near "SELEC"'), { code: '42601' });
  assert.equal(asUnavailable(syntax), syntax);
  const unique = Object.assign(new Error('duplicate key value violates unique constraint'), { code: '23505' });
  assert.equal(isConnectionError(unique), false);
});

test("a pool's connections start with jit off, and an operator's own options follow ours so theirs win", async () => {
  const { connectionSettings, SESSION_OPTIONS } = await import('./db.ts');
  assert.deepEqual(connectionSettings('postgres://rse@db.example:5432/rse'), {
    connectionString: 'postgres://rse@db.example:5432/rse',
    options: SESSION_OPTIONS,
  });
  assert.equal(SESSION_OPTIONS, '-c jit=off');
  const withOwn = connectionSettings('postgres://rse@db.example:5432/rse?sslmode=require&options=-c%20jit%3Don');
  assert.equal(withOwn.options, '-c jit=off -c jit=on', "the operator's setting comes last and wins");
  assert.equal(new URL(withOwn.connectionString).searchParams.get('options'), null, 'node-postgres would let the URL replace ours');
  assert.equal(new URL(withOwn.connectionString).searchParams.get('sslmode'), 'require', 'the rest of the URL is kept');
});

test('a service pool keeps the connections it opened (keep = max); a tool keeps none', async () => {
  const { createDatabase } = await import('./db.ts');
  // No connection is opened: a pool connects only when a statement needs it.
  const service = createDatabase('postgres://rse@127.0.0.1:1/none', { max: 8, keep: 8 });
  const tool = createDatabase('postgres://rse@127.0.0.1:1/none', { max: 2 });
  try {
    assert.equal(service.pool.options.min, 8, 'the service pool never closes its idle connections');
    assert.equal(tool.pool.options.min, 0, "a tool's idle connections close");
    assert.equal(service.pool.options.idleTimeoutMillis, 30_000, 'connections above `keep` close after 30 s idle');
  } finally {
    await Promise.all([service.close(), tool.close()]);
  }
});
