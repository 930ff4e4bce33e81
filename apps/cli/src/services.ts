/**
 * The services a process runs. `rse start` runs every one in one process on one port (the embedded
 * default: casework at `/`, the hub at `/hub`, the portal at `/portal`); `rse start --services=…`,
 * `rse hub`, `rse casework` and `rse portal` run some or one of them (production, ADR 0011), each with
 * its own database under DATABASE_PREFIX, reaching the hub at HUB_URL when it is not in the process.
 * Each app owns its start (apps/<app>/src/start.ts); this file only chooses, mounts and listens.
 */
import type { FastifyInstance } from 'fastify';
import type { Config } from '#platform/config.ts';
import { createHttpApp } from '#platform/http.ts';
import { observeRoutes, registerMetricsRoute } from '#platform/metrics.ts';
import type { Logger } from '#platform/logger.ts';
import { startPostgres, type PostgresServer } from '#platform/postgres.ts';
import { DEMO_PASSWORD, DEMO_PERSONS, logTrustFromConfig, startCasework, type CaseworkNode } from '#casework/index.ts';
import { DEFAULT_LOG_ORIGIN, hubPlugin, registerHubItself, startHub, type Hub } from '#hub/index.ts';
import { portalPlugin, startPortal, type Portal } from '#portal/index.ts';
import { httpWitnessEndpoint } from '#contracts/tlog/witness-client.ts';
import { startDemoWitnesses, witnessPlugin, type RunningWitness } from '#witness/index.ts';

/** The demo's hub operator (DEMO=true only), with the demo password of every demo account (ADR 0020). */
export const DEMO_HUB_OPERATOR = 'operator.hub';

export const SERVICE_NAMES = ['casework', 'hub', 'portal'] as const;
export type ServiceName = (typeof SERVICE_NAMES)[number];

/** `casework,hub,portal` (any order, at least one) → the services; a string says what is wrong. */
export function parseServices(value: string): ServiceName[] | string {
  const names = value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const unknown = names.filter((name) => !(SERVICE_NAMES as readonly string[]).includes(name));
  if (unknown.length > 0)
    return `Unknown service ${unknown.map((name) => `"${name}"`).join(', ')}: choose among ${SERVICE_NAMES.join(', ')}.`;
  if (names.length === 0) return `--services needs at least one of ${SERVICE_NAMES.join(', ')}.`;
  return SERVICE_NAMES.filter((name) => names.includes(name));
}

export type RunningServices = {
  app: FastifyInstance;
  postgres: PostgresServer;
  url: string;
  casework: CaseworkNode | null;
  hub: Hub | null;
  portal: Portal | null;
  /** The witnesses run in this process (the demo's two), cosigning the hub's checkpoints. */
  witnesses: RunningWitness[];
  close(): Promise<void>;
};

export type StartOptions = {
  clock?: () => Date;
  /** A PostgreSQL server already started (the tests'); otherwise the one of the configuration, stopped on close. */
  postgres?: PostgresServer;
  listen?: boolean;
  relayIntervalMs?: number;
  providerTimeoutMs?: number;
  /** How often the hub publishes a witnessed checkpoint when its log grew (ADR 0017). */
  checkpointIntervalMs?: number;
};

export async function startServices(
  config: Config,
  log: Logger,
  services: readonly ServiceName[],
  options: StartOptions = {},
): Promise<RunningServices> {
  const has = (name: ServiceName) => services.includes(name);
  const hubUsers = services.filter((name) => name !== 'hub');
  if (!has('hub') && !config.hubUrl && hubUsers.length > 0)
    throw new Error(
      `HUB_URL is required to run the ${hubUsers.join(' and ')} service${hubUsers.length > 1 ? 's' : ''} ` +
        `without the hub (e.g. HUB_URL=https://hub.example/hub).`,
    );
  const clock = options.clock ?? (() => new Date());
  const postgres = options.postgres ?? (await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log }));
  let url = config.publicUrl;
  const hubUrl = () => (has('hub') ? `${url}/hub` : config.hubUrl!);
  const common = { postgres, prefix: config.databasePrefix, keysDir: config.keysDir, log, clock };
  const casework = has('casework')
    ? await startCasework({
        config,
        log,
        postgres,
        clock,
        hubUrl,
        relayIntervalMs: options.relayIntervalMs,
        // The hub in this process: its own log key and witnesses (ADR 0017).
        ...(has('hub') ? { logTrust: async () => hubRef?.tlog.trust() ?? null } : {}),
      })
    : null;
  let hubRef: Hub | null = null;
  const hub = has('hub')
    ? await startHub({
        ...common,
        providerTimeoutMs: options.providerTimeoutMs,
        isMultiplexed: config.isExchangeMultiplexed,
        witnessing: {
          origin: config.transparency.origin ?? DEFAULT_LOG_ORIGIN,
          witnesses: config.transparency.witnesses.map((witness) => httpWitnessEndpoint(() => witness.url, witness.vkey)),
          quorum: config.transparency.quorum ?? config.transparency.witnesses.length,
        },
      })
    : null;
  hubRef = hub;
  // The demo's two witnesses (ADR 0017) when no witness is configured: both must cosign.
  const witnesses: RunningWitness[] =
    hub && config.isDemo && config.transparency.witnesses.length === 0
      ? await startDemoWitnesses({ ...common, logKey: { origin: hub.tlog.origin, publicKey: hub.keys.signing.publicKey } })
      : [];
  if (hub && witnesses.length > 0)
    hub.tlog.useWitnesses(
      witnesses.map((running) => httpWitnessEndpoint(() => `${url}/witness/${running.id}`, running.witness.verifierKey())),
      witnesses.length,
    );
  // The citizen portal: an institution of its own kind that reads everything through the hub (ADR 0009).
  const portal = has('portal')
    ? await startPortal({
        ...common,
        hubUrl,
        isMultiplexed: config.isExchangeMultiplexed,
        publicUrl: () => `${url}/portal`,
        // What the person's browser checks the checkpoints with (ADR 0017): the hub of this process, or the configured keys.
        logTrust: has('hub') ? async () => hubRef?.tlog.trust() ?? null : logTrustFromConfig(config),
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
      })
    : null;
  if (portal && !has('hub') && !config.transparency.hubLogKey)
    log.warn(
      "portal: HUB_LOG_KEY is not set, so persons' browsers do not check the exchange log themselves (the portal's own check stays)",
    );
  const app = createHttpApp({ log });
  // Metrics of each service (Prometheus text): observed before the services mount, served at their prefix.
  const metered = [
    { prefix: '', metrics: casework?.metrics },
    { prefix: '/hub', metrics: hub?.metrics },
    { prefix: '/portal', metrics: portal?.metrics },
  ];
  for (const { prefix, metrics } of metered) {
    if (!metrics) continue;
    observeRoutes(app, prefix, metrics.routes);
    await app.register(async (scope) => registerMetricsRoute(scope, metrics.registry, { token: config.metricsToken }), { prefix });
  }
  if (casework) await casework.mount(app);
  else app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  const operatorOidc = config.hubOperatorOidc;
  if (hub)
    await app.register(
      hubPlugin(hub, {
        isDemo: config.isDemo,
        isSecure: () => config.publicUrl.startsWith('https:'),
        // The callback defaults to this hub's own address, known once it listens (port 0 in tests).
        oidc: operatorOidc && {
          ...operatorOidc,
          redirectUri: operatorOidc.redirectUri ?? (() => `${url}/hub/operator/login/oidc/callback`),
        },
        isPasswordLoginOn: config.isHubOperatorPasswordLoginOn,
      }),
      { prefix: '/hub' },
    );
  if (portal) await app.register(portalPlugin(portal), { prefix: '/portal' });
  for (const running of witnesses) await app.register(witnessPlugin(running.witness), { prefix: `/witness/${running.id}` });
  if (options.listen !== false) {
    const address = await app.listen({ port: config.port, host: config.host });
    url = config.port === 0 ? address.replace('0.0.0.0', '127.0.0.1') : config.publicUrl;
  } else {
    await app.ready();
  }
  // The registry: every institution with its endpoint and public keys. A hub registers itself and the
  // institutions of its own process (the embedded default); in production its operator registers the
  // others (`rse export-institutions` → `rse register-institutions`).
  if (hub) {
    await registerHubItself(hub, `${url}/hub`);
    for (const entry of casework?.registryEntries(url) ?? []) await hub.registry.register(entry);
    if (portal) await hub.registry.register(portal.registryEntry(`${url}/portal`));
    // The demo's hub operator (ADR 0020), with the demo password; with DEMO=false: `rse hub-operators create <name>`.
    if (config.isDemo) await hub.operators.ensureDemo(DEMO_HUB_OPERATOR, DEMO_PASSWORD);
  }
  // A first witnessed checkpoint, so the keys just registered are provable before the first exchange (ADR 0017).
  await hub?.tlog.publish().catch((error: unknown) => log.error({ err: error }, 'exchange log: first checkpoint not published'));
  await casework?.run();
  // The demo's way back to the person (R40): a statement from the portal, answered at Forest, its answer back in the portal.
  if (config.isDemo && casework && hub && portal)
    await casework
      .seedPortalReply((niss, input) => portal.requests.addStatement(niss, input))
      .then((seeded) => seeded && log.info('demo: an answer on its way back to the portal'))
      .catch((error: unknown) => log.warn({ err: error }, 'demo: the statement sent from the portal was not answered'));
  hub?.tlog.start(options.checkpointIntervalMs ?? 10_000);
  return {
    app,
    postgres,
    url,
    casework,
    hub,
    portal,
    witnesses,
    async close() {
      await casework?.stop();
      await app.close();
      await hub?.close();
      for (const running of witnesses) await running.close();
      await portal?.close();
      await casework?.close();
      if (!options.postgres) await postgres.stop();
    },
  };
}

/** Every service in one process: what `npm start` runs, and what the integration tests start. */
export type Federation = RunningServices & {
  tenants: CaseworkNode['tenants'];
  services: CaseworkNode['services'];
  hub: Hub;
  portal: Portal;
};

export async function startFederation(config: Config, log: Logger, options: StartOptions = {}): Promise<Federation> {
  const running = await startServices(config, log, SERVICE_NAMES, options);
  const { casework, hub, portal } = running;
  if (!casework || !hub || !portal) throw new Error('the embedded default runs every service');
  return { ...running, hub, portal, tenants: casework.tenants, services: casework.services };
}
