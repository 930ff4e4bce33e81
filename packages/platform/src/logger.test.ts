import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLogger, formatPretty } from './logger.ts';

function capture() {
  const lines: string[] = [];
  return { lines, out: { write: (text: string) => lines.push(text) } };
}

test('the pretty format prints one readable line with time, level, module, message and fields', () => {
  const { lines, out } = capture();
  const log = createLogger({ level: 'info', format: 'pretty', destination: out });
  log.child({ module: 'casework' }).info({ tenants: 3, applied: 42 }, 'casework databases migrated');
  assert.equal(lines.length, 1, lines.join(''));
  assert.match(lines[0]!, /^\d{2}:\d{2}:\d{2} INFO {2}\[casework\] casework databases migrated {2}tenants=3 applied=42\n$/);
  assert.doesNotMatch(lines[0]!, /"level"|hostname|pid/, 'no JSON envelope');
});

test('the pretty format keeps the redaction and masking of the JSON format', () => {
  const { lines, out } = capture();
  const log = createLogger({ level: 'info', format: 'pretty', destination: out });
  log.info(
    { niss: '85073112345', token: 'rse_0212114056_abcdefghijklmnop' },
    'login of 85.07.31-123.45 with rse_0212114056_abcdefghijklmnop',
  );
  const text = lines.join('');
  assert.doesNotMatch(text, /85073112345|85\.07\.31|abcdefghijklmnop/, text);
  assert.match(text, /niss=\[redacted\]/);
  assert.match(text, /\[niss\]/);
});

test('the pretty format leaves out successful requests unless asked, and shows failed ones on one line', () => {
  const request = (status: number) =>
    JSON.stringify({
      level: 30,
      time: 0,
      msg: 'request completed',
      req: { method: 'POST', path: '/hub/v1/integrations' },
      res: { statusCode: status },
      responseTime: 2.4,
    });
  const incoming = JSON.stringify({ level: 30, time: 0, msg: 'incoming request', req: { method: 'POST', path: '/x' } });
  assert.equal(formatPretty(incoming, { showEveryRequest: true, colour: false }), null);
  assert.equal(formatPretty(request(200), { showEveryRequest: false, colour: false }), null);
  assert.match(
    formatPretty(request(200), { showEveryRequest: true, colour: false }) ?? '',
    /INFO {2}POST \/hub\/v1\/integrations 200 2 ms$/,
  );
  assert.match(formatPretty(request(503), { showEveryRequest: false, colour: false }) ?? '', /POST \/hub\/v1\/integrations 503 2 ms$/);
});

test('the pretty format shows an error with its stack, indented', () => {
  const { lines, out } = capture();
  createLogger({ level: 'info', format: 'pretty', destination: out }).warn({ err: new Error('hub down') }, 'outbox not delivered yet');
  assert.match(lines[0]!, /WARN {2}outbox not delivered yet\n {4}Error: hub down\n {4}at /);
});

test('the JSON format stays one JSON object a line', () => {
  const { lines, out } = capture();
  createLogger({ level: 'info', destination: out }).info({ kbo: '0212114056' }, 'hello');
  const entry = JSON.parse(lines[0]!) as { msg: string; kbo: string; level: number };
  assert.deepEqual([entry.msg, entry.kbo, entry.level], ['hello', '0212114056', 30]);
});
