/**
 * The operator's commands on the CPAS of this node: `rse migrate` and `rse verify-audit`. Both work on
 * the configured tenants (TENANTS_FILE with DEMO=false, the demo ones otherwise), in both modes: on
 * the served PostgreSQL of DATABASE_URL, or on the embedded one, the running server's when `rse start`
 * runs on the same DATA_DIR (issue 12, F4: they opened the demo tenants, created stray databases,
 * reported "intact" and failed with `rse: undefined` beside a running app).
 */
import type { Config } from '#platform/config.ts';
import { createDatabase } from '#platform/db.ts';
import { createLogger } from '#platform/logger.ts';
import { migrate } from '#platform/migrate.ts';
import { startPostgres } from '#platform/postgres.ts';
import { readRetentionDays, setRetentionDays } from '#platform/retention.ts';
import { checkAgainstAnchors, openTenants, readTenantSpecs, tenantDatabaseName, verifyAuditChain } from '#casework/index.ts';
import { requestText } from '#platform/http-client.ts';
import { createRetentionOperations, HUB_MIGRATIONS, hubDatabaseName, openHub, purgeHub } from '#hub/index.ts';
import { operatorName } from './institutions.ts';
import { openPortal, PORTAL_MIGRATIONS, purgePortal } from '#portal/index.ts';
import type { ServiceName } from './services.ts';

type Output = { out: (line: string) => void; err: (line: string) => void };

/** `rse migrate [--services=casework,hub,portal]` (default casework): creates and migrates each database of the services named. */
export async function migrateCommand(config: Config, services: readonly ServiceName[], output: Output): Promise<number> {
  const log = createLogger({ level: config.logLevel, format: config.logFormat });
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  try {
    if (services.includes('casework')) {
      const tenants = await openTenants({
        postgres,
        prefix: config.databasePrefix,
        keysDir: config.keysDir,
        specs: await readTenantSpecs(config),
        log,
      });
      for (const tenant of tenants.all()) output.out(`migrated ${tenant.name} (${tenantDatabaseName(config.databasePrefix, tenant.kbo)})`);
      output.out(`migrated ${tenants.all().length} casework databases`);
      await Promise.all(tenants.all().map((tenant) => tenant.db.close()));
    }
    for (const [service, database, directory] of [
      ['hub', hubDatabaseName(config.databasePrefix), HUB_MIGRATIONS],
      ['portal', `${config.databasePrefix}_portal`, PORTAL_MIGRATIONS],
    ] as const) {
      if (!services.includes(service)) continue;
      const db = createDatabase(await postgres.ensureDatabase(database), { max: 2 });
      try {
        const result = await migrate(db, directory);
        output.out(`migrated the ${service} database ${database} (${result.applied.length} migrations applied)`);
      } finally {
        await db.close();
      }
    }
    return 0;
  } finally {
    await postgres.stop();
  }
}

/**
 * `rse verify-audit`: recomputes the audit chain (R44) of every configured CPAS and names the first
 * event that does not verify. It creates nothing: a CPAS whose database is missing is a failure.
 */
export async function verifyAuditCommand(config: Config, output: Output): Promise<number> {
  const log = createLogger({ level: 'warn' });
  const specs = await readTenantSpecs(config);
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const hubUrl = config.hubUrl ?? `${config.publicUrl.replace(/\/+$/, '')}/hub`;
  let failures = 0;
  try {
    const existing = new Set(await postgres.listDatabases(`${config.databasePrefix}_cpas_`));
    for (const spec of specs) {
      const name = tenantDatabaseName(config.databasePrefix, spec.kbo);
      if (!existing.has(name)) {
        failures += 1;
        output.out(`${spec.name}: NO DATABASE ${name} (is DATABASE_PREFIX right? has the node run \`rse migrate\`?)`);
        continue;
      }
      const db = createDatabase(postgres.urlFor(name), { max: 1 });
      try {
        const result = await verifyAuditChain(db);
        if (result.isIntact) output.out(`${spec.name}: ${result.count} audit events, chain intact`);
        else {
          failures += 1;
          output.out(`${spec.name}: audit chain BROKEN at event ${result.brokenAtId}`);
        }
        // The anchors are read from the hub's log, never from the node's own tables (ADR 0017).
        const anchors = await checkAgainstAnchors(db, spec.kbo, hubUrl, requestText);
        if (!anchors.isReachable) output.out(`${spec.name}: anchors in the hub's log NOT CHECKED (the hub at ${hubUrl} cannot be reached)`);
        else if (anchors.problems.length === 0)
          output.out(`${spec.name}: ${anchors.checked} anchored heads in the hub's log match the chain`);
        else {
          failures += 1;
          for (const problem of anchors.problems) {
            const events =
              problem.fromEventId === problem.toEventId ? ` ${problem.toEventId}` : `s ${problem.fromEventId}–${problem.toEventId}`;
            const anchored = problem.anchoredAt ? `, anchored ${problem.anchoredAt}` : '';
            output.out(
              `${spec.name}: audit event${events} ` +
                `${problem.kind === 'missing' ? 'MISSING' : 'REWRITTEN'} after anchoring (hub log entry ${problem.leafIndex}${anchored})`,
            );
          }
        }
      } finally {
        await db.close();
      }
    }
  } finally {
    await postgres.stop();
  }
  return failures === 0 ? 0 : 1;
}

/** `rse purge --services=hub,portal [--dry-run]`: the retention run of the hub's and the portal's databases (R42). */
export async function purgeServicesCommand(
  config: Config,
  services: readonly ServiceName[],
  isDryRun: boolean,
  output: Output,
): Promise<number> {
  if (!services.includes('hub') && !services.includes('portal')) return 0;
  const log = createLogger({ level: 'warn' });
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const common = { postgres, prefix: config.databasePrefix, keysDir: config.keysDir, log, clock: () => new Date() };
  const say = (service: string, counts: Record<string, number>) =>
    output.out(
      `${service}: ${isDryRun ? 'dry run — would remove' : 'removed'} ${Object.entries(counts)
        .map(([recordClass, count]) => `${count} ${recordClass}`)
        .join(', ')}`,
    );
  try {
    if (services.includes('hub')) {
      const hub = await openHub(common);
      try {
        say('hub', (await purgeHub(hub, { trigger: 'cli', isDryRun })).counts);
      } finally {
        await hub.close();
      }
    }
    if (services.includes('portal')) {
      const portal = await openPortal({
        ...common,
        hubUrl: () => config.hubUrl ?? `${config.publicUrl}/hub`,
        publicUrl: () => `${config.publicUrl}/portal`,
        sessionIdleMinutes: config.sessionIdleMinutes,
        demo: null,
        oidc: null,
      });
      try {
        const run = await purgePortal(portal, { idleMinutes: config.sessionIdleMinutes, trigger: 'cli', isDryRun });
        say('portal', run.counts);
      } finally {
        await portal.close();
      }
    }
    return 0;
  } finally {
    await postgres.stop();
  }
}

/**
 * `rse retention --services=hub|portal [set <record-class> <days>]`: the retention periods of the hub's
 * or the portal's record classes (R42), listed, or one changed (the CPAS's own are on its settings page).
 * At the hub a change needs `--reason` and stays within the class's bounds; it is kept with the system
 * account and the reason in `retention_setting_changes`, like a change made in the operator's pages (ADR 0020).
 */
export async function retentionCommand(config: Config, service: 'hub' | 'portal', args: string[], output: Output): Promise<number> {
  const [action, recordClass, days] = args;
  const reasonIndex = args.indexOf('--reason');
  const reason = reasonIndex >= 0 ? (args[reasonIndex + 1] ?? '') : '';
  if (
    action !== undefined &&
    (action !== 'set' || !recordClass || !/^\d{1,5}$/.test(days ?? '') || (service === 'hub' && !reason.trim()))
  ) {
    output.err('Usage: rse retention --services=hub|portal [set <record-class> <days>] (at the hub: --reason <text>)');
    return 2;
  }
  const log = createLogger({ level: 'warn' });
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const name = service === 'hub' ? hubDatabaseName(config.databasePrefix) : `${config.databasePrefix}_portal`;
  const db = createDatabase(postgres.urlFor(name), { max: 1 });
  try {
    if (action === 'set' && service === 'hub') {
      const result = await createRetentionOperations(db).set(recordClass!, Number(days), operatorName(), reason);
      if (!result.ok) {
        output.err(
          result.problem === 'unknown-class' ? `No record class "${recordClass}" at the hub.` : `hub: ${recordClass}: ${result.problem}`,
        );
        return 1;
      }
      output.out(`hub: ${recordClass} kept ${days} days`);
    } else if (action === 'set') {
      if (!(await setRetentionDays(db, recordClass!, Number(days)))) {
        output.err(`No record class "${recordClass}" at the ${service}.`);
        return 1;
      }
      output.out(`${service}: ${recordClass} kept ${days} days`);
    }
    for (const [recordClassName, period] of await readRetentionDays(db)) output.out(`${service} ${recordClassName}: ${period} days`);
    return 0;
  } finally {
    await db.close();
    await postgres.stop();
  }
}
