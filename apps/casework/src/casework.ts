/**
 * The casework service: its use cases over the tenants (one database and one key set each) and its
 * HTTP plugin mounted at `/`. Its start (tenants' databases and keys, the outbox relay, the retention
 * schedule, the demo seed) is start.ts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import { isMigrated } from '#platform/migrate.ts';
import type { Logger } from '#platform/logger.ts';
import { addProblemTitles, sendProblem } from '#platform/http.ts';
import type { TenantRegistry } from './tenant.ts';
import { createAuthService } from './modules/auth/index.ts';
import { createPersonService } from './modules/persons/index.ts';
import { createAidRequestService } from './modules/aid-requests/index.ts';
import { createSocialReportService } from './modules/social-reports/index.ts';
import { createNoteService } from './modules/notes/index.ts';
import { createDecisionService } from './modules/decisions/index.ts';
import { createCommitteeService } from './modules/committee/index.ts';
import { createDocumentService } from './modules/documents/index.ts';
import { createFileWorkflowServices } from './file-workflow.ts';
import { createOversightService } from './modules/oversight/index.ts';
import { createWorklistService } from './modules/worklist/index.ts';
import { CASEWORK_PROBLEM_TITLES } from './problem-titles.ts';
import { registerCaseworkRoutes, type CaseworkServices } from './routes.ts';
import { createHubClient } from './modules/exchange/hub-client.ts';
import { createOutboxRelay } from './modules/exchange/outbox-relay.ts';
import { createProviderService } from './modules/exchange/provider.service.ts';
import { createKeyProofChecker } from './modules/exchange/key-proof.ts';
import { createKeyMonitor } from './modules/exchange/key-monitor.ts';
import { createAuditAnchoring } from './modules/audit-anchors/index.ts';
import { requestText } from '#platform/http-client.ts';
import type { LogTrust } from '#contracts/tlog/key-proof.ts';
import { createConsultationService } from './modules/exchange/consultations.service.ts';
import { createCorrectionService } from './modules/corrections/corrections.service.ts';
import { createPersonRequestService } from './modules/person-requests/person-requests.service.ts';
import { createTransferService } from './modules/transfers/index.ts';
import { withRequest } from './modules/access/index.ts';

export const CASEWORK_MIGRATIONS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../migrations');

export type TenantSpec = {
  kbo: string;
  name: string;
  language: 'fr' | 'nl' | 'de';
  address?: string;
  servicePhone?: string;
  serviceEmail?: string;
  labourCourt?: string;
  isDemo?: boolean;
  /** The host names of this CPAS's address (e.g. `forest.rse.example`): a login arriving there is scoped to it. */
  hosts?: string[];
};

export function createCaseworkServices(deps: {
  tenants: TenantRegistry;
  isDemo: boolean;
  sessionIdleMinutes: number;
  clock: () => Date;
  demo: CaseworkServices['demo'];
  hubUrl: () => string;
  log: Logger;
  /** The hub log's key and witnesses this node trusts, to check key proofs (ADR 0017); null: none configured. */
  logTrust?: () => Promise<LogTrust | null>;
  /** Several messages per request to the hub (ADR 0025); EXCHANGE_MULTIPLEX, on by default. */
  isMultiplexed?: boolean;
  /** Told of each request to the hub that carried several messages (the metrics count them). */
  onCarried?: (messages: number) => void;
}): CaseworkServices {
  const hub = createHubClient({ hubUrl: deps.hubUrl, clock: deps.clock, isMultiplexed: deps.isMultiplexed, onCarried: deps.onCarried });
  const keyProofs = createKeyProofChecker({
    hubUrl: deps.hubUrl,
    transport: requestText,
    trust: deps.logTrust ?? (async () => null),
    log: deps.log.child({ module: 'key-transparency' }),
  });
  const relay = createOutboxRelay({ tenants: deps.tenants, hub, log: deps.log.child({ module: 'outbox' }), clock: deps.clock });
  return {
    hub,
    relay,
    provider: createProviderService({ tenants: deps.tenants, hub, clock: deps.clock, keyProofs }),
    anchoring: createAuditAnchoring({ tenants: deps.tenants, hub, log: deps.log.child({ module: 'audit-anchors' }) }),
    keyMonitor: createKeyMonitor({
      tenants: deps.tenants,
      hubUrl: deps.hubUrl,
      transport: requestText,
      log: deps.log.child({ module: 'key-transparency' }),
    }),
    consultations: createConsultationService({ hub, flushOutbox: () => relay.flush(), clock: deps.clock }),
    corrections: createCorrectionService({ tenants: deps.tenants, hub, clock: deps.clock }),
    personRequests: createPersonRequestService({ tenants: deps.tenants, hub, clock: deps.clock }),
    auth: createAuthService({ tenants: deps.tenants, isDemo: deps.isDemo, sessionIdleMinutes: deps.sessionIdleMinutes, clock: deps.clock }),
    persons: createPersonService(),
    aidRequests: createAidRequestService(),
    reports: createSocialReportService(),
    notes: createNoteService(),
    decisions: createDecisionService(),
    documents: createDocumentService(),
    oversight: createOversightService(),
    worklist: createWorklistService(),
    fileWorkflow: createFileWorkflowServices(),
    transfers: createTransferService({
      withRequest,
      aidRequests: createAidRequestService(),
      persons: createPersonService(),
      hub,
      clock: deps.clock,
    }),
    committee: createCommitteeService({ decisions: createDecisionService() }),
    demo: deps.demo,
    clock: deps.clock,
    /** Set once the node has finished starting (demo seeded, registered at the hub): /readyz waits for it. */
    lifecycle: { isStarted: false },
  };
}

/** The casework HTTP surface: the API, its OpenAPI document and readiness. */
export function caseworkPlugin(services: CaseworkServices, tenants: TenantRegistry) {
  return async function casework(app: FastifyInstance): Promise<void> {
    addProblemTitles(app, CASEWORK_PROBLEM_TITLES);
    await app.register(swagger, {
      openapi: {
        openapi: '3.0.3',
        info: {
          title: 'RSE casework node',
          version: '1.0.0',
          description: 'The CPAS/OCMW node: social files, decisions and the local audit log (api-contract.md, Casework).',
        },
        components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
        security: [{ bearer: [] }],
      },
    });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
    app.get('/readyz', { schema: { hide: true } }, async (request, reply) => {
      try {
        const states = await Promise.all(tenants.all().map((tenant) => isMigrated(tenant.db, CASEWORK_MIGRATIONS)));
        if (states.every(Boolean) && services.lifecycle.isStarted) return { status: 'ready', tenants: states.length };
      } catch {
        // reported below as not ready
      }
      return sendProblem(
        request,
        reply,
        503,
        'service.not-ready',
        'The node is still starting, or its database is not reachable or not migrated yet.',
      );
    });
    registerCaseworkRoutes(app, services);
  };
}
