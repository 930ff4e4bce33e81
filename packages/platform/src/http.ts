/**
 * HTTP bootstrap shared by casework, hub and portal: request ids, strict validation (no coercion
 * of bodies, unknown fields refused), problem+json for every error, security headers, and request
 * logs that never carry a query string (it may hold a NISS).
 */
import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Logger } from './logger.ts';
import { AppError, type FieldError } from './errors.ts';
import { asUnavailable } from './db.ts';
import { createProblemTitleRegistry, problemLanguage, type ProblemTitleRegistry, type ProblemTitles } from './problem-titles.ts';

declare module 'fastify' {
  interface FastifyInstance {
    /** The problem titles this app knows: the generic ones, and those its apps add (`problemTitles.add`). */
    readonly problemTitles: ProblemTitleRegistry;
  }
  interface FastifyContextConfig {
    /**
     * The route's body carries several messages, each refused alone when it holds a NUL character
     * (multiplex.ts): the request-wide check then looks at its path and query only.
     */
    checksNulPerMessage?: boolean;
  }
}

// ajv-formats ships CommonJS; its default export sits one level down under NodeNext.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

export type HttpOptions = { log: Logger; bodyLimit?: number };

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

function buildAjv(isStrictBody: boolean): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    removeAdditional: false,
    useDefaults: true,
    coerceTypes: isStrictBody ? false : 'array',
    strict: false,
  });
  addFormats(ajv);
  return ajv;
}

const FIELD_CODES: Record<string, string> = {
  additionalProperties: 'unknown-field',
  required: 'required',
  type: 'wrong-type',
  format: 'invalid-format',
  pattern: 'invalid-format',
  enum: 'not-allowed',
  const: 'not-allowed',
  minLength: 'too-short',
  maxLength: 'too-long',
  minimum: 'too-small',
  maximum: 'too-large',
  minItems: 'too-few',
  maxItems: 'too-many',
};

export function toFieldErrors(errors: ErrorObject[] | null | undefined, prefix = ''): FieldError[] {
  return (errors ?? []).map((error) => {
    let path = error.instancePath || '';
    if (error.keyword === 'additionalProperties')
      path += `/${String((error.params as { additionalProperty?: string }).additionalProperty)}`;
    if (error.keyword === 'required') path += `/${String((error.params as { missingProperty?: string }).missingProperty)}`;
    return {
      path: `${prefix}${path}` || '/',
      code: FIELD_CODES[error.keyword] ?? error.keyword,
      message: error.message ?? 'invalid value',
    };
  });
}

/** The generic titles, for an app not made by `createHttpApp` (a bare Fastify instance in a test). */
const genericTitles = createProblemTitleRegistry();

/** Gives an app's own problem titles to the HTTP app it is registered in. */
export function addProblemTitles(app: FastifyInstance, titles: ProblemTitles): void {
  if (app.hasDecorator('problemTitles')) app.problemTitles.add(titles);
}

/** The RFC 9457 problem document of a refusal, titled in the request's language. */
export function problemDocument(request: FastifyRequest, status: number, code: string, detail: string, errors?: FieldError[]) {
  const language = problemLanguage(request.headers['accept-language']);
  return {
    type: `urn:rse:problem:${code}`,
    title: (request.server.hasDecorator('problemTitles') ? request.server.problemTitles : genericTitles).title(code, status, language),
    status,
    detail,
    code,
    requestId: request.id,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export const PROBLEM_MEDIA_TYPE = 'application/problem+json; charset=utf-8';

export function sendProblem(
  request: FastifyRequest,
  reply: FastifyReply,
  status: number,
  code: string,
  detail: string,
  errors?: FieldError[],
) {
  return reply
    .code(status)
    .type(PROBLEM_MEDIA_TYPE)
    .send(problemDocument(request, status, code, detail, errors));
}

/** The refusal of a request, or of one carried message, that holds a NUL character (F7). */
export const invalidCharacters = () => new AppError('request.invalid-characters', 400, 'The request holds a NUL character.');

/** True when a string anywhere in the value holds a NUL character (PostgreSQL text never does). */
export function holdsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => holdsNul(item, depth + 1));
  return Object.entries(value).some(([key, item]) => key.includes('\u0000') || holdsNul(item, depth + 1));
}

// Values PostgreSQL refuses (a NUL byte, a number out of range, an impossible date): the client's
// input, never a server fault. The schemas refuse them first; this is the net under them.
const POSTGRES_INPUT_ERRORS: Record<string, string> = {
  '22021': 'invalid characters',
  '22P05': 'invalid characters',
  '22003': 'a number out of range',
  '22008': 'a date or time out of range',
  '22007': 'an invalid date or time',
  '22P02': 'an invalid value',
  '22001': 'a value too long',
};

function mapFrameworkError(error: FastifyError): { status: number; code: string; detail: string } | null {
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: 'request.unsupported-media-type', detail: 'Send the body as application/json.' };
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: 'request.body-too-large', detail: 'The request body is too large.' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: 'request.empty-body', detail: 'The JSON body is empty.' };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: 'request.malformed-json', detail: 'The body is not valid JSON.' };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, code: 'request.invalid-content-length', detail: 'The Content-Length header does not match the body.' };
    default:
      break;
  }
  if (error instanceof SyntaxError || error.name === 'SyntaxError') {
    return { status: 400, code: 'request.malformed-json', detail: 'The body is not valid JSON.' };
  }
  const pgCode = (error as { code?: unknown }).code;
  if (typeof pgCode === 'string' && pgCode in POSTGRES_INPUT_ERRORS) {
    return { status: 400, code: 'request.invalid-value', detail: `The request holds ${POSTGRES_INPUT_ERRORS[pgCode]}.` };
  }
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return { status: error.statusCode, code: 'request.invalid', detail: 'The request could not be processed.' };
  }
  return null;
}

export const UNEXPECTED_DETAIL = 'An unexpected error occurred. It has been logged.';

/** A refusal as the one HTTP mapper states it: status, stable code, detail, and when to try again. */
export type Problem = { status: number; code: string; detail: string; errors?: FieldError[]; retryAfterSeconds?: number };

/**
 * The problem an error is, or null for an unexpected error (a fault of ours: logged, answered 500).
 * The error handler of every app and the batch route of signed messages (multiplex.ts) both use it,
 * so a message refused inside a batch gets the problem it would have had alone.
 */
export function problemOf(error: FastifyError | Error): Problem | null {
  if (error instanceof AppError) {
    // 503 (the database restarting, issue 12 F3): the client may try again in a moment.
    const retryAfterSeconds = error.retryAfterSeconds ?? (error.status === 503 ? 2 : undefined);
    return {
      status: error.status,
      code: error.code,
      detail: error.message,
      ...(error.errors ? { errors: error.errors } : {}),
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
    };
  }
  const framework = error as FastifyError;
  if (framework.validation) {
    const context = framework.validationContext ?? 'body';
    return {
      status: context === 'body' ? 422 : 400,
      code: 'validation.failed',
      detail: 'Some values are invalid.',
      errors: toFieldErrors(framework.validation as ErrorObject[], context === 'body' ? '' : `/${context}`),
    };
  }
  const unavailable = asUnavailable(error);
  if (unavailable instanceof AppError)
    return { status: unavailable.status, code: unavailable.code, detail: unavailable.message, retryAfterSeconds: 2 };
  return mapFrameworkError(framework);
}

export function createHttpApp(options: HttpOptions): FastifyInstance {
  const bodyAjv = buildAjv(true);
  const queryAjv = buildAjv(false);
  const app = Fastify({
    loggerInstance: options.log,
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    genReqId: (req) => {
      const header = req.headers['x-request-id'];
      return typeof header === 'string' && REQUEST_ID.test(header) ? header : randomUUID();
    },
    trustProxy: false,
    return503OnClosing: true,
  });
  app.decorate('problemTitles', createProblemTitleRegistry());
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const validate = (httpPart === 'body' ? bodyAjv : queryAjv).compile(schema);
    return validate as unknown as ReturnType<Parameters<FastifyInstance['setValidatorCompiler']>[0]>;
  });
  // Only JSON (and the hub's application/jose) is accepted: text/plain bodies get a 415.
  app.removeContentTypeParser('text/plain');
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
  // F7: a NUL character in a path parameter, the query or a JSON body is refused before any handler runs.
  // Thrown (not sent) so that an app's onError hook sees the refusal (casework audits it).
  app.addHook('preValidation', async (request) => {
    const isBodyChecked = request.routeOptions.config.checksNulPerMessage !== true;
    if (holdsNul(request.params) || holdsNul(request.query) || (isBodyChecked && holdsNul(request.body))) {
      throw invalidCharacters();
    }
  });
  app.setNotFoundHandler((request, reply) => sendProblem(request, reply, 404, 'route.not-found', 'No such endpoint.'));
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = problemOf(error);
    if (!problem) {
      request.log.error({ err: error }, 'unexpected error');
      return sendProblem(request, reply, 500, 'internal.error', UNEXPECTED_DETAIL);
    }
    if (problem.retryAfterSeconds !== undefined) reply.header('retry-after', String(problem.retryAfterSeconds));
    return sendProblem(request, reply, problem.status, problem.code, problem.detail, problem.errors);
  });
  return app as unknown as FastifyInstance;
}
