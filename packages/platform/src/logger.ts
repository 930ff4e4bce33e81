/**
 * The root logger. Redaction is central: NISS numbers, names, tokens, passwords, bodies and note
 * texts never reach a log line (R25, R45), whatever a module passes by mistake.
 * Two formats: `json` (one JSON object a line, for machines and production) and `pretty` (for a
 * person at a terminal: time, level, message and a few fields on one line). Pretty lines are made
 * from the JSON pino wrote, after redaction, so both formats carry the same (masked) content.
 */
import { Writable } from 'node:stream';
import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };
export type LogFormat = 'json' | 'pretty';

const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.niss',
  '*.token',
  '*.password',
  '*.text',
  '*.body',
  '*.familyName',
  '*.givenNames',
  '*.reason',
  'niss',
  'token',
  'password',
  'text',
  'body',
  'familyName',
  'givenNames',
];

/** Anything that looks like an 11-digit NISS or a bearer token inside a free string is masked too. */
const NISS_LIKE = /\b\d{2}[.\s-]?\d{2}[.\s-]?\d{2}[.\s-]?\d{3}[.\s-]?\d{2}\b/g;
const TOKEN_LIKE = /\brse_[A-Za-z0-9_-]{10,}\b/g;

export function maskSecrets(message: string): string {
  return message.replace(NISS_LIKE, '[niss]').replace(TOKEN_LIKE, '[token]');
}

const LEVELS: Record<number, string> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO', 40: 'WARN', 50: 'ERROR', 60: 'FATAL' };
const COLOURS: Record<number, string> = { 10: '90', 20: '90', 30: '36', 40: '33', 50: '31', 60: '35' };
/** Fields every line has, or that the pretty line shows in its own way. */
const SHOWN_APART = new Set(['level', 'time', 'pid', 'hostname', 'name', 'msg', 'reqId', 'req', 'res', 'responseTime', 'err', 'module']);

function fieldText(value: unknown): string {
  if (typeof value === 'string') return /[\s"=]/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value);
}

/**
 * One JSON log line as a person reads it: `12:04:05 INFO  [module] message key=value`. A request is one
 * line (`POST /path 200 3 ms`) and only when it failed (status ≥ 400) unless `showEveryRequest`; the
 * line that announces an incoming request is left out (the completed line says everything).
 * Returns null for a line to leave out.
 */
export function formatPretty(line: string, options: { showEveryRequest: boolean; colour: boolean }): string | null {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const level = typeof entry.level === 'number' ? entry.level : 30;
  const res = entry.res as { statusCode?: number } | undefined;
  const req = entry.req as { method?: string; path?: string } | undefined;
  if (entry.msg === 'incoming request' && req) return null;
  let message = typeof entry.msg === 'string' ? entry.msg : '';
  if (entry.msg === 'request completed' && res) {
    const status = res.statusCode ?? 0;
    if (status < 400 && level < 40 && !options.showEveryRequest) return null;
    const time = typeof entry.responseTime === 'number' ? ` ${Math.round(entry.responseTime)} ms` : '';
    message = `${req?.method ?? ''} ${req?.path ?? ''} ${status}${time}`.trim();
  }
  const time = new Date(typeof entry.time === 'number' ? entry.time : Date.now()).toTimeString().slice(0, 8);
  const label = (LEVELS[level] ?? String(level)).padEnd(5);
  const coloured = options.colour ? `\u001b[${COLOURS[level] ?? '0'}m${label}\u001b[0m` : label;
  const module = typeof entry.module === 'string' ? `[${entry.module}] ` : '';
  const fields = Object.entries(entry)
    .filter(([key]) => !SHOWN_APART.has(key))
    .map(([key, value]) => `${key}=${fieldText(value)}`);
  const err = entry.err as { message?: string; stack?: string } | undefined;
  const error = err
    ? `\n    ${(err.stack ?? err.message ?? '')
        .split('\n')
        .map((part) => part.trim())
        .join('\n    ')}`
    : '';
  return `${time} ${coloured} ${module}${message}${fields.length > 0 ? `  ${fields.join(' ')}` : ''}${error}`;
}

/** A destination that writes pino's JSON lines to `out` in the pretty format. */
export function prettyDestination(
  out: { write(text: string): unknown; isTTY?: boolean },
  options: { showEveryRequest: boolean },
): DestinationStream {
  let pending = '';
  return new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (line === '') continue;
        const text = formatPretty(line, { showEveryRequest: options.showEveryRequest, colour: out.isTTY === true });
        if (text !== null) out.write(`${text}\n`);
      }
      callback();
    },
  });
}

export function createLogger(options: { level: string; format?: LogFormat; destination?: DestinationStream; name?: string }): Logger {
  const destination =
    options.format === 'pretty'
      ? prettyDestination(options.destination ?? process.stdout, { showEveryRequest: ['debug', 'trace'].includes(options.level) })
      : options.destination;
  return pino(
    {
      level: options.level,
      name: options.name ?? 'rse',
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      hooks: {
        logMethod(args, method) {
          // Mask identifiers inside free-text messages as a second line of defence.
          const masked = args.map((arg) => (typeof arg === 'string' ? maskSecrets(arg) : arg));
          return method.apply(this, masked as Parameters<typeof method>);
        },
      },
      serializers: {
        err: (err: unknown) =>
          err instanceof Error
            ? { type: err.name, message: maskSecrets(err.message), stack: err.stack ? maskSecrets(err.stack) : undefined }
            : { type: typeof err, message: maskSecrets(String((err as { message?: unknown } | null)?.message ?? err)) },
        // A request is logged by method and path only: query strings carry identifiers (e.g. ?niss=).
        req: (req: { method?: string; url?: string; id?: string }) => ({
          method: req.method,
          path: typeof req.url === 'string' ? maskSecrets(req.url.split('?')[0]!) : undefined,
          id: req.id,
        }),
      },
    },
    destination,
  );
}
