/**
 * Production: each service in its own process (ADR 0008 of deployment). The hub serves `/hub/...` on
 * its own origin with its own database; a casework process hosts one or more CPAS, serves the API
 * and the node endpoint, and reaches the hub at HUB_URL. Institutions are registered at the hub by
 * its operator from the public part each node exports (`rse export-institutions` on the node,
 * `rse register-institutions <file>` on the hub): a node never writes the hub's registry itself.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '#platform/config.ts';
import { createHttpApp } from '#platform/http.ts';
import type { Logger } from '#platform/logger.ts';
import { startPostgres } from '#platform/postgres.ts';
import { caseworkPlugin, createCaseworkServices, openTenants, type TenantSpec } from '#casework/casework.ts';
import { DEMO_TENANTS } from '#casework/modules/demo/demo-federation.ts';
import type { TenantRegistry } from '#casework/tenant.ts';
import type { CaseworkServices } from '#casework/routes.ts';
import { DemoSeedInterrupted, describeDemo, seedDemo } from '#casework/modules/demo/demo-seed.ts';
import { readRetention, startPurgeSchedule } from '#casework/modules/retention/retention.service.ts';
import { loadOrCreatePrivateKeys, toPublicJwks, type PublicJwks } from '#contracts/protocol/keys.ts';
import { isValidKbo } from '#contracts/kbo.ts';
import { hubPlugin, openHub, registerHubItself } from '#hub/hub.ts';
import { openFederatedSession } from '#casework/modules/auth/federated-login.ts';
import { webPlugin } from '#web/web.ts';

export type RunningService = { url: string; close(): Promise<void> };
export type RegistryEntry = { kbo: string; name: string; kind: 'cpas' | 'portal'; endpoint: string; jwks: PublicJwks };

export async function readTenantSpecs(config: Config): Promise<TenantSpec[]> {
  if (config.isDemo) return DEMO_TENANTS;
  const raw = JSON.parse(await readFile(config.tenantsFile!, 'utf8')) as TenantSpec[];
  if (!Array.isArray(raw) || raw.length === 0) throw new Error(`${config.tenantsFile} must list at least one CPAS`);
  return raw.map((spec) => ({ ...spec, isDemo: false }));
}

/** `rse hub`: the crossroads alone, at PUBLIC_URL/hub. */
export async function startHubService(config: Config, log: Logger): Promise<RunningService> {
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const hub = await openHub({ postgres, prefix: config.databasePrefix, keysDir: config.keysDir, log, clock: () => new Date() });
  const app = createHttpApp({ log });
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  await app.register(hubPlugin(hub), { prefix: '/hub' });
  await app.listen({ port: config.port, host: config.host });
  await registerHubItself(hub, `${config.publicUrl}/hub`);
  return {
    url: config.publicUrl,
    async close() {
      await app.close();
      await hub.close();
      await postgres.stop();
    },
  };
}

/** `rse casework`: the CPAS node(s) of TENANTS_FILE (or the demo CPAS), talking to the hub at HUB_URL. */
export async function startCaseworkService(config: Config, log: Logger): Promise<RunningService> {
  if (!config.hubUrl) throw new Error('HUB_URL is required to run the casework service on its own (e.g. HUB_URL=https://hub.example/hub).');
  const hubUrl = config.hubUrl;
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const tenants = await openTenants({
    postgres,
    prefix: config.databasePrefix,
    keysDir: config.keysDir,
    specs: await readTenantSpecs(config),
    log,
  });
  const clock = () => new Date();
  const services = createCaseworkServices({
    tenants,
    isDemo: config.isDemo,
    sessionIdleMinutes: config.sessionIdleMinutes,
    clock,
    log,
    demo: { isEnabled: config.isDemo, describe: async () => describeDemo() },
    hubUrl: () => hubUrl,
  });
  const app = createHttpApp({ log });
  await app.register(caseworkPlugin(services, tenants));
  // The worker web application at `/` of the casework service (ADR 0008).
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
  await app.listen({ port: config.port, host: config.host });
  const purgeSchedule = await finishStarting(config, tenants, services, log, clock, 1_000);
  return {
    url: config.publicUrl,
    async close() {
      await purgeSchedule.stop();
      await services.relay.stop();
      await app.close();
      await Promise.all(tenants.all().map((tenant) => tenant.db.close()));
      await postgres.stop();
    },
  };
}

/**
 * The last steps of starting a casework node, the same in every mode: the demo seed (once), the
 * outbox relay, readiness, and the scheduled retention job (R42, every purgeIntervalHours).
 */
export async function finishStarting(
  config: Config,
  tenants: TenantRegistry,
  services: CaseworkServices,
  log: Logger,
  clock: () => Date,
  relayIntervalMs: number,
) {
  if (config.isDemo) {
    try {
      if (await seedDemo(tenants, services, clock())) log.info('demo seeded');
    } catch (error) {
      if (!(error instanceof DemoSeedInterrupted)) throw error;
      log.warn(error.message);
    }
  }
  await services.relay.flush().catch((error: unknown) => log.warn({ err: error }, 'outbox not delivered yet'));
  services.relay.start(relayIntervalMs);
  services.lifecycle.isStarted = true;
  return startPurgeSchedule(tenants.all(), {
    clock,
    log,
    intervalMs: (await readRetention(tenants.all()[0]!.db)).purgeIntervalHours * 3_600_000,
  });
}

/** `rse export-institutions`: the public registry entries of this node's CPAS (no database needed). */
export async function exportInstitutions(config: Config): Promise<RegistryEntry[]> {
  const entries: RegistryEntry[] = [];
  for (const spec of await readTenantSpecs(config)) {
    const keys = await loadOrCreatePrivateKeys(path.join(config.keysDir, spec.kbo, 'exchange'));
    entries.push({
      kbo: spec.kbo,
      name: spec.name,
      kind: 'cpas',
      endpoint: `${config.publicUrl}/exchange/v1/summary-requests`,
      jwks: toPublicJwks(keys),
    });
  }
  return entries;
}

/** `rse register-institutions <file>`: the hub operator adds or updates institutions from exported entries. */
export async function registerInstitutions(config: Config, log: Logger, file: string): Promise<string[]> {
  const entries = JSON.parse(await readFile(file, 'utf8')) as RegistryEntry[];
  if (!Array.isArray(entries) || entries.length === 0) throw new Error(`${file} must hold a non-empty JSON list of institutions`);
  for (const [index, entry] of entries.entries()) {
    const where = `${file}[${index}]`;
    if (typeof entry.kbo !== 'string' || !isValidKbo(entry.kbo)) throw new Error(`${where}: kbo is not a valid enterprise number`);
    if (typeof entry.name !== 'string' || entry.name.length === 0) throw new Error(`${where}: name is required`);
    if (entry.kind !== 'cpas' && entry.kind !== 'portal') throw new Error(`${where}: kind must be "cpas" or "portal"`);
    if (typeof entry.endpoint !== 'string' || !/^https?:\/\//.test(entry.endpoint))
      throw new Error(`${where}: endpoint must be an http(s) URL`);
  }
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const hub = await openHub({ postgres, prefix: config.databasePrefix, keysDir: config.keysDir, log, clock: () => new Date() });
  try {
    for (const entry of entries) await hub.registry.register(entry);
    return entries.map((entry) => `${entry.kbo} ${entry.name}`);
  } finally {
    await hub.close();
    await postgres.stop();
  }
}
