import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import fc from 'fast-check';
import { AppError } from './errors.ts';
import { createHttpApp } from './http.ts';
import { requestText, type RequestText, type TextRequest } from './http-client.ts';
import { createLogger } from './logger.ts';
import { MAX_CARRIED_MESSAGES, createMultiplexedTransport, registerBatchRoute, type CarriedAnswer, type CarriedLine } from './multiplex.ts';

type Problem = { code: string; title: string; requestId: string };

const JOSE = 'application/jose';
const post = (body: string, extra: Partial<TextRequest> = {}): TextRequest => ({
  method: 'POST',
  headers: { 'content-type': JOSE, accept: JOSE },
  body,
  ...extra,
});

/** The transport's requests as the receiver saw them: the path and how many messages each carried. */
type Seen = { path: string; messages: number };

/**
 * A receiver built as the services build theirs: one per-message function behind the single route and
 * `<path>/batch`. A message `refuse:<code>` is refused with that code (409), `crash` is a fault of ours,
 * `slow:<ms>` answers after a while; any other is echoed in upper case.
 */
async function startReceiver(seen: Seen[]): Promise<{ app: FastifyInstance; url: string }> {
  const app = createHttpApp({ log: createLogger({ level: 'silent' }) });
  app.addContentTypeParser(JOSE, { parseAs: 'string' }, (_request, body, done) => done(null, body));
  const handle = async (body: string, accept: string | undefined) => {
    if (body.startsWith('refuse:')) throw new AppError(body.slice('refuse:'.length), 409, 'Refused.');
    if (body === 'crash') throw new TypeError('a fault of ours');
    if (body.startsWith('slow:')) await new Promise((resolve) => setTimeout(resolve, Number(body.slice('slow:'.length))));
    return { type: accept === 'text/x-lower' ? 'text/x-lower' : JOSE, body: accept === 'text/x-lower' ? body : body.toUpperCase() };
  };
  app.addHook('onRequest', async (request) => {
    seen.push({ path: request.url, messages: 0 });
  });
  app.addHook('preHandler', async (request) => {
    seen.at(-1)!.messages = Array.isArray(request.body) ? request.body.length : 1;
  });
  app.post('/messages', async (request, reply) => {
    const answer = await handle(request.body as string, request.headers.accept);
    return reply.type(answer.type).send(answer.body);
  });
  registerBatchRoute(app, {
    path: '/messages',
    tags: ['test'],
    maxMessageLength: 1024 * 1024,
    handle: async (message) => handle(message.body, message.accept),
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/messages` };
}

/** A receiver for the tests of one `describe`, started before them and closed after. */
function useReceiver() {
  const seen: Seen[] = [];
  const receiver = { url: '', app: null as FastifyInstance | null };
  before(async () => {
    const started = await startReceiver(seen);
    receiver.url = started.url;
    receiver.app = started.app;
  });
  after(async () => {
    await receiver.app?.close();
  });
  return { seen, receiver };
}

describe('the batch route of a signed-message endpoint', () => {
  const { seen, receiver } = useReceiver();

  const batch = async (envelope: unknown) => {
    const response = await fetch(`${receiver.url}/batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(envelope),
    });
    const text = await response.text();
    if (response.status !== 200) return { status: response.status, type: '', body: JSON.parse(text) as unknown };
    // One line per message, in the order they were answered: put back in the order of the request.
    const lines = text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as CarriedLine);
    const answers: CarriedAnswer[] = [];
    for (const { index, ...answer } of lines) answers[index] = answer;
    return { status: response.status, type: response.headers.get('content-type') ?? '', body: answers as unknown };
  };

  test('answers each message, on its own line, with what it would have answered alone', async () => {
    const answer = await batch([{ body: 'a.b.c', accept: JOSE }, { body: 'x.y.z', accept: 'text/x-lower' }, { body: 'd.e.f' }]);
    assert.equal(answer.status, 200);
    assert.match(answer.type, /^application\/x-ndjson/);
    assert.deepEqual(answer.body, [
      { status: 200, type: JOSE, body: 'A.B.C' },
      { status: 200, type: 'text/x-lower', body: 'x.y.z' },
      { status: 200, type: JOSE, body: 'D.E.F' },
    ]);
  });

  test('a refused message gets its own problem, with the status and code it has alone; the others are answered', async () => {
    const answer = await batch([{ body: 'a.b.c' }, { body: 'refuse:signature.replayed' }, { body: 'crash' }, { body: 'd.e.f' }]);
    assert.equal(answer.status, 200);
    const alone = await requestText(receiver.url, post('refuse:signature.replayed'));
    const aloneProblem = (await alone.json()) as Problem;
    const [first, refused, crashed, last] = answer.body as CarriedAnswer[] as [CarriedAnswer, CarriedAnswer, CarriedAnswer, CarriedAnswer];
    assert.deepEqual([first.status, first.body, last.status, last.body], [200, 'A.B.C', 200, 'D.E.F']);
    assert.equal(refused.status, alone.status);
    assert.match(refused.type, /^application\/problem\+json/);
    const problem = JSON.parse(refused.body);
    assert.equal(problem.code, aloneProblem.code);
    assert.equal(problem.title, aloneProblem.title);
    assert.match(problem.requestId, /:1$/, 'the problem names the message: the request id and its place');
    assert.equal(crashed.status, 500);
    assert.equal(JSON.parse(crashed.body).code, 'internal.error');
  });

  test('a NUL character refuses only the message that holds it, with the problem it has alone; the others are answered', async () => {
    const answer = await batch([{ body: 'a.b.c' }, { body: 'x.\u0000.z' }, { body: 'd.e.f', accept: 'text/x-\u0000' }, { body: 'g.h.i' }]);
    assert.equal(answer.status, 200);
    const alone = await requestText(receiver.url, post('x.\u0000.z'));
    assert.equal(alone.status, 400);
    assert.equal(((await alone.json()) as Problem).code, 'request.invalid-characters');
    const [first, nulBody, nulAccept, last] = answer.body as CarriedAnswer[] as [
      CarriedAnswer,
      CarriedAnswer,
      CarriedAnswer,
      CarriedAnswer,
    ];
    assert.deepEqual([first.status, first.body, last.status, last.body], [200, 'A.B.C', 200, 'G.H.I']);
    for (const refused of [nulBody, nulAccept]) {
      assert.equal(refused.status, 400);
      assert.equal(JSON.parse(refused.body).code, 'request.invalid-characters');
    }
  });

  test('a NUL character in the batch route’s path or query still refuses the whole request', async () => {
    const response = await fetch(`${receiver.url}/batch?x=%00`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ body: 'a.b.c' }, { body: 'd.e.f' }]),
    });
    assert.equal(response.status, 400);
    assert.equal(((await response.json()) as Problem).code, 'request.invalid-characters');
  });

  test('an envelope that is not a list of messages is refused whole, as invalid, and nothing is handled', async () => {
    const before = seen.length;
    for (const body of [
      { body: 'a.b.c' },
      [],
      [{ body: 'a.b.c', extra: 1 }],
      [{ body: 7 }],
      Array.from({ length: MAX_CARRIED_MESSAGES + 1 }, () => ({ body: 'a' })),
    ]) {
      const answer = await batch(body);
      assert.equal(answer.status, 422, JSON.stringify(body).slice(0, 80));
      assert.equal((answer.body as Problem).code, 'validation.failed');
    }
    assert.ok(
      seen.slice(before).every((request) => request.messages === 0),
      'no message was handled',
    );
  });
});

describe('the multiplexed transport', () => {
  const { seen, receiver } = useReceiver();

  test('the messages posted in one turn to one address travel in one request, each with its own answer', async () => {
    seen.length = 0;
    const carried: number[] = [];
    const transport = createMultiplexedTransport(requestText, { mediaTypes: [JOSE], onCarried: (n) => carried.push(n) });
    const answers = await Promise.all(['a', 'b', 'refuse:x.y', 'c'].map((body) => transport(receiver.url, post(body))));
    assert.deepEqual(seen, [{ path: '/messages/batch', messages: 4 }]);
    assert.deepEqual(carried, [4]);
    assert.deepEqual(
      answers.map((answer) => [answer.status, answer.ok]),
      [
        [200, true],
        [200, true],
        [409, false],
        [200, true],
      ],
    );
    assert.deepEqual(await Promise.all([answers[0]!.text(), answers[1]!.text(), answers[3]!.text()]), ['A', 'B', 'C']);
    assert.equal(((await answers[2]!.json()) as { code: string }).code, 'x.y');
  });

  test('a message alone is the plain request it always was', async () => {
    seen.length = 0;
    const transport = createMultiplexedTransport(requestText, { mediaTypes: [JOSE] });
    const answer = await transport(receiver.url, post('solo'));
    assert.equal(await answer.text(), 'SOLO');
    assert.deepEqual(seen, [{ path: '/messages', messages: 1 }]);
  });

  test('requests that are not signed messages go alone, untouched', async () => {
    seen.length = 0;
    const transport = createMultiplexedTransport(requestText, { mediaTypes: [JOSE] });
    const json = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '"x"' };
    await Promise.all([transport(receiver.url, json), transport(receiver.url, json), transport(`${receiver.url}/none`)]);
    assert.ok(
      seen.every((request) => !request.path.endsWith('/batch')),
      `no batch expected: ${JSON.stringify(seen)}`,
    );
    assert.equal(seen.length, 3);
  });

  test('no more requests are in flight per address than allowed; the messages that find them busy go together in the next', async () => {
    seen.length = 0;
    const transport = createMultiplexedTransport(requestText, { mediaTypes: [JOSE], maxInFlight: 1 });
    const first = transport(receiver.url, post('slow:150'));
    const second = transport(receiver.url, post('slow:150'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    // The one request allowed is in flight (the two first messages): these five wait, then go together.
    const later = ['p', 'q', 'r', 's', 't'].map((body) => transport(receiver.url, post(body)));
    await new Promise((resolve) => setTimeout(resolve, 60));
    assert.equal(seen.length, 1, `the two first messages went together, and nothing else yet: ${JSON.stringify(seen)}`);
    const answers = await Promise.all([first, second, ...later]);
    assert.deepEqual(await Promise.all(answers.map((answer) => answer.text())), ['SLOW:150', 'SLOW:150', 'P', 'Q', 'R', 'S', 'T']);
    assert.deepEqual(seen, [
      { path: '/messages/batch', messages: 2 },
      { path: '/messages/batch', messages: 5 },
    ]);
  });

  test('a slow message does not hold the answers of the others carried with it', async () => {
    seen.length = 0;
    const transport = createMultiplexedTransport(requestText, { mediaTypes: [JOSE] });
    const settled: string[] = [];
    const [slow, quick] = await Promise.all(
      ['slow:400', 'quick'].map((body) => transport(receiver.url, post(body)).then((answer) => (settled.push(body), answer))),
    );
    assert.deepEqual(seen, [{ path: '/messages/batch', messages: 2 }], 'both travelled together');
    assert.deepEqual(settled, ['quick', 'slow:400'], 'the quick one was answered first, on its own line');
    assert.deepEqual(await Promise.all([slow!.text(), quick!.text()]), ['SLOW:400', 'QUICK']);
  });

  test('a request carries at most the configured number of messages and bytes', async () => {
    seen.length = 0;
    const transport = createMultiplexedTransport(requestText, { mediaTypes: [JOSE], maxMessages: 3, maxBytes: 10, maxInFlight: 8 });
    const bodies = ['aaaa', 'bbbb', 'cccc', 'dd', 'e', 'f', 'g'];
    const answers = await Promise.all(bodies.map((body) => transport(receiver.url, post(body))));
    assert.deepEqual(await Promise.all(answers.map((answer) => answer.text())), ['AAAA', 'BBBB', 'CCCC', 'DD', 'E', 'F', 'G']);
    assert.deepEqual(
      seen.map((request) => request.messages),
      [2, 3, 2],
    );
  });

  test('a message whose time runs out fails alone; the others of its request are answered', async () => {
    const transport = createMultiplexedTransport(requestText, { mediaTypes: [JOSE] });
    const hurried = transport(receiver.url, post('slow:300', { signal: AbortSignal.timeout(50) }));
    const patient = transport(receiver.url, post('slow:300', { signal: AbortSignal.timeout(5_000) }));
    await assert.rejects(hurried, (error: Error) => error.name === 'TimeoutError');
    assert.equal(await (await patient).text(), 'SLOW:300');
  });

  test('each message delivered gets its own answer whatever the batches are (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.stringMatching(/^[a-z.]{1,12}$/), fc.constantFrom('refuse:a.b', 'crash')), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 64 }),
        fc.integer({ min: 1, max: 4 }),
        async (bodies, maxMessages, maxInFlight) => {
          const transport = createMultiplexedTransport(requestText, { mediaTypes: [JOSE], maxMessages, maxInFlight, maxBytes: 64 });
          const answers = await Promise.all(bodies.map((body) => transport(receiver.url, post(body))));
          for (const [index, body] of bodies.entries()) {
            const answer = answers[index]!;
            if (body === 'crash') assert.equal(answer.status, 500);
            else if (body.startsWith('refuse:')) assert.equal(((await answer.json()) as { code: string }).code, 'a.b');
            else assert.equal(await answer.text(), body.toUpperCase());
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('the streamed answer of a batch', () => {
  test('each message gets its own answer however the lines arrive: any order, any cut, any character (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 }), { minLength: 2, maxLength: 12 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }),
        async (bodies, order, cuts) => {
          // A receiver read through an injected transport: the answer in a shuffled order, cut anywhere (even inside a character).
          const inner: RequestText = async (url, init = {}) => {
            if (!url.endsWith('/batch')) return { ok: true, status: 200, text: async () => `alone:${init.body}`, json: async () => null };
            const carried = JSON.parse(init.body!) as { body: string }[];
            const indexes = carried.map((_, index) => index);
            for (const [step, pick] of order.entries()) {
              const from = step % indexes.length;
              const to = pick % indexes.length;
              [indexes[from], indexes[to]] = [indexes[to]!, indexes[from]!];
            }
            const text = indexes
              .map((index) => `${JSON.stringify({ index, status: 200, type: JOSE, body: `→${carried[index]!.body}` })}\n`)
              .join('');
            const bytes = Buffer.from(text, 'utf8');
            for (let at = 0, cut = 0; at < bytes.length; cut += 1) {
              const size = cuts[cut % cuts.length]!;
              init.onChunk?.(bytes.subarray(at, at + size), 200);
              at += size;
            }
            return { ok: true, status: 200, text: async () => text, json: async () => null };
          };
          const transport = createMultiplexedTransport(inner, { mediaTypes: [JOSE] });
          const answers = await Promise.all(bodies.map((body) => transport('http://receiver.invalid/messages', post(body))));
          assert.deepEqual(
            await Promise.all(answers.map((answer) => answer.text())),
            bodies.map((body) => `→${body}`),
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the multiplexed transport towards other receivers', () => {
  const servers: http.Server[] = [];
  after(() => servers.forEach((server) => (server.closeAllConnections(), server.close())));

  /** A raw receiver: `answer` decides each request's status and body. */
  async function raw(answer: (path: string, body: string, response: http.ServerResponse) => void): Promise<string> {
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => answer(request.url ?? '', Buffer.concat(chunks).toString('utf8'), response));
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/messages`;
  }

  test('a receiver without /batch gets each message alone, and then only alone until it is asked again', async () => {
    const paths: string[] = [];
    const url = await raw((path, body, response) => {
      paths.push(path);
      if (path.endsWith('/batch')) return void response.writeHead(404).end('{"code":"route.not-found"}');
      response.writeHead(200, { 'content-type': JOSE }).end(body.toUpperCase());
    });
    let now = 0;
    const transport = createMultiplexedTransport(requestText, { mediaTypes: [JOSE], recheckAfterMs: 60_000, now: () => now });
    const send = () => Promise.all(['a', 'b', 'c'].map(async (body) => (await transport(url, post(body))).text()));
    assert.deepEqual(await send(), ['A', 'B', 'C']);
    assert.deepEqual(paths, ['/messages/batch', '/messages', '/messages', '/messages']);
    paths.length = 0;
    now = 59_000;
    assert.deepEqual(await send(), ['A', 'B', 'C']);
    assert.deepEqual(paths, ['/messages', '/messages', '/messages'], 'remembered: alone, without asking /batch');
    paths.length = 0;
    now = 61_000;
    await send();
    assert.equal(paths[0], '/messages/batch', 'asked again after a while');
  });

  test('a lost connection fails each message of the request, as it would have failed alone', async () => {
    const url = await raw((_path, _body, response) => response.socket?.destroy());
    const transport = createMultiplexedTransport(requestText, { mediaTypes: [JOSE] });
    const outcomes = await Promise.allSettled(['a', 'b', 'c'].map((body) => transport(url, post(body))));
    assert.deepEqual(
      outcomes.map((outcome) => outcome.status),
      ['rejected', 'rejected', 'rejected'],
    );
  });

  test('a server fault answering the whole request is each message’s answer, not a reason to send them again', async () => {
    const paths: string[] = [];
    const url = await raw((path, _body, response) => {
      paths.push(path);
      response.writeHead(503, { 'content-type': 'application/problem+json' }).end('{"code":"service.unavailable"}');
    });
    const transport = createMultiplexedTransport(requestText, { mediaTypes: [JOSE] });
    const answers = await Promise.all(['a', 'b'].map((body) => transport(url, post(body))));
    assert.deepEqual(
      answers.map((answer) => answer.status),
      [503, 503],
    );
    assert.deepEqual(paths, ['/messages/batch']);
  });

  test('a message the answer has no line for fails; a line that is not an answer fails them all', async () => {
    const oneLine = await raw((_path, _body, response) =>
      response.writeHead(200).end('{"index":0,"status":200,"type":"x","body":"one"}\n'),
    );
    const notLines = await raw((_path, _body, response) => response.writeHead(200).end('[{"status":200,"type":"x","body":"one"}]'));
    const inner: RequestText = requestText;
    const transport = createMultiplexedTransport(inner, { mediaTypes: [JOSE] });
    const outcomes = await Promise.allSettled(['a', 'b'].map((body) => transport(oneLine, post(body))));
    assert.deepEqual(
      outcomes.map((outcome) => outcome.status),
      ['fulfilled', 'rejected'],
    );
    const garbled = await Promise.allSettled(['a', 'b'].map((body) => transport(notLines, post(body))));
    assert.deepEqual(
      garbled.map((outcome) => outcome.status),
      ['rejected', 'rejected'],
    );
  });
});
