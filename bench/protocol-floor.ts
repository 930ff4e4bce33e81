/**
 * The protocol floor of `npm run bench`: a complete consultation's messages, signatures and
 * encryptions through the same HTTP hops as production, with no database and no application rule.
 *
 *   tsx bench/protocol-floor.ts keys <file>                  writes keys for the hub, a provider and a requester
 *   tsx bench/protocol-floor.ts hub <port> <keys> <nodeUrl> [batch|single|multiplex]   the hub's part
 *   tsx bench/protocol-floor.ts node <port> <keys> <hubUrl> [batch|single|multiplex]   a node holding both CPAS: the bench
 *     runs one for the requester and one for the provider (the hub's `nodeUrl`), as production runs a node per CPAS
 *     (`--one-node`: one process for both)
 *
 * `multiplex` signs and carries as production does: the messages each party signs in one turn of the
 * event loop share one signature over their Merkle root (ADR 0023), and the messages bound for the same
 * address in the same turn (or while four requests to it are in flight) travel in one HTTP request, each
 * still verified and answered on its own (ADR 0025, the services' own transport and batch route).
 * `batch` (the default) signs in batches but sends each message in its own request, and `single` signs
 * every message alone too, so the bench shows what each change gives in the same run.
 *
 * One consultation, as in production: the load generator posts to the node's worker route; the node
 * signs a `consultation` message to the hub (kept-alive client of packages/platform); the hub
 * verifies it (signature, audience, skew, replay in memory), signs a `summary-request` and delivers it
 * to the provider's `/exchange/v1/summary-requests` on the node; the provider verifies it, checks the
 * closed summary schema, encrypts the summary to the requester (ephemeral X25519 + AES-GCM), signs its
 * answer; the hub verifies that answer and signs the `consultation-result`; the node verifies the
 * hub's result and the provider's answer, decrypts it, checks the schema and answers 201 with JSON.
 * Both services run on Fastify, as the real ones do. What production adds to this floor is
 * PostgreSQL (replay guard, directory, log, audit, the consultation's rows) and our own code.
 */
import { createPrivateKey, createPublicKey, randomUUID } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import Fastify from 'fastify';
import { requestText } from '../packages/platform/src/http-client.ts';
import { AppError } from '../packages/platform/src/errors.ts';
import { registerBatchRoute } from '../packages/platform/src/multiplex.ts';
import { acceptsBatchForm, createSignedChannel, type Transport } from '../packages/contracts/src/protocol/channel.ts';
import { exchangeTransport } from '../packages/contracts/src/protocol/exchange-transport.ts';
import { MAX_TOKEN_LENGTH } from '../packages/contracts/src/protocol/jose-compact.ts';
import { BATCH_MEDIA_TYPE, mediaTypeOf } from '../packages/contracts/src/protocol/batch-signature.ts';
import { createMemoryReplayGuard } from '../packages/contracts/src/protocol/envelope.ts';
import { encryptFor } from '../packages/contracts/src/protocol/encryption.ts';
import { computeKid, generateInstitutionKeys, type InstitutionKeys } from '../packages/contracts/src/protocol/keys.ts';
import { ConsultationRequest, ConsultationResult, SummaryAnswer, SummaryRequest } from '../packages/contracts/src/protocol/messages.ts';
import { openSummaryAnswer } from '../packages/contracts/src/protocol/summary-answer.ts';
import { peekAudience } from '../packages/contracts/src/protocol/peek.ts';
import { validateSummary, type ShareableSummary } from '../packages/contracts/src/summary/summary.schema.ts';
import { generateNiss } from '../packages/contracts/src/niss.ts';

export const FLOOR_PROVIDER = { kbo: '0212345678', name: 'CPAS de Molenbeek-Saint-Jean' };
export const FLOOR_REQUESTER = { kbo: '0207654321', name: 'CPAS de Forest' };
const NAMES = ['hub', FLOOR_PROVIDER.kbo, FLOOR_REQUESTER.kbo] as const;

type KeyFile = Record<string, { signing: string; encryption: string }>;

async function loadKeys(file: string): Promise<Map<string, InstitutionKeys>> {
  const raw = JSON.parse(await readFile(file, 'utf8')) as KeyFile;
  const out = new Map<string, InstitutionKeys>();
  for (const [id, pems] of Object.entries(raw)) {
    const pair = (pem: string) => {
      const privateKey = createPrivateKey(pem);
      const publicKey = createPublicKey(privateKey);
      return { kid: computeKid(publicKey), privateKey, publicKey };
    };
    out.set(id, { signing: pair(pems.signing), encryption: pair(pems.encryption) });
  }
  return out;
}

type Handled = { status: number; type: string; body: string };

/**
 * One route for a message alone and, with `multiplex`, the product's `<path>/batch` (packages/platform/src/multiplex.ts)
 * over the same function: a refusal there is the message's own problem, as in the services.
 */
function route(app: ReturnType<typeof joseServer>, path: string, handle: (body: string, accept: string | undefined) => Promise<Handled>) {
  app.post(path, async (request, reply) => {
    const handled = await handle(request.body as string, request.headers.accept);
    return reply.code(handled.status).type(handled.type).send(handled.body);
  });
  registerBatchRoute(app, {
    path,
    tags: [],
    maxMessageLength: MAX_TOKEN_LENGTH,
    handle: async (message) => {
      const handled = await handle(message.body, message.accept);
      if (handled.status !== 200) throw new AppError((JSON.parse(handled.body) as { code: string }).code, handled.status, 'Refused.');
      return { type: handled.type, body: handled.body };
    },
  });
}

const refused = (status: number, code: string): Handled => ({ status, type: 'application/json', body: JSON.stringify({ code }) });

function channelFor(keys: Map<string, InstitutionKeys>, transport: Transport = requestText) {
  // The registry as the services hold it: public keys in memory (their cache of the hub's registry).
  return createSignedChannel({
    keys: {
      signingKey: (issuer, kid) => {
        const entry = keys.get(issuer);
        return entry && entry.signing.kid === kid ? entry.signing.publicKey : undefined;
      },
    },
    replay: createMemoryReplayGuard({ maxEntries: 5_000_000 }),
    clock: () => new Date(),
    transport,
    timeoutMs: 15_000,
  });
}

const identity = (id: string, keys: Map<string, InstitutionKeys>) => ({ id, signing: keys.get(id)!.signing });

/** The summary the production bench's provider derives: one granted RIS decision. */
function summaryFor(niss: string): ShareableSummary {
  return {
    schema: 'rse.summary/1',
    generatedAt: new Date().toISOString(),
    provider: { kbo: FLOOR_PROVIDER.kbo, name: FLOOR_PROVIDER.name, serviceContact: { phone: '+32 2 000 00 00' } },
    fileRef: 'AR-2026-000123',
    person: { niss },
    decisions: [
      {
        ref: 'D-2026-000042',
        decidedAt: new Date(Date.now() - 50 * 86_400_000).toISOString().slice(0, 10),
        aidType: 'ris',
        outcome: 'granted',
        amountCents: 129_874,
        legalBasis: 'ris-law-2002',
        motivationCategory: 'state-of-need-established',
        status: 'final',
      },
    ],
    statements: [],
  };
}

function joseServer() {
  const app = Fastify({ logger: false, bodyLimit: 2 * 1024 * 1024 });
  app.addContentTypeParser(['application/jose', BATCH_MEDIA_TYPE], { parseAs: 'string' }, (_request, body, done) => done(null, body));
  return app;
}

async function hub(port: number, keys: Map<string, InstitutionKeys>, nodeUrl: string, signing: string) {
  const isBatch = signing !== 'single';
  const channel = channelFor(keys, exchangeTransport({ isMultiplexed: signing === 'multiplex' }));
  const me = identity('hub', keys);
  const app = joseServer();
  route(app, '/hub/v1/consultations', async (body, accept) => {
    const received = await channel.receive(body, { audience: 'hub', message: ConsultationRequest });
    if (!received.ok) return refused(received.status, received.code);
    const claims = received.claims;
    const consultationId = randomUUID();
    const requester = claims.iss === FLOOR_REQUESTER.kbo ? FLOOR_REQUESTER : FLOOR_PROVIDER;
    const delivery = await channel.send({
      as: me,
      to: { audience: FLOOR_PROVIDER.kbo, url: `${nodeUrl}/exchange/v1/summary-requests` },
      payload: {
        type: 'summary-request',
        consultationId,
        niss: claims.niss,
        purpose: claims.purpose,
        items: ['decisions', 'contact'],
        requester,
      },
      answer: SummaryAnswer,
      answerAudience: requester.kbo,
      batch: isBatch,
      acceptsBatch: isBatch && acceptsBatchForm(accept),
    });
    const result = delivery.ok
      ? { status: delivery.claims.status, answer: delivery.token, reasonCode: delivery.claims.reasonCode ?? null }
      : { status: 'error', answer: null, reasonCode: 'provider.failed' };
    const payload = {
      type: 'consultation-result',
      consultationId,
      leafIndex: 0,
      results: [{ provider: FLOOR_PROVIDER, ...result, leafIndex: 2 }],
    };
    const token =
      isBatch && acceptsBatchForm(accept) ? await channel.signInBatch(me, claims.iss, payload) : channel.sign(me, claims.iss, payload);
    return { status: 200, type: mediaTypeOf(token), body: token };
  });
  await app.listen({ port, host: '127.0.0.1' });
}

async function node(port: number, keys: Map<string, InstitutionKeys>, hubUrl: string, signing: string) {
  const isBatch = signing !== 'single';
  const channel = channelFor(keys, exchangeTransport({ isMultiplexed: signing === 'multiplex' }));
  const app = joseServer();
  // The provider's end: verify the hub's request, check and encrypt the summary, sign the answer.
  route(app, '/exchange/v1/summary-requests', async (body, accept) => {
    const tenant = peekAudience(body);
    if (tenant !== FLOOR_PROVIDER.kbo) return refused(404, 'exchange.unknown-recipient');
    const received = await channel.receive(body, { audience: tenant, from: 'hub', message: SummaryRequest });
    if (!received.ok) return refused(received.reason === 'signature' ? received.status : 422, received.code);
    const claims = received.claims;
    const checked = validateSummary(summaryFor(claims.niss));
    if (!checked.ok) return refused(500, 'summary.invalid');
    const to = keys.get(claims.requester.kbo)!.encryption;
    const payload = {
      type: 'summary-answer',
      consultationId: claims.consultationId,
      status: 'answered',
      summary: encryptFor(to.publicKey, to.kid, checked.summary),
    };
    const answer = acceptsBatchForm(accept)
      ? await channel.signInBatch(identity(tenant, keys), claims.requester.kbo, payload)
      : channel.sign(identity(tenant, keys), claims.requester.kbo, payload);
    return { status: 200, type: mediaTypeOf(answer), body: answer };
  });
  // The worker's route at the requester: ask the hub, open every answer, answer the view.
  const niss = generateNiss({ birthDate: '1975-03-15', sequence: 77 });
  app.post('/api/v1/aid-requests/:id/rse-consultations', async (request, reply) => {
    const { purpose } = request.body as { purpose: string };
    const me = identity(FLOOR_REQUESTER.kbo, keys);
    const outcome = await channel.send({
      as: me,
      to: { audience: 'hub', url: `${hubUrl}/hub/v1/consultations` },
      payload: { niss, purpose, fileRef: 'AR-2026-000123', workerRef: 'u-42', personInformedAt: new Date().toISOString() },
      answer: ConsultationResult,
      batch: isBatch,
      acceptsBatch: isBatch,
    });
    if (!outcome.ok) return reply.code(503).send({ code: 'hub.unreachable' });
    const context = {
      channel,
      audience: FLOOR_REQUESTER.kbo,
      decryptionKey: keys.get(FLOOR_REQUESTER.kbo)!.encryption.privateKey,
      niss,
      consultationId: outcome.claims.consultationId,
    };
    const responses = await Promise.all(outcome.claims.results.map((result) => openSummaryAnswer(result, context)));
    return reply.code(201).send({
      id: outcome.claims.consultationId,
      purpose,
      status: 'complete',
      responses: responses.map((opened, index) => ({
        provider: outcome.claims.results[index]!.provider,
        status: opened.status,
        ...(opened.summary ? { summary: opened.summary } : {}),
      })),
    });
  });
  await app.listen({ port, host: '127.0.0.1' });
}

const [role, ...rest] = process.argv.slice(2);
if (role === 'keys') {
  const out: KeyFile = {};
  for (const id of NAMES) {
    const generated = generateInstitutionKeys();
    out[id] = {
      signing: generated.signing.privateKey.export({ format: 'pem', type: 'pkcs8' }) as string,
      encryption: generated.encryption.privateKey.export({ format: 'pem', type: 'pkcs8' }) as string,
    };
  }
  await writeFile(rest[0]!, JSON.stringify(out), { mode: 0o600 });
} else if (role === 'hub' || role === 'node') {
  const [portText, keyFile, otherUrl, signing = 'batch'] = rest;
  const keys = await loadKeys(keyFile!);
  await (role === 'hub' ? hub : node)(Number(portText), keys, otherUrl!, signing);
  // Exit cleanly on a signal, so that --cpu-prof writes its profile.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => process.exit(0));
  process.stdout.write('ready\n');
} else if (role !== undefined) {
  process.stderr.write(
    'usage: protocol-floor.ts keys <file> | hub <port> <keys> <nodeUrl> [batch|single|multiplex] | node <port> <keys> <hubUrl> [batch|single|multiplex]\n',
  );
  process.exit(2);
}
