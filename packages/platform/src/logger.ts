/**
 * The root logger. Redaction is central: NISS numbers, names, tokens, passwords, bodies and note
 * texts never reach a log line (R25, R45), whatever a module passes by mistake.
 */
import { pino, type Logger, type DestinationStream } from 'pino';

export type { Logger };

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

export function createLogger(options: { level: string; destination?: DestinationStream; name?: string }): Logger {
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
    options.destination,
  );
}
