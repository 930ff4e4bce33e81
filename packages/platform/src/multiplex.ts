/**
 * Several signed messages per HTTP request (ADR 0025), both ends.
 *
 * The carrier changes, not the message: each message keeps its own signature, audience, `jti` and
 * freshness; the receiver verifies, logs and answers each exactly as alone, and its answer is its own
 * signed message (or its own problem+json). The HTTP request is an envelope with no authority.
 *
 * - Sender, `createMultiplexedTransport(inner)`: wraps the kept-alive client. Per address, the signed
 *   messages posted in the same turn of the event loop go together to `<address>/batch` as a JSON array
 *   of `{ body, accept }`, with at most `maxInFlight` requests in flight; the messages that find them all
 *   busy go together in the next. A message alone is the plain request it always was. A receiver that
 *   does not know `/batch` (404, 405, 415) gets each message again alone, and only alone for a while.
 * - Receiver, `registerBatchRoute`: `POST <path>/batch` runs the endpoint's own per-message function on
 *   each item, concurrently, and answers 200 with one line of JSON per message, `{ index, status, type,
 *   body }` (`application/x-ndjson`), written as soon as that message is answered: a slow message (a
 *   provider that takes its time) never holds the answers of the others. A refusal is that message's
 *   problem, with the status and code it would have had alone. The sender settles each message on its line.
 */
import { PassThrough } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RequestText, TextRequest, TextResponse } from './http-client.ts';
import { PROBLEM_MEDIA_TYPE, UNEXPECTED_DETAIL, holdsNul, invalidCharacters, problemDocument, problemOf } from './http.ts';

/** The most messages one request carries. */
export const MAX_CARRIED_MESSAGES = 64;
/** The largest batch request: twice what a sender puts in one (`maxBytes`), and never less than one message. */
export const MAX_BATCH_BODY = 8 * 1024 * 1024;
/** The path of the batch route, after the endpoint's own. */
export const BATCH_PATH = '/batch';

/** A message as carried: its body (a compact JWS or its batch form) and the `Accept` it would have been sent with. */
export type CarriedMessage = { body: string; accept?: string };
/** Its answer as carried: the status, media type and body it would have had alone. */
export type CarriedAnswer = { status: number; type: string; body: string };
/** One line of a batch's answer: a message's place in the request, and its answer. */
export type CarriedLine = CarriedAnswer & { index: number };
/** The media type of a batch's answer: one JSON object per line, in the order the messages are answered. */
export const BATCH_ANSWER_MEDIA_TYPE = 'application/x-ndjson';

export type MultiplexOptions = {
  /** The media types of the messages carried together; any other request goes alone, untouched. */
  mediaTypes: readonly string[];
  /** Requests in flight per address (default 4: one at a time made each message wait for the previous batch). */
  maxInFlight?: number;
  /** Messages per request (default and at most 64). */
  maxMessages?: number;
  /** The bodies of one request, in characters (default 4 MiB); a larger message goes in a request of its own. */
  maxBytes?: number;
  /** How long an address that does not know `/batch` gets messages alone before it is asked again (default 10 min). */
  recheckAfterMs?: number;
  now?: () => number;
  /** Told of each request that carries several messages, with their number. */
  onCarried?: (messages: number) => void;
};

type Init = TextRequest & { body: string };
type Waiting = { init: Init; resolve: (response: TextResponse) => void; reject: (error: unknown) => void; isSettled: boolean };
type Address = { waiting: Waiting[]; inFlight: number; isScheduled: boolean; aloneUntil: number };

/** The receiver does not know `/batch`: it is an older or another implementation. */
const NOT_A_BATCH_RECEIVER = new Set([404, 405, 415]);

const answerOf = (status: number, body: string): TextResponse => ({
  ok: status >= 200 && status < 300,
  status,
  text: async () => body,
  json: async () => JSON.parse(body) as unknown,
});

function isCarriedLine(value: unknown, count: number): value is CarriedLine {
  if (typeof value !== 'object' || value === null) return false;
  const { index, status, body } = value as { index?: unknown; status?: unknown; body?: unknown };
  return (
    Number.isInteger(index) && (index as number) >= 0 && (index as number) < count && Number.isInteger(status) && typeof body === 'string'
  );
}

function mediaTypeOf(headers: Record<string, string> | undefined): string {
  const entry = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type');
  return (entry?.[1] ?? '').split(';')[0]!.trim().toLowerCase();
}

function acceptOf(headers: Record<string, string> | undefined): string | undefined {
  return Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'accept')?.[1];
}

export function createMultiplexedTransport(inner: RequestText, options: MultiplexOptions): RequestText {
  const maxInFlight = options.maxInFlight ?? 4;
  const maxMessages = Math.min(options.maxMessages ?? MAX_CARRIED_MESSAGES, MAX_CARRIED_MESSAGES);
  const maxBytes = options.maxBytes ?? 4 * 1024 * 1024;
  const recheckAfterMs = options.recheckAfterMs ?? 10 * 60_000;
  const now = options.now ?? Date.now;
  const mediaTypes = new Set(options.mediaTypes.map((type) => type.toLowerCase()));
  const addresses = new Map<string, Address>();

  const settle = (item: Waiting, outcome: { response: TextResponse } | { error: unknown }) => {
    if (item.isSettled) return;
    item.isSettled = true;
    if ('response' in outcome) item.resolve(outcome.response);
    else item.reject(outcome.error);
  };

  const alone = (url: string, item: Waiting): Promise<void> =>
    inner(url, item.init).then(
      (response) => settle(item, { response }),
      (error: unknown) => settle(item, { error }),
    );

  async function carry(url: string, address: Address, batch: Waiting[]): Promise<void> {
    const live = batch.filter((item) => {
      if (!item.init.signal?.aborted) return true;
      settle(item, { error: item.init.signal.reason });
      return false;
    });
    if (live.length === 0) return;
    if (live.length === 1) return alone(url, live[0]!);
    // Each message keeps its own timeout: it fails alone when its signal aborts; the request ends when all have.
    const controller = new AbortController();
    let aborted = 0;
    const listeners = live.map((item) => {
      const onAbort = () => {
        settle(item, { error: item.init.signal!.reason });
        aborted += 1;
        if (aborted === live.length) controller.abort(item.init.signal!.reason);
      };
      item.init.signal?.addEventListener('abort', onAbort, { once: true });
      return () => item.init.signal?.removeEventListener('abort', onAbort);
    });
    // Each message is settled on its own line, as soon as it arrives.
    let isMalformed = false;
    const decoder = new StringDecoder('utf8');
    let rest = '';
    const readLines = (text: string) => {
      rest += text;
      let start = 0;
      for (let end = rest.indexOf('\n'); end >= 0; start = end + 1, end = rest.indexOf('\n', start)) {
        const line = rest.slice(start, end);
        if (line.trim() === '') continue;
        let value: unknown;
        try {
          value = JSON.parse(line);
        } catch {
          value = null;
        }
        if (!isCarriedLine(value, live.length)) {
          isMalformed = true;
          continue;
        }
        settle(live[value.index]!, { response: answerOf(value.status, value.body) });
      }
      rest = rest.slice(start);
    };
    try {
      const carried: CarriedMessage[] = live.map(({ init }) => {
        const accept = acceptOf(init.headers);
        return accept === undefined ? { body: init.body } : { body: init.body, accept };
      });
      let isStreamed = false;
      // Counted once the receiver takes the batch (its first answer), not when it falls back to messages alone.
      let isCounted = false;
      const count = () => {
        if (!isCounted) options.onCarried?.(live.length);
        isCounted = true;
      };
      const response = await inner(`${url}${BATCH_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: BATCH_ANSWER_MEDIA_TYPE },
        body: JSON.stringify(carried),
        signal: controller.signal,
        maxAnswerBytes: live.length * 2 * 1024 * 1024 + 64 * 1024,
        onChunk: (chunk, status) => {
          if (status !== 200) return;
          isStreamed = true;
          count();
          readLines(decoder.write(chunk));
        },
      });
      const text = await response.text();
      if (response.status === 200) {
        // A transport that does not stream (fetch, in a test) gives the whole answer at the end.
        readLines(isStreamed ? `${decoder.end()}\n` : `${text}\n`);
        count();
        if (isMalformed || live.some((item) => !item.isSettled)) throw new Error('The batch answer does not hold one answer per message.');
        return;
      }
      // A server fault or an unavailable receiver is each message's answer, as it would have been alone.
      if (response.status >= 500) return live.forEach((item) => settle(item, { response: answerOf(response.status, text) }));
      // The receiver does not know `/batch`, or refused the envelope: each message goes again alone.
      if (NOT_A_BATCH_RECEIVER.has(response.status)) address.aloneUntil = now() + recheckAfterMs;
      await Promise.all(live.filter((item) => !item.isSettled).map((item) => alone(url, item)));
    } catch (error) {
      // A lost connection fails each message of the batch as it would have failed alone.
      live.forEach((item) => settle(item, { error }));
    } finally {
      listeners.forEach((remove) => remove());
    }
  }

  function take(address: Address): Waiting[] {
    let bytes = 0;
    let count = 0;
    while (count < address.waiting.length && count < maxMessages) {
      const size = address.waiting[count]!.init.body.length;
      if (count > 0 && bytes + size > maxBytes) break;
      bytes += size;
      count += 1;
    }
    return address.waiting.splice(0, count);
  }

  function pump(url: string, address: Address): void {
    if (address.isScheduled || address.inFlight >= maxInFlight || address.waiting.length === 0) return;
    address.isScheduled = true;
    // The messages posted in this turn of the event loop join the first request.
    setImmediate(() => {
      address.isScheduled = false;
      while (address.inFlight < maxInFlight && address.waiting.length > 0) {
        address.inFlight += 1;
        void carry(url, address, take(address)).finally(() => {
          address.inFlight -= 1;
          pump(url, address);
        });
      }
    });
  }

  return (url, init = {}) => {
    if (init.method !== 'POST' || init.body === undefined || !mediaTypes.has(mediaTypeOf(init.headers))) return inner(url, init);
    let address = addresses.get(url);
    if (!address) {
      address = { waiting: [], inFlight: 0, isScheduled: false, aloneUntil: 0 };
      addresses.set(url, address);
    }
    if (address.aloneUntil > now()) return inner(url, init);
    const known = address;
    const body = init.body;
    return new Promise<TextResponse>((resolve, reject) => {
      known.waiting.push({ init: { ...init, body }, resolve, reject, isSettled: false });
      pump(url, known);
    });
  };
}

/** Each carried message's status and time, for the metrics of the route (`observeRoutes`). */
const carriedOutcomes = new WeakMap<FastifyRequest, { status: number; seconds: number }[]>();

export function carriedOutcomesOf(request: FastifyRequest): readonly { status: number; seconds: number }[] | undefined {
  return carriedOutcomes.get(request);
}

export type BatchRoute = {
  /** The endpoint's own path: the batch route is `<path>/batch`. */
  path: string;
  tags: string[];
  /** The longest message body, in characters. */
  maxMessageLength: number;
  /**
   * The endpoint's per-message function, the same the single route calls: the answer's media type and
   * body, or a thrown error that becomes this message's problem. `requestId` names this message in logs
   * and audit: the request's id and the message's place in it.
   */
  handle: (message: CarriedMessage, request: FastifyRequest, requestId: string) => Promise<{ type: string; body: string }>;
};

/** `POST <path>/batch`: each carried message handled as alone, concurrently, answered in the same order. */
export function registerBatchRoute(app: FastifyInstance, route: BatchRoute): void {
  app.post(
    `${route.path}${BATCH_PATH}`,
    {
      bodyLimit: Math.max(MAX_BATCH_BODY, route.maxMessageLength + 64 * 1024),
      // A NUL character refuses only the message that holds it, with the problem it would have had alone (F7).
      config: { checksNulPerMessage: true },
      schema: {
        tags: route.tags,
        summary: 'Several signed messages in one request (ADR 0025)',
        body: {
          type: 'array',
          minItems: 1,
          maxItems: MAX_CARRIED_MESSAGES,
          items: {
            type: 'object',
            required: ['body'],
            additionalProperties: false,
            properties: { body: { type: 'string', maxLength: route.maxMessageLength }, accept: { type: 'string', maxLength: 1024 } },
          },
        },
        response: {
          200: {
            type: 'string',
            description:
              'application/x-ndjson: one line per message, { index, status, type, body }, as soon as it is answered: its place in the request, and the status, media type and body it would have had alone',
          },
        },
      },
    },
    async (request, reply) => {
      const carried = request.body as CarriedMessage[];
      const outcomes: { status: number; seconds: number }[] = [];
      carriedOutcomes.set(request, outcomes);
      const answerOne = async (message: CarriedMessage, index: number): Promise<CarriedLine> => {
        const started = process.hrtime.bigint();
        const requestId = `${request.id}:${index}`;
        let answer: CarriedAnswer;
        try {
          if (holdsNul(message)) throw invalidCharacters();
          answer = { status: 200, ...(await route.handle(message, request, requestId)) };
        } catch (error) {
          const problem = problemOf(error as Error);
          if (!problem) request.log.error({ err: error, carriedMessage: index }, 'unexpected error');
          const { status, code, detail, errors } = problem ?? { status: 500, code: 'internal.error', detail: UNEXPECTED_DETAIL };
          const document = { ...problemDocument(request, status, code, detail, errors), requestId };
          answer = { status, type: PROBLEM_MEDIA_TYPE, body: JSON.stringify(document) };
        }
        outcomes[index] = { status: answer.status, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
        return { index, ...answer };
      };
      // Each answer is written as soon as it is ready; the answers of one turn go in one write (a system call each).
      const stream = new PassThrough();
      let ready: string[] = [];
      let left = carried.length;
      const flush = () => {
        stream.write(ready.join(''));
        ready = [];
        if (left === 0) stream.end();
      };
      carried.forEach((message, index) => {
        void answerOne(message, index)
          .catch((): CarriedLine => ({ index, status: 500, type: PROBLEM_MEDIA_TYPE, body: '{"code":"internal.error"}' }))
          .then((line) => {
            left -= 1;
            if (ready.push(`${JSON.stringify(line)}\n`) === 1) setImmediate(flush);
          });
      });
      return reply.type(`${BATCH_ANSWER_MEDIA_TYPE}; charset=utf-8`).send(stream);
    },
  );
}
