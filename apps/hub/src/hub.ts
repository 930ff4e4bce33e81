/**
 * The hub's services and HTTP plugin (`/hub`): the registry, the directory, consultation routing and
 * the exchange log. Its start (database, keys and pseudonym secret, the corrections loop) is start.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import { Type } from '@sinclair/typebox';
import type { Database } from '#platform/db.ts';
import { AppError } from '#platform/errors.ts';
import { isMigrated } from '#platform/migrate.ts';
import type { Logger } from '#platform/logger.ts';
import { sendProblem } from '#platform/http.ts';
import { requestText } from '#platform/http-client.ts';
import { toPublicJwks, type InstitutionKeys } from '#contracts/protocol/keys.ts';
import { createRegistry, type Registry } from './modules/registry/registry.service.ts';
import type { Pseudonymiser } from './modules/directory/pseudonym.ts';
import { createIntegrationService } from './modules/directory/integrations.service.ts';
import { createConsultationService } from './modules/consultations/consultations.service.ts';
import { createPostgresReplayGuard } from './modules/consultations/replay-guard.ts';
import { createExchangeLog } from './modules/exchange-log/exchange-log.service.ts';
import { createCorrectionService } from './modules/corrections/corrections.service.ts';
import { createPersonAccessService, type PersonAccessService } from './modules/person-access/person-access.service.ts';
import { registerPersonAccessRoutes } from './modules/person-access/person-access.routes.ts';

export const HUB_MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');
/** The hub's own registry entry (its messages are issued as `hub`). */
export const HUB_KBO = '0999999922';

export type Hub = {
  db: Database;
  keys: InstitutionKeys;
  registry: Registry;
  pseudonymise: Pseudonymiser;
  log: ReturnType<typeof createExchangeLog>;
  consultations: ReturnType<typeof createConsultationService>;
  integrations: ReturnType<typeof createIntegrationService>;
  corrections: ReturnType<typeof createCorrectionService>;
  personAccess: PersonAccessService;
  close(): Promise<void>;
};

/** The hub's services over an open, migrated database and loaded keys (opening them and the loops: start.ts). */
export function createHub(options: {
  db: Database;
  keys: InstitutionKeys;
  pseudonymise: Pseudonymiser;
  log: Logger;
  clock: () => Date;
  providerTimeoutMs?: number;
  fetch?: typeof fetch;
}): Hub {
  const { db, keys, pseudonymise } = options;
  const registry = createRegistry(db);
  const replay = createPostgresReplayGuard(db);
  const log = createExchangeLog({ db, signing: keys.signing, clock: options.clock });
  const consultations = createConsultationService({
    db,
    registry,
    pseudonymise,
    exchangeLog: log.exchangeLog,
    replay,
    signing: keys.signing,
    log: options.log.child({ module: 'hub' }),
    clock: options.clock,
    providerTimeoutMs: options.providerTimeoutMs ?? 5_000,
    recentMonths: 24,
    fetch: options.fetch ?? requestText,
  });
  const integrations = createIntegrationService({ db, registry, pseudonymise, replay, signing: keys.signing, clock: options.clock });
  const corrections = createCorrectionService({
    db,
    registry,
    pseudonymise,
    exchangeLog: log.exchangeLog,
    replay,
    signing: keys.signing,
    log: options.log.child({ module: 'hub' }),
    clock: options.clock,
    fetch: options.fetch ?? fetch,
    noticeMonths: 24,
    deliveryTimeoutMs: options.providerTimeoutMs ?? 5_000,
  });
  const personAccess = createPersonAccessService({
    db,
    registry,
    pseudonymise,
    exchangeLog: log.exchangeLog,
    treeHead: log.latestTreeHead,
    inclusionProof: log.inclusionProof,
    replay,
    signing: keys.signing,
    log: options.log.child({ module: 'hub' }),
    clock: options.clock,
    providerTimeoutMs: options.providerTimeoutMs ?? 5_000,
    recentMonths: 24,
    fetch: options.fetch ?? fetch,
  });
  return {
    db,
    keys,
    registry,
    pseudonymise,
    log,
    consultations,
    integrations,
    corrections,
    personAccess,
    async close() {
      await corrections.stop();
      await db.close();
    },
  };
}

export async function registerHubItself(hub: Hub, endpoint: string): Promise<void> {
  await hub.registry.register({ kbo: HUB_KBO, name: 'Hub RSE (crossroads)', kind: 'hub', endpoint, jwks: toPublicJwks(hub.keys) });
}

const Nat = Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER });

export function hubPlugin(hub: Hub) {
  return async function hubRoutes(app: FastifyInstance): Promise<void> {
    app.addContentTypeParser('application/jose', { parseAs: 'string', bodyLimit: 1024 * 1024 }, (_request, body, done) => done(null, body));
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'RSE hub',
          version: '1.0.0',
          description: 'The crossroads: registry, person directory, policy, routing and the exchange log (api-contract.md, Hub).',
        },
      },
    });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
    app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
      if (await isMigrated(hub.db, HUB_MIGRATIONS).catch(() => false)) return { status: 'ready' };
      return sendProblem(request, reply, 503, 'service.not-ready', 'The hub database is not reachable or not migrated yet.');
    });
    const jose = { 200: { type: 'string', description: 'compact JWS signed by the hub (application/jose)' } };

    app.get('/v1/institutions', { schema: { tags: ['registry'] } }, async () => ({ items: await hub.registry.list() }));

    app.post(
      '/v1/integrations',
      { schema: { tags: ['directory'], body: { type: 'string', description: 'compact JWS' }, response: jose } },
      async (request, reply) => reply.type('application/jose').send(await hub.integrations.handle(request.body)),
    );

    app.post(
      '/v1/consultations',
      { schema: { tags: ['consultations'], body: { type: 'string', description: 'compact JWS' }, response: jose } },
      async (request, reply) => reply.type('application/jose').send(await hub.consultations.consult(request.body)),
    );

    app.post(
      '/v1/corrections',
      { schema: { tags: ['corrections'], body: { type: 'string', description: 'compact JWS' }, response: jose } },
      async (request, reply) => reply.type('application/jose').send(await hub.corrections.receive(request.body)),
    );

    registerPersonAccessRoutes(app, hub.personAccess);

    app.get('/v1/log/tree-head', { schema: { tags: ['exchange-log'] } }, async () => hub.log.latestTreeHead());

    app.get(
      '/v1/log/proofs/inclusion',
      { schema: { tags: ['exchange-log'], querystring: Type.Object({ leafIndex: Nat, treeSize: Nat }, { additionalProperties: false }) } },
      async (request) => {
        const query = request.query as { leafIndex: number; treeSize: number };
        const result = await hub.log.inclusionProof(query.leafIndex, query.treeSize);
        if (!result.ok) throw new AppError(result.code, 422, result.message);
        return result.proof;
      },
    );

    app.get(
      '/v1/log/proofs/consistency',
      { schema: { tags: ['exchange-log'], querystring: Type.Object({ first: Nat, second: Nat }, { additionalProperties: false }) } },
      async (request) => {
        const query = request.query as { first: number; second: number };
        const result = await hub.log.consistencyProof(query.first, query.second);
        if (!result.ok) throw new AppError(result.code, 422, result.message);
        return result.proof;
      },
    );
  };
}
