/**
 * Composition root of the hub: its own database, its own keys and pseudonym secret, the registry,
 * the directory, consultation routing and the exchange log, and its HTTP plugin (`/hub`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import type { Database } from '#platform/db.ts';
import type { Sealer } from '#platform/sealing.ts';
import { createHubMetrics, type HubMetrics } from './hub-metrics.ts';
import { isMigrated } from '#platform/migrate.ts';
import type { Logger } from '#platform/logger.ts';
import { sendProblem } from '#platform/http.ts';
import { exchangeTransport } from '#contracts/protocol/exchange-transport.ts';
import { toPublicJwks, type InstitutionKeys } from '#contracts/protocol/keys.ts';
import { BATCH_MEDIA_TYPE } from '#contracts/protocol/batch-signature.ts';
import { createRegistry, registerRegistryRoutes, type Registry } from './modules/registry/index.ts';
import { createHubChannel } from './modules/channel/index.ts';
import {
  applyIn,
  createIntegrationService,
  registerIntegrationRoutes,
  type IntegrationService,
  type Pseudonymiser,
  createNissReplacementService,
  registerNissReplacementRoutes,
  replaceIn,
  type NissReplacementService,
} from './modules/directory/index.ts';
import {
  createConsultationService,
  createPostgresReplayGuard,
  createConsultationChecksReader,
  registerConsultationRoutes,
  type ConsultationService,
} from './modules/consultations/index.ts';
import { createExchangeLog, registerExchangeLogRoutes, type ExchangeLogService } from './modules/exchange-log/index.ts';
import {
  createCorrectionRepository,
  createCorrectionService,
  registerCorrectionRoutes,
  type CorrectionService,
} from './modules/corrections/index.ts';
import {
  createKeyTransparency,
  createTlog,
  createTlogRepository,
  registerKeyTransparencyRoutes,
  registerTlogRoutes,
  type KeyTransparency,
  type TlogService,
  type WitnessEndpoint,
} from './modules/tlog/index.ts';
import { createAnchorService, registerAnchorRoutes, type AnchorService } from './modules/anchors/index.ts';
import { createOperatorService, type OperatorService } from './modules/operators/index.ts';
import { registerOperatorPages, type OperatorPagesDeps } from './modules/operator-pages/operator-pages.routes.ts';
import { computeRoot, proveConsistency, proveInclusion } from '#contracts/merkle/tree.ts';
import { createNodeStore } from './modules/exchange-log/index.ts';
import {
  createPersonAccessRepository,
  createPersonAccessService,
  registerPersonAccessRoutes,
  type PersonAccessService,
} from './modules/person-access/index.ts';
import {
  createTransferRepository,
  createTransferService,
  registerTransferRoutes,
  type TransferService,
} from './modules/transfers/index.ts';

export const HUB_MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');
/** The hub's own registry entry (its messages are issued as `hub`). */
export const HUB_KBO = '0999999922';

export type Hub = {
  db: Database;
  keys: InstitutionKeys;
  registry: Registry;
  pseudonymise: Pseudonymiser;
  sealer: Sealer;
  /** Its Prometheus registry (`/hub/metrics`, mounted by the process with the others). */
  metrics: HubMetrics;
  log: ExchangeLogService;
  consultations: ConsultationService;
  integrations: IntegrationService;
  corrections: CorrectionService;
  personAccess: PersonAccessService;
  nissReplacements: NissReplacementService;
  transfers: TransferService;
  /** The log as C2SP tiles with a witnessed checkpoint (ADR 0017). */
  tlog: TlogService;
  keyTransparency: KeyTransparency;
  anchors: AnchorService;
  /** The hub operator's own accounts and sessions (ADR 0020). */
  operators: OperatorService;
  close(): Promise<void>;
};

/** The checkpoint's origin line when none is configured. */
export const DEFAULT_LOG_ORIGIN = 'hub.rse.example/exchange-log';

/** Who cosigns the hub's checkpoints, and how many of them must (k of n). */
export type HubWitnessing = { origin: string; witnesses: WitnessEndpoint[]; quorum: number };

/** The hub's services over an open, migrated database and loaded keys (opening them and the loops: start.ts). */
export function createHub(options: {
  db: Database;
  keys: InstitutionKeys;
  pseudonymise: Pseudonymiser;
  /** Seals the person's free text at rest (block reasons, issue 12 F6). */
  sealer: Sealer;
  log: Logger;
  clock: () => Date;
  providerTimeoutMs?: number;
  fetch?: typeof fetch;
  /** Several messages per request towards one institution (ADR 0025); EXCHANGE_MULTIPLEX, on by default. */
  isMultiplexed?: boolean;
  witnessing?: HubWitnessing;
}): Hub {
  const { db, keys, pseudonymise } = options;
  // Every key a registration adds or removes becomes a log entry (key transparency, ADR 0017).
  let keyTransparency: KeyTransparency | null = null;
  let tlogRef: TlogService | null = null;
  const hubLogger = options.log.child({ module: 'hub' });
  // A key change is published at once (with its witness quorum), so the new key is provable without waiting for the schedule.
  const registry = createRegistry(db, {
    onKeysChanged: async (kbo, added, removed) => {
      await keyTransparency!.recordKeyChanges(kbo, added, removed);
      // Only a process given its witnesses publishes (a command-line process opening the database does not).
      if (options.witnessing)
        await tlogRef
          ?.publish()
          .catch((error: unknown) => hubLogger.error({ err: error }, 'exchange log: checkpoint after a key change not published'));
    },
  });
  const replay = createPostgresReplayGuard(db);
  const log = createExchangeLog({ db, signing: keys.signing, clock: options.clock });
  const hubLog = options.log.child({ module: 'hub' });
  const metrics = createHubMetrics(db, options.clock);
  // Every message to an institution goes over the kept-alive client (ADR 0011), several per request when
  // they coincide (ADR 0025); a test may pass fetch.
  const channel = createHubChannel({
    keys: registry,
    replay,
    signing: keys.signing,
    clock: options.clock,
    transport: options.fetch ?? exchangeTransport({ isMultiplexed: options.isMultiplexed, onCarried: metrics.countCarried }),
    deliveryTimeoutMs: options.providerTimeoutMs ?? 5_000,
    onSignature: metrics.countSignature,
  });
  const consultations = createConsultationService({
    onUnverified: (code) => metrics.unverifiedRefusals.inc({ code }),
    registry,
    pseudonymise,
    exchangeLog: log.exchangeLog,
    channel,
    // A consultation under a replaced number reaches the person's current pseudonym (R4), in the same statement;
    // concurrent consultations share it (ADR 0024).
    readChecks: createConsultationChecksReader(db),
    log: hubLog,
    clock: options.clock,
    recentMonths: 24,
  });
  const integrations = createIntegrationService({ registry, pseudonymise, channel, apply: applyIn(db) });
  const nissReplacements = createNissReplacementService({ registry, pseudonymise, channel, replace: replaceIn(db), log: hubLog });
  const corrections = createCorrectionService({
    repository: createCorrectionRepository(db),
    registry,
    pseudonymise,
    exchangeLog: log.exchangeLog,
    channel,
    log: hubLog,
    clock: options.clock,
    noticeMonths: 24,
  });
  const personAccess = createPersonAccessService({
    repository: createPersonAccessRepository(db, options.sealer),
    registry,
    pseudonymise,
    exchangeLog: log.exchangeLog,
    treeHead: log.latestTreeHead,
    inclusionProof: log.inclusionProof,
    channel,
    log: hubLog,
    clock: options.clock,
    recentMonths: 24,
  });
  const transfers = createTransferService({
    repository: createTransferRepository(db),
    registry,
    pseudonymise,
    exchangeLog: log.exchangeLog,
    channel,
    log: hubLog,
    clock: options.clock,
  });
  const witnessing = options.witnessing ?? { origin: DEFAULT_LOG_ORIGIN, witnesses: [], quorum: 0 };
  const tlog = createTlog({
    repository: createTlogRepository(db),
    tree: {
      currentSize: log.currentSize,
      async rootAt(size) {
        const root = await computeRoot(createNodeStore(db), size);
        if (!root.ok) throw new Error(root.message);
        return root.rootHash;
      },
      async inclusionPath(leafIndex, size) {
        const proof = await proveInclusion(createNodeStore(db), leafIndex, size);
        if (!proof.ok) throw new Error(proof.message);
        return proof.proof.auditPath;
      },
      async consistencyPath(first, second) {
        const proof = await proveConsistency(createNodeStore(db), first, second);
        if (!proof.ok) throw new Error(proof.message);
        return proof.proof.consistencyPath;
      },
    },
    origin: witnessing.origin,
    signing: keys.signing,
    witnesses: witnessing.witnesses,
    quorum: witnessing.quorum,
    log: hubLog,
    // Every hub process of one database publishes in turn (ADR 0019); the lock is released with its transaction.
    exclusive: (work) =>
      db.transaction(async (tx) => {
        await tx.query(`SELECT pg_advisory_xact_lock(hashtext('rse.log_checkpoint'))`);
        return work();
      }),
  });
  tlogRef = tlog;
  keyTransparency = createKeyTransparency({
    db,
    exchangeLog: log.exchangeLog,
    checkpoints: createTlogRepository(db),
    clock: options.clock,
    // A key newer than the last checkpoint is proven once a checkpoint with its quorum covers it.
    publish: options.witnessing ? async () => void (await tlog.publish()) : null,
  });
  return {
    db,
    keys,
    registry,
    pseudonymise,
    sealer: options.sealer,
    metrics,
    log,
    tlog,
    keyTransparency,
    anchors: createAnchorService({ db, registry, channel, exchangeLog: log.exchangeLog, clock: options.clock }),
    operators: createOperatorService(db, options.clock),
    consultations,
    integrations,
    corrections,
    personAccess,
    nissReplacements,
    transfers,
    async close() {
      await tlog.stop();
      await corrections.stop();
      await transfers.stop();
      await db.close();
    },
  };
}

export async function registerHubItself(hub: Hub, endpoint: string): Promise<void> {
  await hub.registry.register({ kbo: HUB_KBO, name: 'Hub RSE (crossroads)', kind: 'hub', endpoint, jwks: toPublicJwks(hub.keys) });
}

/**
 * How the operator's web area is shown and logged into: the demo banner, the cookie's Secure flag behind
 * https, the hub's OpenID Connect provider for operators (none: passwords only), and whether the password
 * login stays open beside it.
 */
export type OperatorAreaOptions = Pick<OperatorPagesDeps, 'isDemo' | 'isSecure' | 'oidc' | 'isPasswordLoginOn'>;

export function hubPlugin(hub: Hub, operatorArea: OperatorAreaOptions = { isDemo: false, isSecure: () => false }) {
  return async function hubRoutes(app: FastifyInstance): Promise<void> {
    app.addContentTypeParser(
      ['application/jose', BATCH_MEDIA_TYPE],
      { parseAs: 'string', bodyLimit: 1024 * 1024 },
      (_request, body, done) => done(null, body),
    );
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
    registerRegistryRoutes(app, hub.registry);
    registerIntegrationRoutes(app, hub.integrations);
    registerNissReplacementRoutes(app, hub.nissReplacements);
    registerConsultationRoutes(app, hub.consultations);
    registerCorrectionRoutes(app, hub.corrections);
    registerPersonAccessRoutes(app, hub.personAccess);
    registerTransferRoutes(app, hub.transfers);
    registerExchangeLogRoutes(app, hub.log);
    registerTlogRoutes(app, hub.tlog);
    registerKeyTransparencyRoutes(app, hub.keyTransparency);
    registerAnchorRoutes(app, hub.anchors);
    // The hub operator's web area (ADR 0020), in its own scope: cookies and form bodies there only.
    await app.register(
      async (scope) => registerOperatorPages(scope, { db: hub.db, registry: hub.registry, operators: hub.operators, ...operatorArea }),
      { prefix: '/operator' },
    );
  };
}
