/**
 * Several signed messages per HTTP request over HTTP (ADR 0025): the hub's `/hub/v1/consultations/batch`
 * answers each carried message exactly as alone (its own problem when refused, its own signed answer and
 * exchange-log legs when accepted), refuses a bad envelope without handling any message, the node's
 * `/exchange/v1/summary-requests/batch` does the same for the hub's messages, and concurrent consultations
 * from the worker API travel several per request between the node, the hub and the provider — unless
 * EXCHANGE_MULTIPLEX=false, when every message goes alone.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { startTestFederation, type TestFederation } from './federation.ts';
import { FOREST, MOLENBEEK, DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';
import { createHubLink } from '#contracts/protocol/hub-link.ts';
import { signMessage } from '#contracts/protocol/envelope.ts';
import { BATCH_MEDIA_TYPE, isBatchForm } from '#contracts/protocol/batch-signature.ts';
import { ConsultationResult, SummaryAnswer } from '#contracts/protocol/messages.ts';
import { openSummaryAnswer } from '#contracts/protocol/summary-answer.ts';

const nadia = DEMO_PERSONS.find((p) => p.scenario === 'moved')!;
const BATCH_ACCEPT = `application/jose, ${BATCH_MEDIA_TYPE}`;
/** A KBO number no institution of the federation has. */
const NOBODY = '0123456749';

type Answer = { status: number; type: string; text: string; body: unknown };
type Carried = { status: number; type: string; body: string };

/** One federation with what the tests need of it: Nadia's aid request at Forest and a link to verify the hub's answers. */
type Context = { fed: TestFederation; link: ReturnType<typeof createHubLink>; nadiaRequestId: string };

async function startContext(env?: Record<string, string>): Promise<Context> {
  const fed = await startTestFederation({ providerTimeoutMs: 5_000, ...(env ? { env } : {}) });
  const marie = await fed.login('marie.forest');
  const person = await fed.api(marie, 'GET', `/api/v1/persons?niss=${nadia.niss}`);
  const requests = await fed.api(marie, 'GET', `/api/v1/aid-requests?personId=${person.body.items[0].id}`);
  await fed.services.relay.flush();
  const link = createHubLink({
    hubUrl: () => `${fed.baseUrl}/hub`,
    clock: () => new Date(),
    transport: fetch,
    replayEntries: 10_000,
    unreachable: (cause) => new Error(`hub unreachable: ${String(cause)}`),
  });
  return { fed, link, nadiaRequestId: requests.body.items[0].id as string };
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function post(ctx: Context, path: string, body: string, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${ctx.fed.baseUrl}${path}`, { method: 'POST', headers, body });
  const text = await response.text();
  return { status: response.status, type: response.headers.get('content-type') ?? '', text, body: parse(text) };
}

/** The stable code of a refusal's problem document. */
const codeOf = (answer: Answer) => (answer.body as { code?: string } | null)?.code;

/** A signed message posted alone, as a sender without multiplexing posts it. */
const postAlone = (ctx: Context, path: string, token: string, accept?: string) =>
  post(ctx, path, token, {
    'content-type': isBatchForm(token) ? BATCH_MEDIA_TYPE : 'application/jose',
    ...(accept ? { accept } : {}),
  });

/**
 * Several messages in one request to `<path>/batch`. A 200 answer is one line per message, `{ index, status, type, body }`,
 * in the order they were answered: `body` is then the answers put back in the order of the request.
 */
async function postBatch(ctx: Context, path: string, items: unknown): Promise<Answer> {
  const answer = await post(ctx, `${path}/batch`, typeof items === 'string' ? items : JSON.stringify(items), {
    'content-type': 'application/json',
  });
  if (answer.status !== 200) return answer;
  const ordered: Carried[] = [];
  for (const line of answer.text.split('\n').filter(Boolean)) {
    const { index, ...carried } = JSON.parse(line) as Carried & { index: number };
    assert.equal(ordered[index], undefined, `one line per message: ${index} twice`);
    ordered[index] = carried;
  }
  return { ...answer, body: ordered };
}

/** The problem of a refusal without what names the one request (its id): what must be the same alone and carried. */
function problemOf(status: number, type: string, text: string) {
  const { requestId: _requestId, ...problem } = JSON.parse(text) as Record<string, unknown>;
  return { status, type, problem };
}

/** Metric values of one service, summed over the series whose labels include `labels`. */
async function metrics(ctx: Context, prefix: string) {
  const text = await (await fetch(`${ctx.fed.baseUrl}${prefix}/metrics`)).text();
  const series = text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => /^([A-Za-z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line))
    .filter((match) => match !== null)
    .map(([, name, labels = '', value]) => ({
      name: name!,
      labels: Object.fromEntries([...labels.matchAll(/(\w+)="([^"]*)"/g)].map(([, key, label]) => [key!, label!])),
      value: Number(value),
    }));
  return (name: string, labels: Record<string, string> = {}) =>
    series
      .filter((s) => s.name === name && Object.entries(labels).every(([key, label]) => s.labels[key] === label))
      .reduce((sum, s) => sum + s.value, 0);
}

/** The HTTP requests the federation's services received at `path` since `from` (an offset in its log). */
function requestsTo(ctx: Context, path: string, from: number): number {
  return ctx.fed
    .logs()
    .slice(from)
    .split('\n')
    .map((line) => parse(line) as { msg?: string; req?: { method?: string; path?: string } } | null)
    .filter((line) => line?.msg === 'incoming request' && line.req?.method === 'POST' && line.req?.path === path).length;
}

/** A message signed by Forest (to the hub unless `audience` says otherwise). */
function forestSigned(ctx: Context, payload: Record<string, unknown>, options: { audience?: string; jti?: string } = {}) {
  const { signing } = ctx.fed.tenants.byKbo(FOREST.kbo)!.keys;
  return signMessage({
    payload,
    issuer: FOREST.kbo,
    audience: options.audience ?? 'hub',
    signingKey: signing.privateKey,
    kid: signing.kid,
    ...(options.jti ? { jti: options.jti } : {}),
  });
}

/** A message signed by the hub, as it sends one to an institution. */
function hubSigned(ctx: Context, audience: string, payload: Record<string, unknown>) {
  return ctx.link.channel.sign({ id: 'hub', signing: ctx.fed.hub.keys.signing }, audience, payload);
}

const consultationOf = (ctx: Context) => ({
  niss: nadia.niss,
  purpose: 'social-investigation',
  fileRef: ctx.nadiaRequestId,
  workerRef: 'w',
  personInformedAt: new Date().toISOString(),
});

const summaryRequestOf = () => ({
  type: 'summary-request',
  consultationId: randomUUID(),
  niss: nadia.niss,
  purpose: 'social-investigation',
  items: ['decisions'],
  requester: { kbo: FOREST.kbo, name: FOREST.name },
});

/** The same token with one character of its signature changed. */
function withAlteredSignature(token: string): string {
  const parts = token.split('.');
  const signature = parts[2]!;
  parts[2] = `${signature.slice(0, 10)}${signature[10] === 'A' ? 'B' : 'A'}${signature.slice(11)}`;
  return parts.join('.');
}

/** The hub's answer verified as Forest, and the provider's summaries in it opened with Forest's key. */
async function openResult(ctx: Context, text: string) {
  const received = await ctx.link.channel.receive(text, { audience: FOREST.kbo, message: ConsultationResult, from: 'hub' });
  assert.ok(received.ok, JSON.stringify(received));
  const context = {
    channel: ctx.link.channel,
    audience: FOREST.kbo,
    decryptionKey: ctx.fed.tenants.byKbo(FOREST.kbo)!.keys.encryption.privateKey,
    niss: nadia.niss,
    consultationId: received.claims.consultationId,
  };
  const opened = await Promise.all(received.claims.results.map((result) => openSummaryAnswer(result, context)));
  return { claims: received.claims, opened };
}

/** The hub's exchange-log legs, in order. */
async function legs(ctx: Context) {
  const rows = await ctx.fed.hub.db.query<{ leaf_index: string; leaf: Buffer }>(
    'SELECT leaf_index, leaf FROM log_leaves ORDER BY leaf_index',
  );
  return rows.map((row) => ({
    index: Number(row.leaf_index),
    ...(JSON.parse(row.leaf.toString('utf8')) as { type: string; outcome: string; consultationId?: string }),
  }));
}

/** Forest's person is informed (R33), then `count` consultations asked at once through the worker API. */
async function consultConcurrently(ctx: Context, count: number) {
  const marie = await ctx.fed.login('marie.forest');
  const informed = await ctx.fed.api(marie, 'POST', `/api/v1/aid-requests/${ctx.nadiaRequestId}/person-informed`, {
    informedAt: new Date().toISOString(),
    method: 'in-person',
  });
  assert.equal(informed.status, 201, informed.text);
  const responses = await Promise.all(
    Array.from({ length: count }, () =>
      ctx.fed.api(marie, 'POST', `/api/v1/aid-requests/${ctx.nadiaRequestId}/rse-consultations`, { purpose: 'social-investigation' }),
    ),
  );
  for (const response of responses) {
    assert.equal(response.status, 201, response.text);
    assert.equal(response.body.responses[0].status, 'answered', response.text);
  }
  assert.equal(new Set(responses.map((response) => response.body.id)).size, count, 'one consultation each');
}

const CONCURRENT = 16;

describe('multiplexing on (the default)', () => {
  let ctx: Context;
  before(async () => {
    ctx = await startContext();
  });
  after(async () => {
    await ctx.fed.close();
  });

  test('a batch of consultations refuses each bad message alone, with the problem it gets alone, and answers the others', async () => {
    const path = '/hub/v1/consultations';
    const before = await metrics(ctx, '/hub');
    const legsBefore = await legs(ctx);
    // A replayed message: sent alone first, then carried.
    const sent = forestSigned(ctx, consultationOf(ctx));
    assert.equal((await postAlone(ctx, path, sent)).status, 200);
    const twice = forestSigned(ctx, consultationOf(ctx));
    const { workerRef: _workerRef, ...withoutWorkerRef } = consultationOf(ctx);
    const items = [
      { body: forestSigned(ctx, consultationOf(ctx)) },
      { body: withAlteredSignature(forestSigned(ctx, consultationOf(ctx))) },
      { body: forestSigned(ctx, consultationOf(ctx)), accept: BATCH_ACCEPT },
      { body: sent },
      { body: forestSigned(ctx, consultationOf(ctx), { audience: MOLENBEEK.kbo }) },
      { body: forestSigned(ctx, consultationOf(ctx)), accept: 'application/jose' },
      { body: forestSigned(ctx, withoutWorkerRef) },
      { body: twice },
      { body: twice },
      { body: forestSigned(ctx, consultationOf(ctx)), accept: BATCH_ACCEPT },
    ];
    const batch = await postBatch(ctx, path, items);
    assert.equal(batch.status, 200, batch.text);
    assert.match(batch.type, /^application\/x-ndjson/);
    const answers = batch.body as Carried[];
    assert.equal(answers.length, items.length);

    // The same refusals, each a fresh message of its kind posted alone.
    const replayedAlone = forestSigned(ctx, consultationOf(ctx));
    assert.equal((await postAlone(ctx, path, replayedAlone)).status, 200);
    const alone = {
      invalid: await postAlone(ctx, path, withAlteredSignature(forestSigned(ctx, consultationOf(ctx)))),
      replayed: await postAlone(ctx, path, replayedAlone),
      wrongAudience: await postAlone(ctx, path, forestSigned(ctx, consultationOf(ctx), { audience: MOLENBEEK.kbo })),
      malformed: await postAlone(ctx, path, forestSigned(ctx, withoutWorkerRef)),
    };
    const expected = {
      invalid: [401, 'signature.invalid'],
      replayed: [409, 'signature.replayed'],
      wrongAudience: [401, 'signature.wrong-audience'],
      malformed: [422, 'consultation.malformed'],
    } as const;
    for (const [kind, [status, code]] of Object.entries(expected)) {
      const answer = alone[kind as keyof typeof alone];
      assert.equal(answer.status, status, `${kind} alone: ${answer.text}`);
      assert.equal(codeOf(answer), code, `${kind} alone: ${answer.text}`);
    }
    const carriedProblem = (index: number) => problemOf(answers[index]!.status, answers[index]!.type, answers[index]!.body);
    const aloneProblem = (answer: Answer) => problemOf(answer.status, answer.type, answer.text);
    assert.deepEqual(carriedProblem(1), aloneProblem(alone.invalid), 'an altered signature');
    assert.deepEqual(carriedProblem(3), aloneProblem(alone.replayed), 'a message already sent');
    assert.deepEqual(carriedProblem(4), aloneProblem(alone.wrongAudience), 'a message signed for another institution');
    assert.deepEqual(carriedProblem(6), aloneProblem(alone.malformed), 'a consultation without workerRef');
    // The same message twice in one batch: one is answered, the other is the replay it would be alone.
    const pair = [answers[7]!, answers[8]!];
    assert.deepEqual(pair.map((answer) => answer.status).sort(), [200, 409], JSON.stringify(pair));
    const second = pair.find((answer) => answer.status === 409)!;
    assert.deepEqual(problemOf(second.status, second.type, second.body), aloneProblem(alone.replayed), 'the same message twice');
    // Each refusal names its own message: the batch request's id and its place in it.
    for (const index of [1, 3, 4, 6]) assert.match(JSON.parse(answers[index]!.body).requestId, new RegExp(`:${index}$`));

    // The good ones: signed answers that verify on their own, compact JWS unless the item's accept names the batch form.
    const good = [0, 2, 5, 9, pair[0]!.status === 200 ? 7 : 8];
    const results = [];
    for (const index of good) {
      const answer = answers[index]!;
      assert.equal(answer.status, 200, answer.body);
      if (index === 0 || index === 5) {
        assert.match(answer.type, /^application\/jose/);
        assert.equal(answer.body.split('.').length, 3, 'plain compact JWS');
      } else assert.ok(answer.type.startsWith(isBatchForm(answer.body) ? BATCH_MEDIA_TYPE : 'application/jose'), answer.type);
      const { claims, opened } = await openResult(ctx, answer.body);
      assert.equal(opened[0]!.status, 'answered');
      assert.equal(opened[0]!.summary?.person.niss, nadia.niss);
      results.push(claims);
    }
    // Each its own consultation, with its own legs in the exchange log: accepted, then forwarded and answered per provider.
    assert.equal(new Set(results.map((claims) => claims.consultationId)).size, good.length, 'one consultation id each');
    assert.equal(new Set(results.map((claims) => claims.leafIndex)).size, good.length, 'one accepted leg each');
    const legsAfter = await legs(ctx);
    for (const claims of results) {
      const own = legsAfter.filter((leg) => leg.consultationId === claims.consultationId);
      assert.deepEqual(
        own.map((leg) => leg.type),
        ['consultation.accepted', ...claims.results.flatMap(() => ['summary.forwarded', 'summary.answered'])],
        claims.consultationId,
      );
      assert.equal(own[0]!.index, claims.leafIndex, 'the answer names its accepted leg');
      assert.deepEqual(
        own
          .slice(1)
          .filter((leg) => leg.type === 'summary.answered')
          .map((leg) => leg.index),
        claims.results.map((result) => result.leafIndex),
      );
    }
    // As alone: the verified, malformed consultation is a refused leg (carried and alone); refused signatures are not (F2).
    const newLegs = legsAfter.slice(legsBefore.length);
    const refused = newLegs.filter((leg) => leg.type === 'consultation.refused').map((leg) => leg.outcome);
    assert.deepEqual(refused, ['consultation.malformed', 'consultation.malformed']);
    // As alone: each refusal before verification counted, and each carried message observed by the consultation histogram.
    const now = await metrics(ctx, '/hub');
    const delta = (name: string, labels: Record<string, string>) => now(name, labels) - before(name, labels);
    for (const [code, count] of [
      ['signature.invalid', 2],
      ['signature.replayed', 3],
      ['signature.wrong-audience', 2],
    ] as const)
      assert.equal(delta('rse_hub_unverified_refusals_total', { code }), count, code);
    const histogram = 'rse_hub_consultation_duration_seconds_count';
    for (const [status, count] of [
      ['200', 7],
      ['401', 4],
      ['409', 3],
      ['422', 2],
    ] as const)
      assert.equal(delta(histogram, { route: '/v1/consultations', status }), count, `status ${status}`);
  });

  test('a bad envelope is refused whole with 422 validation.failed, and none of its messages is handled', async () => {
    const path = '/hub/v1/consultations';
    const tokens = Array.from({ length: 65 }, () => forestSigned(ctx, consultationOf(ctx), { jti: randomUUID() }));
    const size = (await legs(ctx)).length;
    const before = await metrics(ctx, '/hub');
    const envelopes: [string, unknown][] = [
      ['an object, not an array', { body: tokens[0] }],
      ['a string, not an array', JSON.stringify(tokens[0])],
      ['an empty array', []],
      ['65 messages', tokens.map((body) => ({ body }))],
      ['an item with an unknown field', [{ body: tokens[1] }, { body: tokens[2], accept: 'application/jose', priority: 1 }]],
      ['an item without body', [{ body: tokens[3] }, { accept: 'application/jose' }]],
      ['an item whose body is not a string', [{ body: tokens[4] }, { body: 42 }]],
    ];
    for (const [what, envelope] of envelopes) {
      const answer = await postBatch(ctx, path, envelope);
      assert.equal(answer.status, 422, `${what}: ${answer.text.slice(0, 300)}`);
      assert.match(answer.type, /^application\/problem\+json/, what);
      assert.equal(codeOf(answer), 'validation.failed', what);
    }
    // Not JSON at all: the sender's mistake too, never a fault of the hub.
    const garbled = await postBatch(ctx, path, '[{"body": ');
    assert.equal(garbled.status, 400, garbled.text);
    assert.equal(codeOf(garbled), 'request.malformed-json');
    // Nothing handled: no id remembered, no leg, no consultation observed.
    const jtis = tokens.map((token) => JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString()).jti as string);
    const seen = async () =>
      (
        await ctx.fed.hub.db.query<{ jti: string }>('SELECT jti FROM seen_messages WHERE issuer = $1 AND jti = ANY($2::text[])', [
          FOREST.kbo,
          jtis,
        ])
      ).map((row) => row.jti);
    assert.deepEqual(await seen(), [], 'no message id reached the replay guard');
    assert.equal((await legs(ctx)).length, size, 'no leg appended');
    const after = await metrics(ctx, '/hub');
    const name = 'rse_hub_consultation_duration_seconds_count';
    assert.equal(after(name), before(name), 'no consultation observed');
    // …so each message is still fresh: posted alone, it is answered.
    for (const token of [tokens[0]!, tokens[1]!, tokens[64]!]) {
      const answer = await postAlone(ctx, path, token);
      assert.equal(answer.status, 200, answer.text);
      await openResult(ctx, answer.text);
    }
    assert.deepEqual((await seen()).sort(), [jtis[0]!, jtis[1]!, jtis[64]!].sort(), 'the guard remembers the ids it handled');
  });

  test("the node's summary-requests batch answers an unknown recipient and a message not from the hub each with its own problem", async () => {
    const path = '/exchange/v1/summary-requests';
    const items = [
      { body: hubSigned(ctx, NOBODY, summaryRequestOf()) },
      { body: forestSigned(ctx, summaryRequestOf(), { audience: MOLENBEEK.kbo }) },
      { body: hubSigned(ctx, MOLENBEEK.kbo, summaryRequestOf()), accept: 'application/jose' },
    ];
    const batch = await postBatch(ctx, path, items);
    assert.equal(batch.status, 200, batch.text);
    const answers = batch.body as Carried[];
    assert.equal(answers.length, 3);
    const unknown = await postAlone(ctx, path, hubSigned(ctx, NOBODY, summaryRequestOf()));
    const notFromHub = await postAlone(ctx, path, forestSigned(ctx, summaryRequestOf(), { audience: MOLENBEEK.kbo }));
    assert.equal(unknown.status, 404, unknown.text);
    assert.equal(codeOf(unknown), 'exchange.unknown-recipient');
    assert.equal(notFromHub.status, 401, notFromHub.text);
    assert.equal(codeOf(notFromHub), 'signature.unknown-institution');
    assert.deepEqual(
      problemOf(answers[0]!.status, answers[0]!.type, answers[0]!.body),
      problemOf(unknown.status, unknown.type, unknown.text),
    );
    assert.deepEqual(
      problemOf(answers[1]!.status, answers[1]!.type, answers[1]!.body),
      problemOf(notFromHub.status, notFromHub.type, notFromHub.text),
    );
    // The hub's own message is answered by Molenbeek, signed for Forest, and verifies on its own.
    const answered = answers[2]!;
    assert.equal(answered.status, 200, answered.body);
    assert.match(answered.type, /^application\/jose/);
    const received = await ctx.link.channel.receive(answered.body, { audience: FOREST.kbo, message: SummaryAnswer, from: MOLENBEEK.kbo });
    assert.ok(received.ok, JSON.stringify(received));
    assert.equal(
      received.claims.consultationId,
      JSON.parse(Buffer.from(items[2]!.body.split('.')[1]!, 'base64url').toString()).consultationId,
    );
  });

  test('concurrent consultations from the worker API travel several per request, each observed and answered as alone', async () => {
    const before = await metrics(ctx, '/hub');
    const nodeBefore = await metrics(ctx, '');
    const from = ctx.fed.logs().length;
    await consultConcurrently(ctx, CONCURRENT);
    const after = await metrics(ctx, '/hub');
    const delta = (name: string, labels: Record<string, string> = {}) => after(name, labels) - before(name, labels);
    // Hub → provider: Molenbeek's summary requests were carried several per request.
    const carriedRequests = delta('rse_hub_multiplexed_requests_total');
    const carriedMessages = delta('rse_hub_multiplexed_messages_total');
    assert.ok(carriedRequests >= 1, `requests that carried several: ${carriedRequests}`);
    assert.ok(carriedMessages >= 2 * carriedRequests && carriedMessages <= CONCURRENT, `messages carried: ${carriedMessages}`);
    assert.equal(requestsTo(ctx, '/exchange/v1/summary-requests/batch', from), carriedRequests, 'each counted request reached the node');
    // Node → hub: the consultations reached the hub several per request too, and each was observed as alone.
    const toHub = requestsTo(ctx, '/hub/v1/consultations/batch', from);
    const aloneToHub = requestsTo(ctx, '/hub/v1/consultations', from);
    assert.ok(toHub >= 1, `batch requests to the hub: ${toHub}`);
    assert.ok(toHub + aloneToHub < CONCURRENT, `${toHub} batches and ${aloneToHub} alone carried ${CONCURRENT} consultations`);
    const nodeAfter = await metrics(ctx, '');
    const nodeCarried =
      nodeAfter('rse_casework_multiplexed_requests_total', {}) - nodeBefore('rse_casework_multiplexed_requests_total', {});
    // At least: the node's other messages to the hub (an audit anchor of each CPAS) may travel together meanwhile.
    assert.ok(nodeCarried >= toHub, `the node counts each request that carried several consultations: ${nodeCarried} < ${toHub}`);
    const nodeMessages =
      nodeAfter('rse_casework_multiplexed_messages_total', {}) - nodeBefore('rse_casework_multiplexed_messages_total', {});
    assert.ok(
      nodeMessages + aloneToHub >= CONCURRENT,
      `every consultation went to the hub carried (${nodeMessages}) or alone (${aloneToHub})`,
    );
    assert.equal(delta('rse_hub_consultation_duration_seconds_count', { route: '/v1/consultations', status: '200' }), CONCURRENT);
    assert.equal(delta('rse_hub_consultation_duration_seconds_count'), CONCURRENT, 'no other status observed');
  });
});

describe('EXCHANGE_MULTIPLEX=false', () => {
  let ctx: Context;
  before(async () => {
    ctx = await startContext({ EXCHANGE_MULTIPLEX: 'false' });
  });
  after(async () => {
    await ctx.fed.close();
  });

  test('the same concurrent consultations are each answered, every message alone', async () => {
    const before = await metrics(ctx, '/hub');
    const from = ctx.fed.logs().length;
    await consultConcurrently(ctx, CONCURRENT);
    const after = await metrics(ctx, '/hub');
    assert.equal(after('rse_hub_multiplexed_requests_total'), 0);
    assert.equal(after('rse_hub_multiplexed_messages_total'), 0);
    assert.equal(requestsTo(ctx, '/exchange/v1/summary-requests/batch', from), 0, 'no batch to the provider');
    assert.equal(requestsTo(ctx, '/hub/v1/consultations/batch', from), 0, 'no batch to the hub');
    assert.equal(requestsTo(ctx, '/hub/v1/consultations', from), CONCURRENT, 'one request to the hub per consultation');
    assert.equal(requestsTo(ctx, '/exchange/v1/summary-requests', from), CONCURRENT, 'one request to the provider per consultation');
    const name = 'rse_hub_consultation_duration_seconds_count';
    assert.equal(after(name, { status: '200' }) - before(name, { status: '200' }), CONCURRENT);
  });
});
