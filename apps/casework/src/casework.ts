/**
 * Composition root of the casework service: tenants (one database and one key set each),
 * use cases, and the HTTP plugin mounted at `/` in the embedded default.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import { createDatabase } from '#platform/db.ts';
import { isMigrated, migrate } from '#platform/migrate.ts';
import type { Logger } from '#platform/logger.ts';
import type { PostgresServer } from '#platform/postgres.ts';
import { addProblemTitles, sendProblem } from '#platform/http.ts';
import { createTenantRegistry, type Tenant, type TenantRegistry } from './tenant.ts';
import { loadOrCreateNoteKey } from './keys.ts';
import { loadOrCreatePrivateKeys } from '#contracts/protocol/keys.ts';
import { createAuthService } from './modules/auth/auth.service.ts';
import { createPersonService } from './modules/persons/persons.service.ts';
import { createAidRequestService } from './modules/aid-requests/aid-requests.service.ts';
import { createSocialReportService } from './modules/social-reports/social-reports.service.ts';
import { createNoteService } from './modules/notes/notes.service.ts';
import { createDecisionService } from './modules/decisions/decisions.service.ts';
import { createDocumentService } from './modules/documents/documents.service.ts';
import { createOversightService } from './modules/oversight/oversight.service.ts';
import { CASEWORK_PROBLEM_TITLES } from './problem-titles.ts';
import { registerCaseworkRoutes, type CaseworkServices } from './routes.ts';
import { createHubClient } from './modules/exchange/hub-client.ts';
import { createOutboxRelay } from './modules/exchange/outbox-relay.ts';
import { createProviderService } from './modules/exchange/provider.service.ts';
import { createConsultationService } from './modules/exchange/consultations.service.ts';
import { createCorrectionService } from './modules/corrections/corrections.service.ts';
import { createPersonRequestService } from './modules/person-requests/person-requests.service.ts';

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
};

export const tenantDatabaseName = (prefix: string, kbo: string) => `${prefix}_cpas_${kbo}`;

/** Opens (creating and migrating when needed) the database and keys of each tenant. */
export async function openTenants(options: {
  postgres: PostgresServer;
  prefix: string;
  keysDir: string;
  specs: TenantSpec[];
  log: Logger;
}): Promise<TenantRegistry> {
  const tenants: Tenant[] = [];
  for (const spec of options.specs) {
    const url = await options.postgres.ensureDatabase(tenantDatabaseName(options.prefix, spec.kbo));
    const db = createDatabase(url, { max: 8 });
    const result = await migrate(db, CASEWORK_MIGRATIONS);
    if (result.applied.length > 0) options.log.info({ kbo: spec.kbo, applied: result.applied.length }, 'casework migrations applied');
    await db.query(
      `INSERT INTO institution (kbo, name, language, address, service_phone, service_email, labour_court, is_demo) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (kbo) DO UPDATE SET name = EXCLUDED.name, language = EXCLUDED.language, address = EXCLUDED.address,
         service_phone = EXCLUDED.service_phone, service_email = EXCLUDED.service_email, labour_court = EXCLUDED.labour_court, is_demo = EXCLUDED.is_demo`,
      [
        spec.kbo,
        spec.name,
        spec.language,
        spec.address ?? null,
        spec.servicePhone ?? null,
        spec.serviceEmail ?? null,
        spec.labourCourt ?? null,
        spec.isDemo ?? false,
      ],
    );
    const noteKey = await loadOrCreateNoteKey(path.join(options.keysDir, spec.kbo));
    const keys = await loadOrCreatePrivateKeys(path.join(options.keysDir, spec.kbo, 'exchange'));
    tenants.push({
      kbo: spec.kbo,
      name: spec.name,
      language: spec.language,
      db,
      noteKey,
      keys,
      log: options.log.child({ module: 'casework', kbo: spec.kbo }),
    });
  }
  return createTenantRegistry(tenants);
}

export function createCaseworkServices(deps: {
  tenants: TenantRegistry;
  isDemo: boolean;
  sessionIdleMinutes: number;
  clock: () => Date;
  demo: CaseworkServices['demo'];
  hubUrl: () => string;
  log: Logger;
}): CaseworkServices {
  const hub = createHubClient({ hubUrl: deps.hubUrl, clock: deps.clock });
  const relay = createOutboxRelay({ tenants: deps.tenants, hub, log: deps.log.child({ module: 'outbox' }), clock: deps.clock });
  return {
    hub,
    relay,
    provider: createProviderService({ tenants: deps.tenants, hub, clock: deps.clock }),
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
