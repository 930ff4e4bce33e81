/**
 * The `rse` command: `start` runs the embedded default (every service in one process); `hub` and
 * `casework` run one service each (production); `export-institutions` / `register-institutions`
 * carry a node's public keys to the hub operator;
 * `migrate` applies migrations, `purge` runs the retention job, `verify-audit` checks every tenant's audit chain, `verify-log`
 * recomputes the hub's exchange log and checks every signed tree head; `hub-usage` is the hub operator's
 * monthly report of each institution's consultations from the log's metadata.
 */
import { loadConfig, ConfigError, type Config } from '#platform/config.ts';
import { createLogger } from '#platform/logger.ts';
import { startPostgres } from '#platform/postgres.ts';
import { openTenants } from '#casework/casework.ts';
import { verifyAuditChain } from '#casework/modules/audit/audit.ts';
import { DEMO_TENANTS } from '#casework/modules/demo/demo-federation.ts';
import { describeDemo } from '#casework/modules/demo/demo-seed.ts';
import { startFederation } from './federation.ts';
import { verifyLogCommand } from './verify-log.ts';
import { hubUsageCommand } from './hub-usage.ts';
import { runPurge } from '#casework/modules/retention/retention.service.ts';
import { readTenantSpecs } from './services.ts';
import { exportInstitutions, registerInstitutions, startCaseworkService, startHubService, type RunningService } from './services.ts';

const print = (line = '') => process.stdout.write(`${line}\n`);

async function start(config: Config): Promise<void> {
  const log = createLogger({ level: config.logLevel, format: config.logFormat });
  const federation = await startFederation(config, log);
  print('');
  print(`RSE is running at ${federation.url}`);
  print(`  casework API   ${federation.url}/api/v1   (OpenAPI: ${federation.url}/openapi.json)`);
  print(`  health         ${federation.url}/healthz  ${federation.url}/readyz`);
  print(
    `  citizen portal ${federation.url}/portal/   (API: ${federation.url}/portal/api/v1, OpenAPI: ${federation.url}/portal/openapi.json)`,
  );
  print(`  data           ${config.databaseUrl ? 'PostgreSQL at DATABASE_URL' : `embedded PostgreSQL in ${config.dataDir}`}`);
  if (config.isDemo) {
    const demo = describeDemo();
    print('');
    print('DEMO federation — synthetic data only. Demo accounts (password for all: ' + demo.accounts[0]!.password + '):');
    for (const account of demo.accounts) print(`  ${account.username.padEnd(18)} ${account.role.padEnd(17)} ${account.institution.name}`);
  }
  print('');
  const stop = async () => {
    await federation.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function runService(
  config: Config,
  name: string,
  start: (config: Config, log: ReturnType<typeof createLogger>) => Promise<RunningService>,
): Promise<void> {
  const log = createLogger({ level: config.logLevel, format: config.logFormat });
  const service = await start(config, log);
  print(`RSE ${name} is running at ${service.url}`);
  const stop = async () => {
    await service.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
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
  for (const tenant of tenants.all()) {
    const result = await verifyAuditChain(tenant.db);
    if (result.isIntact) print(`${tenant.name}: ${result.count} audit events, chain intact`);
    else {
      failures += 1;
      print(`${tenant.name}: audit chain BROKEN at event ${result.brokenAtId}`);
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
    case 'start':
      await start(config);
      return -1;
    case 'migrate':
      await migrateAll(config);
      return 0;
    case 'verify-audit':
      return verifyAudit(config);
    case 'hub':
      await runService(config, 'hub', startHubService);
      return -1;
    case 'casework':
      await runService(config, 'casework', startCaseworkService);
      return -1;
    case 'export-institutions':
      print(JSON.stringify(await exportInstitutions(config), null, 2));
      return 0;
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
    case 'hub-usage':
      return hubUsageCommand(config, argv.slice(1), { out: print, err: (line) => process.stderr.write(`${line}\n`) });
    default:
      process.stderr.write(
        `Unknown command "${command}". Commands: start, hub, casework, export-institutions, register-institutions, migrate, purge [--dry-run], verify-audit, verify-log, hub-usage [--month YYYY-MM]\n`,
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
