import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger } from './logger.ts';
import { logPurgeRun } from './retention.ts';

function capture() {
  const lines: string[] = [];
  return { lines, log: createLogger({ level: 'info', format: 'json', destination: { write: (text: string) => lines.push(text) } }) };
}

test('a purge run that removed records is logged for the operator with its counts', () => {
  const { lines, log } = capture();
  logPurgeRun(log, { service: 'hub', runId: '7' }, { sessions: 0, 'outbox-messages': 3 });
  assert.equal(lines.length, 1, lines.join(''));
  const line = JSON.parse(lines[0]!) as Record<string, unknown>;
  assert.equal(line.msg, 'purge run completed', lines[0]);
  assert.equal(line['outbox-messages'], 3, lines[0]);
  assert.equal(line.runId, '7', lines[0]);
});

test('a purge run that found nothing to remove stays out of the log at the info level', () => {
  const { lines, log } = capture();
  logPurgeRun(log, { service: 'hub', runId: '8' }, { sessions: 0, 'outbox-messages': 0 });
  assert.deepEqual(lines, [], 'no line at info for a run of zeros');
});
