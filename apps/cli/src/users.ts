/**
 * `rse users …`: the operator's user commands on the configured CPAS (TENANTS_FILE with DEMO=false,
 * embedded or served PostgreSQL), for when nobody can log in yet:
 *   rse users create-admin --tenant <kbo> --username <name> [--name "Full name"] [--language fr|nl|de]
 *   rse users reset-password --tenant <kbo> --username <name>
 *   rse users list --tenant <kbo>
 * The password printed is one-time: the person chooses their own at the first login. Each change is
 * in the CPAS's audit log as the operator's (no user). Everything else is done in the web application.
 */
import type { Config } from '#platform/config.ts';
import { createLogger } from '#platform/logger.ts';
import { startPostgres } from '#platform/postgres.ts';
import { AppError } from '#platform/errors.ts';
import { createUserService, openTenants, readTenantSpecs } from '#casework/index.ts';

type Out = { out(line: string): void; err(line: string): void };

const USAGE =
  'Usage: rse users create-admin --tenant <kbo> --username <name> [--name "Full name"] [--language fr|nl|de]\n' +
  '       rse users reset-password --tenant <kbo> --username <name>\n' +
  '       rse users list --tenant <kbo>';

/** The value of `--flag value` or `--flag=value`. */
export function option(argv: readonly string[], name: string): string | undefined {
  const index = argv.findIndex((arg) => arg === `--${name}` || arg.startsWith(`--${name}=`));
  if (index < 0) return undefined;
  const arg = argv[index]!;
  return arg.includes('=') ? arg.slice(name.length + 3) : argv[index + 1];
}

export async function usersCommand(config: Config, argv: readonly string[], io: Out): Promise<number> {
  const action = argv[0];
  const kbo = option(argv, 'tenant');
  const username = option(argv, 'username');
  if (!action || !['create-admin', 'reset-password', 'list'].includes(action) || !kbo || !/^\d{10}$/.test(kbo)) {
    io.err(USAGE);
    return 2;
  }
  if (action !== 'list' && !username) {
    io.err(USAGE);
    return 2;
  }
  const chosen = option(argv, 'language') ?? 'fr';
  const language = chosen === 'nl' || chosen === 'de' || chosen === 'fr' ? chosen : null;
  if (!language) {
    io.err('--language must be fr, nl or de');
    return 2;
  }
  const specs = (await readTenantSpecs(config)).filter((spec) => spec.kbo === kbo);
  if (specs.length === 0) {
    io.err(`No CPAS with KBO number ${kbo} in ${config.isDemo ? 'the demo' : (config.tenantsFile ?? 'TENANTS_FILE')}.`);
    return 1;
  }
  const log = createLogger({ level: 'warn' });
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const tenants = await openTenants({ postgres, prefix: config.databasePrefix, keysDir: config.keysDir, specs, log });
  const tenant = tenants.byKbo(kbo)!;
  const users = createUserService();
  try {
    if (action === 'list') {
      for (const user of await users.listFromCli(tenant))
        io.out(`${user.username.padEnd(24)} ${user.role.padEnd(17)} ${user.isActive ? 'active' : 'inactive'}  ${user.displayName}`);
      return 0;
    }
    const result =
      action === 'create-admin'
        ? await users.createAdminFromCli(
            tenant,
            { username: username!, displayName: option(argv, 'name') ?? username!, language },
            new Date(),
          )
        : await users.resetPasswordFromCli(tenant, username!, new Date());
    io.out(`${tenant.name}: ${action === 'create-admin' ? 'administrator created' : 'password reset'}: ${result.user.username}`);
    io.out(`One-time password (shown once; to be replaced at the first login): ${result.oneTimePassword}`);
    return 0;
  } catch (error) {
    if (error instanceof AppError) {
      io.err(`${tenant.name}: ${error.message} (${error.code})`);
      return 1;
    }
    throw error;
  } finally {
    await Promise.all(tenants.all().map((t) => t.db.close()));
    await postgres.stop();
  }
}
