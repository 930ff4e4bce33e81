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
import { describeDemo, openTenants, readTenantSpecs, runPurge } from '#casework/index.ts';
import { migrateCommand, purgeServicesCommand, retentionCommand, verifyAuditCommand } from './tenant-commands.ts';
import { backupCommand, restoreCommand } from './backup.ts';
import { verifyLogCommand } from './verify-log.ts';
import { hubUsageCommand } from './hub-usage.ts';
import { exportInstitutions, institutionsCommand, operatorName, registerInstitutions } from './institutions.ts';

const optionAfter = (argv: string[], name: string): string | undefined => {
  const index = argv.indexOf(name);
  return index >= 0 ? argv[index + 1] : undefined;
};
import { usersCommand } from './users.ts';
import { runWitness } from './witness.ts';
import { DEFAULT_LOG_ORIGIN, hubLogVerifierKey } from '#hub/index.ts';
import { DEMO_HUB_OPERATOR, parseServices, SERVICE_NAMES, startServices, type RunningServices, type ServiceName } from './services.ts';
import { hubOperatorsCommand } from './hub-operators.ts';

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
    // Each CPAS at its own address too (*.localhost is this machine): its login page asks no choice of CPAS.
    const port = new URL(url).port;
    print(`  each CPAS at its own address: ${demo.hosts.map((host) => `http://${host}${port ? `:${port}` : ''}/`).join('  ')}`);
  }
  // The demo's hub operator (ADR 0020), with the demo password (printed here too when the hub runs alone).
  if (running.hub && config.isDemo)
    print(
      `  ${DEMO_HUB_OPERATOR.padEnd(18)} ${'hub operator'.padEnd(17)} ${url}/hub/operator/ (password: ${describeDemo().accounts[0]!.password})`,
    );
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
        `${tenant.name}: ${isDryRun ? 'dry run — ' : ''}${purgedFiles} files past retention, ${anonymisedPersons} persons anonymised, ` +
          `${expiredSummaries} expired summaries, ${endedIntegrations} integrations ended (run ${run.id})`,
      );
      const { documents, sessions, outboxMessages, notices, purgeRuns, incomingTransfers, auditEvents } = run.counts;
      print(
        `  ${isDryRun ? 'would remove' : 'removed'}: ${documents} documents past their class, ${sessions} expired sessions, ` +
          `${outboxMessages} sent messages, ${notices} handled notices, ${purgeRuns} old purge records, ` +
          `${incomingTransfers} disputed transfers received, ${auditEvents} audit events past the log's period`,
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
    case 'migrate': {
      const services = servicesArgument(argv.slice(1), ['casework']);
      if (typeof services === 'string') {
        process.stderr.write(`${services}\n`);
        return 2;
      }
      return migrateCommand(config, services, { out: print, err: (line) => process.stderr.write(`${line}\n`) });
    }
    case 'verify-audit':
      return verifyAuditCommand(config, { out: print, err: (line) => process.stderr.write(`${line}\n`) });
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
      const who = { operator: operatorName(optionAfter(argv, '--operator')), reason: optionAfter(argv, '--reason') ?? null };
      for (const line of await registerInstitutions(config, createLogger({ level: 'warn' }), argv[1], who)) print(`registered ${line}`);
      return 0;
    }
    case 'retention': {
      const services = servicesArgument(argv.slice(1), ['hub']);
      const service = typeof services === 'string' || services.length !== 1 ? null : services[0];
      if (service !== 'hub' && service !== 'portal') {
        process.stderr.write('Usage: rse retention --services=hub|portal [set <record-class> <days>]\n');
        return 2;
      }
      const rest = argv.slice(1).filter((arg, index, args) => !arg.startsWith('--services') && args[index - 1] !== '--services');
      return retentionCommand(config, service, rest, { out: print, err: (line) => process.stderr.write(`${line}\n`) });
    }
    case 'institutions':
      return institutionsCommand(config, createLogger({ level: 'warn' }), argv.slice(1), {
        out: print,
        err: (line) => process.stderr.write(`${line}\n`),
      });
    case 'purge': {
      const services = servicesArgument(argv.slice(1), ['casework']);
      if (typeof services === 'string') {
        process.stderr.write(`${services}\n`);
        return 2;
      }
      const isDryRun = argv.includes('--dry-run');
      const output = { out: print, err: (line: string) => process.stderr.write(`${line}\n`) };
      const code = services.includes('casework') ? await purge(config, isDryRun) : 0;
      return Math.max(code, await purgeServicesCommand(config, services, isDryRun, output));
    }
    case 'backup':
    case 'restore': {
      const services = servicesArgument(argv.slice(1), ['casework']);
      const directory = argv.slice(1).find((arg, index, args) => !arg.startsWith('--') && args[index - 1] !== '--services');
      if (typeof services === 'string' || !directory) {
        process.stderr.write(
          `${typeof services === 'string' ? services : `Usage: rse ${command} <directory> [--services=casework,hub,portal]`}\n`,
        );
        return 2;
      }
      const output = { out: print, err: (line: string) => process.stderr.write(`${line}\n`) };
      return command === 'backup'
        ? backupCommand(config, { directory, services, isKeysIncluded: argv.includes('--include-keys') }, output)
        : restoreCommand(config, { directory, services, isForced: argv.includes('--force') }, output);
    }
    case 'verify-log':
      return verifyLogCommand(config, argv.slice(1), { out: print, err: (line) => process.stderr.write(`${line}\n`) });
    case 'witness':
      return runWitness(config, print);
    case 'log-key':
      // The hub log's vkey, for HUB_LOG_KEY (nodes) and WITNESS_LOG_KEY (witnesses), ADR 0017.
      print(await hubLogVerifierKey(config.keysDir, config.transparency.origin ?? DEFAULT_LOG_ORIGIN));
      return 0;
    case 'users':
      return usersCommand(config, argv.slice(1), { out: print, err: (line) => process.stderr.write(`${line}\n`) });
    case 'hub-operators':
      return hubOperatorsCommand(config, argv.slice(1), { out: print, err: (line) => process.stderr.write(`${line}\n`) });
    case 'hub-usage':
      return hubUsageCommand(config, argv.slice(1), { out: print, err: (line) => process.stderr.write(`${line}\n`) });
    default:
      process.stderr.write(
        `Unknown command "${command}". Commands: start [--services=casework,hub,portal], hub, casework, portal, ` +
          'export-institutions [--services=casework,portal], register-institutions, ' +
          'institutions list|history|rotate-keys|deactivate|reactivate, ' +
          'migrate [--services=casework,hub,portal], purge [--services=casework,hub,portal] [--dry-run], ' +
          'verify-audit, verify-log, retention --services=hub|portal [set <class> <days>], ' +
          'backup <dir> [--services=…] [--include-keys], restore <dir> [--services=…] [--force], ' +
          'hub-usage [--month YYYY-MM], users create-admin|reset-password|list --tenant <kbo>, ' +
          'hub-operators create|reset-password|deactivate|list, witness, log-key\n',
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
