/**
 * The casework node's start: the database and keys of each CPAS it hosts (created and migrated when
 * needed), its use cases, its HTTP surface (the API and the worker web application at `/`) and its
 * background work — the demo seed (once), the outbox relay toward the hub, readiness, and the
 * retention schedule (R42). Listening, and registering institutions at a hub in the same process,
 * is the process's choice (apps/cli).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Config } from '#platform/config.ts';
import type { Logger } from '#platform/logger.ts';
import { openMigratedDatabase } from '#platform/migrate.ts';
import type { PostgresServer } from '#platform/postgres.ts';
import { loadOrCreatePrivateKeys, toPublicJwks, type InstitutionKeys, type PublicJwks } from '#contracts/protocol/keys.ts';
import { webPlugin } from '#web/web.ts';
import type { LogTrust } from '#contracts/tlog/key-proof.ts';
import { parseVerifierKey } from '#contracts/tlog/note.ts';
import { CASEWORK_MIGRATIONS, caseworkPlugin, createCaseworkServices, type TenantSpec } from './casework.ts';
import { loadOrCreateNoteKey } from './keys.ts';
import type { CaseworkServices } from './routes.ts';
import { createCaseworkMetrics, type CaseworkMetrics } from './casework-metrics.ts';
import { createTenantRegistry, type Tenant, type TenantRegistry } from './tenant.ts';
import { openFederatedSession } from './modules/auth/index.ts';
import { DEMO_TENANTS } from './modules/demo/index.ts';
import { DemoSeedInterrupted, describeDemo, seedDemo, seedPortalReplyDemo, type SendStatementFromPortal } from './modules/demo/index.ts';
import { readRetention, startPurgeSchedule } from './modules/retention/index.ts';
import { letterFonts } from './modules/letters/index.ts';

export type RegistryEntry = { kbo: string; name: string; kind: 'cpas'; endpoint: string; jwks: PublicJwks };

export const tenantDatabaseName = (prefix: string, kbo: string) => `${prefix}_cpas_${kbo}`;

/** A DNS host name as TENANTS_FILE gives it (no scheme, port or path). */
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;

/** The CPAS this node hosts: the demo ones, or those of TENANTS_FILE. */
export async function readTenantSpecs(config: Config): Promise<TenantSpec[]> {
  if (config.isDemo) return DEMO_TENANTS;
  const raw = JSON.parse(await readFile(config.tenantsFile!, 'utf8')) as TenantSpec[];
  if (!Array.isArray(raw) || raw.length === 0) throw new Error(`${config.tenantsFile} must list at least one CPAS`);
  for (const spec of raw) {
    const hosts: unknown = spec.hosts;
    if (hosts === undefined) continue;
    if (!Array.isArray(hosts) || hosts.some((host) => typeof host !== 'string' || !HOST_NAME.test(host)))
      throw new Error(`${config.tenantsFile}: "hosts" of ${spec.kbo} must be a list of host names (e.g. ["forest.rse.example"])`);
  }
  return raw.map((spec) => ({ ...spec, isDemo: false }));
}

/** Opens (creating and migrating when needed) the database and keys of each tenant. */
export async function openTenants(options: {
  postgres: PostgresServer;
  prefix: string;
  keysDir: string;
  specs: TenantSpec[];
  log: Logger;
}): Promise<TenantRegistry> {
  const tenants: Tenant[] = [];
  let applied = 0;
  for (const spec of options.specs) {
    const opened = await openMigratedDatabase(options.postgres, tenantDatabaseName(options.prefix, spec.kbo), CASEWORK_MIGRATIONS, {
      max: 8,
      keep: 8,
    });
    const db = opened.db;
    applied += opened.applied.length;
    if (opened.applied.length > 0) options.log.debug({ kbo: spec.kbo, applied: opened.applied.length }, 'casework migrations applied');
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
      hosts: spec.hosts ?? [],
    });
  }
  // One line for the whole node, not one a CPAS: the per-CPAS counts are at debug.
  if (applied > 0) options.log.info({ databases: tenants.length, applied }, 'casework databases migrated');
  return createTenantRegistry(tenants);
}

const registryEntry = (cpas: { kbo: string; name: string }, keys: InstitutionKeys, baseUrl: string): RegistryEntry => ({
  kbo: cpas.kbo,
  name: cpas.name,
  kind: 'cpas',
  endpoint: `${baseUrl}/exchange/v1/summary-requests`,
  jwks: toPublicJwks(keys),
});

/** The public registry entries of this node's CPAS (their endpoint at `baseUrl`), for the hub operator; no database needed. */
export async function caseworkRegistryEntries(config: Config, baseUrl: string): Promise<RegistryEntry[]> {
  const entries: RegistryEntry[] = [];
  for (const spec of await readTenantSpecs(config)) {
    entries.push(registryEntry(spec, await loadOrCreatePrivateKeys(path.join(config.keysDir, spec.kbo, 'exchange')), baseUrl));
  }
  return entries;
}

export type CaseworkNode = {
  tenants: TenantRegistry;
  services: CaseworkServices;
  /** Registers the casework API and the worker web application (ADR 0008) at `/` of `app`. */
  mount(app: FastifyInstance): Promise<void>;
  /** Its Prometheus registry (`/metrics`, mounted by the process with the others). */
  metrics: CaseworkMetrics;
  /** Its CPAS as registry entries, their node endpoint at `baseUrl`. */
  registryEntries(baseUrl: string): RegistryEntry[];
  /** The last steps, once listening: the demo seed (once), the outbox relay, readiness, the retention schedule. */
  run(): Promise<void>;
  /**
   * Demo only, once the hub and the portal listen: a statement sent from the portal and answered at Forest,
   * so the answer travels back to the person (R40). False when it ran before.
   */
  seedPortalReply(sendFromPortal: SendStatementFromPortal): Promise<boolean>;
  /** Stops the background work (before the HTTP server closes). */
  stop(): Promise<void>;
  /** Closes the tenants' databases (after the HTTP server closed). */
  close(): Promise<void>;
};

export async function startCasework(options: {
  config: Config;
  log: Logger;
  postgres: PostgresServer;
  clock: () => Date;
  /** Where the hub is (in this process or at HUB_URL); read when a message is sent. */
  hubUrl: () => string;
  relayIntervalMs?: number;
  /** What this node trusts to check key proofs (the hub in the same process gives its own; ADR 0017). */
  logTrust?: () => Promise<LogTrust | null>;
}): Promise<CaseworkNode> {
  const { config, log, clock } = options;
  letterFonts(); // a font file missing from the installation stops the start here, not the first letter
  const tenants = await openTenants({
    postgres: options.postgres,
    prefix: config.databasePrefix,
    keysDir: config.keysDir,
    specs: await readTenantSpecs(config),
    log,
  });
  const metrics = createCaseworkMetrics(tenants, clock);
  const services = createCaseworkServices({
    tenants,
    isDemo: config.isDemo,
    sessionIdleMinutes: config.sessionIdleMinutes,
    clock,
    log,
    demo: { isEnabled: config.isDemo, describe: async () => describeDemo() },
    hubUrl: options.hubUrl,
    logTrust: options.logTrust ?? logTrustFromConfig(config),
    isMultiplexed: config.isExchangeMultiplexed,
    onCarried: metrics.countCarried,
  });
  let purgeSchedule: { stop(): Promise<void> } | null = null;
  return {
    tenants,
    services,
    metrics,
    async mount(app) {
      await app.register(caseworkPlugin(services, tenants));
      // The worker web application at `/`, beside the API it calls in process (ADR 0008).
      await app.register(
        webPlugin({
          inject: (request) => app.inject(request),
          isDemo: config.isDemo,
          publicUrl: config.publicUrl,
          oidc: config.webOidc,
          log,
          federatedLogin: (input) =>
            openFederatedSession({ tenants, isDemo: config.isDemo, sessionIdleMinutes: config.sessionIdleMinutes, clock }, input),
        }),
      );
    },
    registryEntries: (baseUrl) => tenants.all().map((tenant) => registryEntry(tenant, tenant.keys, baseUrl)),
    async run() {
      if (config.isDemo) {
        try {
          if (await seedDemo(tenants, services, clock())) log.info('demo seeded');
        } catch (error) {
          if (!(error instanceof DemoSeedInterrupted)) throw error;
          log.warn(error.message);
        }
      }
      await services.relay.flush().catch((error: unknown) => log.warn({ err: error }, 'outbox not delivered yet'));
      services.relay.start(options.relayIntervalMs ?? 1_000);
      // Key transparency (ADR 0017): a first look at the hub's log for this node's keys, then every minute.
      await services.keyMonitor.checkOnce();
      services.keyMonitor.start(60_000);
      // Outside anchors (ADR 0017, R44): the audit chain's head into the hub's log, now and every 5 minutes.
      await services.anchoring.anchorOnce();
      services.anchoring.start(5 * 60_000);
      services.lifecycle.isStarted = true;
      purgeSchedule = startPurgeSchedule(tenants.all(), {
        clock,
        log,
        intervalMs: (await readRetention(tenants.all()[0]!.db)).purgeIntervalHours * 3_600_000,
      });
    },
    seedPortalReply: (sendFromPortal) => seedPortalReplyDemo(tenants, services, sendFromPortal, clock()),
    async stop() {
      await purgeSchedule?.stop();
      purgeSchedule = null;
      await services.relay.stop();
      await services.keyMonitor.stop();
      await services.anchoring.stop();
    },
    async close() {
      await Promise.all(tenants.all().map((tenant) => tenant.db.close()));
    },
  };
}

/**
 * HUB_LOG_KEY, LOG_WITNESSES and LOG_WITNESS_QUORUM (a node with the hub elsewhere): the hub log's key,
 * the witnesses and the quorum it demands. Without HUB_LOG_KEY: null (the provider then refuses to encrypt).
 */
export function logTrustFromConfig(config: Config): () => Promise<LogTrust | null> {
  const logKey = config.transparency.hubLogKey ? parseVerifierKey(config.transparency.hubLogKey) : null;
  const witnesses = config.transparency.witnesses.flatMap((witness) => {
    const key = parseVerifierKey(witness.vkey);
    return key ? [{ name: key.name, publicKey: key.publicKey }] : [];
  });
  const trust: LogTrust | null = logKey
    ? { origin: logKey.name, logKey: logKey.publicKey, witnesses, quorum: config.transparency.quorum ?? witnesses.length }
    : null;
  return async () => trust;
}
