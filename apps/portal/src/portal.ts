/**
 * The citizen portal (principle 7, flow 4): over its own small database (sessions and the tree heads
 * it has seen — no file data) and its own keys as the registered institution of kind `portal`
 * (both opened by start.ts), the signed client of the hub, its services and its HTTP plugin: the API
 * of the contract's Portal section under `/portal/api/v1`, the pages under `/portal`,
 * `/portal/openapi.json`, `/portal/healthz` and `/portal/readyz`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import type { Database } from '#platform/db.ts';
import { isMigrated } from '#platform/migrate.ts';
import type { Logger } from '#platform/logger.ts';
import { sendProblem } from '#platform/http.ts';
import { toPublicJwks, type InstitutionKeys, type PublicJwks } from '#contracts/protocol/keys.ts';
import { createPortalHubClient, type PortalHubClient } from './modules/hub/hub-client.ts';
import { createTreeHeadStore } from './modules/exchanges/log-verifier.ts';
import { createExchangeService } from './modules/exchanges/exchanges.service.ts';
import { createSummaryService } from './modules/summaries/summaries.service.ts';
import { createRequestService } from './modules/requests/requests.service.ts';
import { createReplyService, type ReplyService } from './modules/replies/index.ts';
import { createSessionService, type DemoPerson, type SessionService } from './modules/sessions/sessions.service.ts';
import { registerPortalApi } from './routes.ts';
import { createPortalMetrics, type PortalMetrics } from './portal-metrics.ts';
import { registerPortalPages } from './pages/pages.routes.ts';
import { registerTlogProxyRoutes } from './modules/tlog/index.ts';
import type { LogTrust } from '#contracts/tlog/key-proof.ts';

export const PORTAL_MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');
/** The portal's registry entry: an institution of kind `portal` (its messages are issued under this number). */
export const PORTAL_KBO = '0999999823';
export const PORTAL_NAME = 'Portail citoyen RSE / RSE-burgerportaal / RSE-Bürgerportal';

export type Portal = {
  db: Database;
  keys: InstitutionKeys;
  kbo: string;
  /** The portal's public base URL (…/portal). */
  publicUrl: () => string;
  hub: PortalHubClient;
  sessions: SessionService;
  exchanges: ReturnType<typeof createExchangeService>;
  summaries: ReturnType<typeof createSummaryService>;
  requests: ReturnType<typeof createRequestService>;
  /** The CPAS's answers to the person's statements and the outcomes of their contests (R39, R40). */
  replies: ReplyService;
  /** The portal's public registry entry, for the hub operator (or the embedded default) to register. */
  registryEntry(endpoint: string): { kbo: string; name: string; kind: 'portal'; endpoint: string; jwks: PublicJwks };
  /** The hub log's key, the witnesses and the quorum the person's browser checks the checkpoint with (ADR 0017); null: no browser check. */
  logTrust: () => Promise<LogTrust | null>;
  /** Its Prometheus registry (`/portal/metrics`, mounted by the process with the others). */
  metrics: PortalMetrics;
  close(): Promise<void>;
};

export type PortalOptions = {
  log: Logger;
  clock: () => Date;
  hubUrl: () => string;
  /** The portal's own public base URL (…/portal), for the OIDC redirect. */
  publicUrl: () => string;
  sessionIdleMinutes: number;
  /** Demo mode only: the seeded demo persons who may log in by NISS. Null outside demo mode. */
  demo: { persons: DemoPerson[] } | null;
  oidc: { issuer: string; clientId: string; clientSecret: string; nissClaim: string } | null;
  fetch?: typeof fetch;
  /** Several messages per request to the hub (ADR 0025); EXCHANGE_MULTIPLEX, on by default. */
  isMultiplexed?: boolean;
  /** What the person's browser trusts to check the hub's checkpoints (HUB_LOG_KEY, LOG_WITNESSES, LOG_WITNESS_QUORUM, or the hub of the process). */
  logTrust?: () => Promise<LogTrust | null>;
};

/** The portal's services over its open, migrated database and loaded keys (opening them: start.ts). */
export function createPortal(options: PortalOptions & { db: Database; keys: InstitutionKeys }): Portal {
  const { db, keys } = options;
  const log = options.log.child({ module: 'portal' });
  const hub = createPortalHubClient({
    hubUrl: options.hubUrl,
    kbo: PORTAL_KBO,
    keys,
    clock: options.clock,
    fetch: options.fetch,
    isMultiplexed: options.isMultiplexed,
  });
  const treeHeads = createTreeHeadStore({ db, log, getJson: (p) => hub.getJson(p) });
  // The OIDC redirect is computed once the portal knows its public URL (after listening, in tests).
  const oidcSettings = options.oidc
    ? {
        ...options.oidc,
        get redirectUrl() {
          return `${options.publicUrl()}/login/oidc/callback`;
        },
      }
    : null;
  return {
    db,
    keys,
    kbo: PORTAL_KBO,
    hub,
    publicUrl: options.publicUrl,
    sessions: createSessionService({
      db,
      log,
      clock: options.clock,
      idleMinutes: options.sessionIdleMinutes,
      demo: options.demo,
      oidc: oidcSettings,
    }),
    exchanges: createExchangeService({ hub, treeHeads, readProof: (leafIndex) => hub.readProof(leafIndex) }),
    summaries: createSummaryService({ hub, kbo: PORTAL_KBO, keys }),
    requests: createRequestService({ hub }),
    logTrust: options.logTrust ?? (async () => null),
    replies: createReplyService({ db, hub, keys, log }),
    metrics: createPortalMetrics(db, { clock: options.clock, idleMinutes: options.sessionIdleMinutes }),
    registryEntry: (endpoint) => ({ kbo: PORTAL_KBO, name: PORTAL_NAME, kind: 'portal', endpoint, jwks: toPublicJwks(keys) }),
    async close() {
      await db.close();
    },
  };
}

/** The portal's HTTP surface, mounted at `/portal`. */
export function portalPlugin(portal: Portal) {
  return async function portalRoutes(app: FastifyInstance): Promise<void> {
    await app.register(cookie);
    await app.register(formbody, { bodyLimit: 64 * 1024 });
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'RSE citizen portal',
          version: '1.0.0',
          description:
            'The person’s view of every exchange about them, with proof, and their statements, contests and blocks (api-contract.md, Portal).',
        },
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
        security: [{ bearer: [] }],
      },
    });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
    app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
      if (await isMigrated(portal.db, PORTAL_MIGRATIONS).catch(() => false)) return { status: 'ready' };
      return sendProblem(request, reply, 503, 'service.not-ready', 'The portal database is not reachable or not migrated yet.');
    });
    registerPortalApi(app, portal);
    registerTlogProxyRoutes(app, { hubUrl: portal.hub.hubUrl });
    await registerPortalPages(app, portal);
  };
}
