/**
 * The `rse` command. `start` runs the chosen services in one process (`--services=casework,hub,portal`,
 * default all: the embedded default); `hub`, `casework` and `portal` run one service each (production,
 * ADR 0011); `export-institutions [--services=…]` / `register-institutions` carry a node's or the
 * portal's public keys to the hub operator; `migrate` applies migrations, `purge` runs the retention
 * job, `verify-audit` checks every tenant's audit chain, `verify-log` recomputes the hub's exchange
 * log and checks every signed tree head; `hub-usage` is the hub operator's monthly report of each
 * institution's consultations from the log's metadata. Each app is reached through its index.ts only.
 */
import { loadConfig, ConfigError, type Config } from '#platform/config.ts';
import { createLogger } from '#platform/logger.ts';
import { startPostgres } from '#platform/postgres.ts';
import {
  DEMO_TENANTS,
  checkAgainstAnchors,
  describeDemo,
  openTenants,
  readTenantSpecs,
  runPurge,
  verifyAuditChain,
} from '#casework/index.ts';
import { requestText } from '#platform/http-client.ts';
import { verifyLogCommand } from './verify-log.ts';
import { hubUsageCommand } from './hub-usage.ts';
import { runWitness } from './witness.ts';
import { DEFAULT_LOG_ORIGIN, hubLogVerifierKey } from '#hub/index.ts';
import { exportInstitutions, registerInstitutions } from './institutions.ts';
import { parseServices, SERVICE_NAMES, startServices, type RunningServices, type ServiceName } from './services.ts';

const print = (line = '') => process.stdout.write(`${line}\n`);

function printBanner(config: Config, running: RunningServices): void {
  const { url } = running;
  print('');
  print(`RSE is running at ${url}`);
  if (running.casework) {
    print(`  casework API   ${url}/api/v1   (OpenAPI: ${url}/openapi.json)`);
    print(`  health         ${url}/healthz  ${url}/readyz`);
  }
  if (running.hub) print(`  hub            ${url}/hub/v1   (OpenAPI: ${url}/hub/openapi.json, ready: ${url}/hub/readyz)`);
  if (running.portal) print(`  citizen portal ${url}/portal/   (API: ${url}/portal/api/v1, OpenAPI: ${url}/portal/openapi.json)`);
  print(`  data           ${config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : `embedded PostgreSQL in ${config.dataDir}`}`);
  if (running.casework && config.isDemo) {
    const demo = describeDemo();
    print('');
    print('DEMO federation — synthetic data only. Demo accounts (password for all: ' + demo.accounts[0]!.password + '):');
    for (const account of demo.accounts) print(`  ${account.username.padEnd(18)} ${account.role.padEnd(17)} ${account.institution.name}`);
  }
  print('');
}

function stopOnSignal(running: RunningServices): void {
  const stop = async () => {
    await running.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

/** `rse start [--services=…]` prints the banner; `rse hub|casework|portal` one line. */
async function runServices(config: Config, services: readonly ServiceName[], banner: 'full' | 'line'): Promise<void> {
  // The embedded default is for a person, even when its output goes to a pipe: readable lines, unless LOG_FORMAT says otherwise.
  const format = banner === 'full' && !config.isLogFormatChosen ? 'pretty' : config.logFormat;
  const log = createLogger({ level: config.logLevel, format });
  const running = await startServices(config, log, services);
  if (banner === 'full') printBanner(config, running);
  else print(`RSE ${services.join(', ')} is running at ${running.url}`);
  stopOnSignal(running);
}

/** The value of `--services=a,b` or `--services a,b`, or all services when absent. */
function servicesArgument(argv: string[], fallback: readonly ServiceName[]): ServiceName[] | string {
  const index = argv.findIndex((arg) => arg === '--services' || arg.startsWith('--services='));
  if (index < 0) return [...fallback];
  const value = argv[index]!.includes('=') ? argv[index]!.slice('--services='.length) : (argv[index + 1] ?? '');
  return parseServices(value);
}

async function migrateAll(config: Config): Promise<void> {
  const log = createLogger({ level: config.logLevel, format: config.logFormat });
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const tenants = await openTenants({ postgres, prefix: config.databasePrefix, keysDir: config.keysDir, specs: DEMO_TENANTS, log });
  print(`migrated ${tenants.all().length} casework databases`);
  await Promise.all(tenants.all().map((tenant) => tenant.db.close()));
  await postgres.stop();
}

/** `rse purge [--dry-run]`: the retention job (R42) for every CPAS of this node, with progress. */
async function purge(config: Config, isDryRun: boolean): Promise<number> {
  const log = createLogger({ level: 'warn' });
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const tenants = await openTenants({
    postgres,
    prefix: config.databasePrefix,
    keysDir: config.keysDir,
    specs: await readTenantSpecs(config),
    log,
  });
  try {
    for (const tenant of tenants.all()) {
      const run = await runPurge(tenant, {
        now: new Date(),
        isDryRun,
        trigger: 'cli',
        onProgress: (done, total) => process.stderr.write(`${tenant.name}: ${done} of ${total} files purged\n`),
      });
      const { purgedFiles, anonymisedPersons, expiredSummaries, endedIntegrations } = run.counts;
      print(
        `${tenant.name}: ${isDryRun ? 'dry run — ' : ''}${purgedFiles} files past retention, ${anonymisedPersons} persons anonymised, ${expiredSummaries} expired summaries, ${endedIntegrations} integrations ended (run ${run.id})`,
      );
      const { documents, sessions, outboxMessages, notices, purgeRuns, auditEvents } = run.counts;
      print(
        `  ${isDryRun ? 'would remove' : 'removed'}: ${documents} documents past their class, ${sessions} expired sessions, ${outboxMessages} sent messages, ${notices} handled notices, ${purgeRuns} old purge records, ${auditEvents} audit events past the log's period`,
      );
      if (isDryRun) for (const item of run.items) print(`  would purge ${item.requestId} (closed ${item.closedAt.slice(0, 10)})`);
    }
    if (!isDryRun) print("Integration endings are queued in each node's outbox; the running node delivers them to the hub.");
    return 0;
  } finally {
    await Promise.all(tenants.all().map((tenant) => tenant.db.close()));
    await postgres.stop();
  }
}

async function verifyAudit(config: Config): Promise<number> {
  const log = createLogger({ level: 'warn' });
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const tenants = await openTenants({ postgres, prefix: config.databasePrefix, keysDir: config.keysDir, specs: DEMO_TENANTS, log });
  let failures = 0;
  // The anchors are read from the hub's log, never from the node's own tables (ADR 0017).
  const hubUrl = config.hubUrl ?? `${config.publicUrl.replace(/\/+$/, '')}/hub`;
  for (const tenant of tenants.all()) {
    const result = await verifyAuditChain(tenant.db);
    if (result.isIntact) print(`${tenant.name}: ${result.count} audit events, chain intact`);
    else {
      failures += 1;
      print(`${tenant.name}: audit chain BROKEN at event ${result.brokenAtId}`);
    }
    const anchors = await checkAgainstAnchors(tenant.db, tenant.kbo, hubUrl, requestText);
    if (!anchors.isReachable) print(`${tenant.name}: anchors in the hub's log NOT CHECKED (the hub at ${hubUrl} cannot be reached)`);
    else if (anchors.problems.length === 0) print(`${tenant.name}: ${anchors.checked} anchored heads in the hub's log match the chain`);
    else {
      failures += 1;
      for (const problem of anchors.problems)
        print(
          `${tenant.name}: audit event${problem.fromEventId === problem.toEventId ? ` ${problem.toEventId}` : `s ${problem.fromEventId}–${problem.toEventId}`} ` +
            `${problem.kind === 'missing' ? 'MISSING' : 'REWRITTEN'} after anchoring (hub log entry ${problem.leafIndex}${problem.anchoredAt ? `, anchored ${problem.anchoredAt}` : ''})`,
        );
    }
    await tenant.db.close();
  }
  await postgres.stop();
  return failures === 0 ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  const command = argv[0] ?? 'start';
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    throw error;
  }
  switch (command) {
    case 'start': {
      const services = servicesArgument(argv.slice(1), SERVICE_NAMES);
      if (typeof services === 'string') {
        process.stderr.write(`${services}\n`);
        return 2;
      }
      await runServices(config, services, 'full');
      return -1;
    }
    case 'migrate':
      await migrateAll(config);
      return 0;
    case 'verify-audit':
      return verifyAudit(config);
    case 'hub':
    case 'casework':
    case 'portal':
      await runServices(config, [command], 'line');
      return -1;
    case 'export-institutions': {
      const services = servicesArgument(argv.slice(1), ['casework']);
      if (typeof services === 'string') {
        process.stderr.write(`${services}\n`);
        return 2;
      }
      print(JSON.stringify(await exportInstitutions(config, services), null, 2));
      return 0;
    }
    case 'register-institutions': {
      if (!argv[1]) {
        process.stderr.write('Usage: rse register-institutions <file.json> (the output of export-institutions)\n');
        return 2;
      }
      for (const line of await registerInstitutions(config, createLogger({ level: 'warn' }), argv[1])) print(`registered ${line}`);
      return 0;
    }
    case 'purge':
      return purge(config, argv.includes('--dry-run'));
    case 'verify-log':
      return verifyLogCommand(config, argv.slice(1), { out: print, err: (line) => process.stderr.write(`${line}\n`) });
    case 'witness':
      return runWitness(config, print);
    case 'log-key':
      // The hub log's vkey, for HUB_LOG_KEY (nodes) and WITNESS_LOG_KEY (witnesses), ADR 0017.
      print(await hubLogVerifierKey(config.keysDir, config.transparency.origin ?? DEFAULT_LOG_ORIGIN));
      return 0;
    case 'hub-usage':
      return hubUsageCommand(config, argv.slice(1), { out: print, err: (line) => process.stderr.write(`${line}\n`) });
    default:
      process.stderr.write(
        `Unknown command "${command}". Commands: start [--services=casework,hub,portal], hub, casework, portal, ` +
          'export-institutions [--services=casework,portal], register-institutions, migrate, purge [--dry-run], verify-audit, verify-log, ' +
          'hub-usage [--month YYYY-MM], witness, log-key\n',
      );
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`rse: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
