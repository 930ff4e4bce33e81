/**
 * Runs the services of the embedded default in one process on one port: casework at `/`
 * (later the hub at `/hub` and the portal at `/portal`). Production runs each service on its own.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '#platform/config.ts';
import { createHttpApp } from '#platform/http.ts';
import type { Logger } from '#platform/logger.ts';
import { startPostgres, type PostgresServer } from '#platform/postgres.ts';
import { caseworkPlugin, createCaseworkServices, openTenants } from '#casework/casework.ts';
import { finishStarting, readTenantSpecs } from './services.ts';
import type { TenantRegistry } from '#casework/tenant.ts';
import type { CaseworkServices } from '#casework/routes.ts';
import { describeDemo } from '#casework/modules/demo/demo-seed.ts';
import { toPublicJwks } from '#contracts/protocol/keys.ts';
import { hubPlugin, openHub, registerHubItself, type Hub } from '#hub/hub.ts';
import { openPortal, portalPlugin, type Portal } from '#portal/portal.ts';
import { DEMO_PERSONS } from '#casework/modules/demo/demo-federation.ts';
import { openFederatedSession } from '#casework/modules/auth/federated-login.ts';
import { webPlugin } from '#web/web.ts';

export type Federation = {
  app: FastifyInstance;
  postgres: PostgresServer;
  tenants: TenantRegistry;
  services: CaseworkServices;
  hub: Hub;
  portal: Portal;
  url: string;
  close(): Promise<void>;
};

export async function startFederation(
  config: Config,
  log: Logger,
  options: { clock?: () => Date; postgres?: PostgresServer; listen?: boolean; relayIntervalMs?: number; providerTimeoutMs?: number } = {},
): Promise<Federation> {
  const clock = options.clock ?? (() => new Date());
  const postgres = options.postgres ?? (await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log }));
  const tenants = await openTenants({
    postgres,
    prefix: config.databasePrefix,
    keysDir: config.keysDir,
    specs: await readTenantSpecs(config),
    log,
  });
  const hub = await openHub({
    postgres,
    prefix: config.databasePrefix,
    keysDir: config.keysDir,
    log,
    clock,
    providerTimeoutMs: options.providerTimeoutMs,
  });
  let url = config.publicUrl;
  const services = createCaseworkServices({
    tenants,
    isDemo: config.isDemo,
    sessionIdleMinutes: config.sessionIdleMinutes,
    clock,
    log,
    demo: { isEnabled: config.isDemo, describe: async () => describeDemo() },
    hubUrl: () => `${url}/hub`,
  });
  // The citizen portal: an institution of its own kind that reads everything through the hub (ADR 0009).
  const portal = await openPortal({
    postgres,
    prefix: config.databasePrefix,
    keysDir: config.keysDir,
    log,
    clock,
    hubUrl: () => `${url}/hub`,
    publicUrl: () => `${url}/portal`,
    sessionIdleMinutes: config.sessionIdleMinutes,
    oidc: config.portalOidc,
    demo: config.isDemo
      ? {
          persons: DEMO_PERSONS.map(({ niss, givenNames, familyName, language, scenario }) => ({
            niss,
            givenNames,
            familyName,
            language,
            scenario,
          })),
        }
      : null,
  });
  const app = createHttpApp({ log });
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
  await app.register(hubPlugin(hub), { prefix: '/hub' });
  await app.register(portalPlugin(portal), { prefix: '/portal' });
  if (options.listen !== false) {
    const address = await app.listen({ port: config.port, host: config.host });
    url = config.port === 0 ? address.replace('0.0.0.0', '127.0.0.1') : config.publicUrl;
  } else {
    await app.ready();
  }
  // The registry: every institution with its endpoint and public keys. In the embedded default the
  // federation registers its own members; in production the hub operator registers institutions.
  await registerHubItself(hub, `${url}/hub`);
  for (const tenant of tenants.all()) {
    await hub.registry.register({
      kbo: tenant.kbo,
      name: tenant.name,
      kind: 'cpas',
      endpoint: `${url}/exchange/v1/summary-requests`,
      jwks: toPublicJwks(tenant.keys),
    });
  }
  await hub.registry.register(portal.registryEntry(`${url}/portal`));
  const purgeSchedule = await finishStarting(config, tenants, services, log, clock, options.relayIntervalMs ?? 1_000);
  return {
    app,
    postgres,
    tenants,
    services,
    hub,
    portal,
    url,
    async close() {
      await purgeSchedule.stop();
      await services.relay.stop();
      await app.close();
      await hub.close();
      await portal.close();
      await Promise.all(tenants.all().map((tenant) => tenant.db.close()));
      if (!options.postgres) await postgres.stop();
    },
  };
}
