/**
 * Institutions are registered at the hub by its operator from the public part each process exports
 * (`rse export-institutions [--services=casework,portal]` there, `rse register-institutions <file>` on
 * the hub): a node or the portal never writes the hub's registry itself (ADR 0011).
 */
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import type { Config } from '#platform/config.ts';
import type { Logger } from '#platform/logger.ts';
import { startPostgres } from '#platform/postgres.ts';
import { isValidKbo } from '#contracts/kbo.ts';
import type { PublicJwks } from '#contracts/protocol/keys.ts';
import { caseworkRegistryEntries } from '#casework/index.ts';
import { createRegistryOperations, openHub, type Hub } from '#hub/index.ts';
import { portalRegistryEntry } from '#portal/index.ts';
import type { ServiceName } from './services.ts';

export type RegistryEntry = { kbo: string; name: string; kind: 'cpas' | 'portal'; endpoint: string; jwks: PublicJwks };

/** The public registry entries of this process's institutions: its CPAS, and the portal when it runs here (no database needed). */
export async function exportInstitutions(config: Config, services: readonly ServiceName[]): Promise<RegistryEntry[]> {
  const entries: RegistryEntry[] = [];
  if (services.includes('casework')) entries.push(...(await caseworkRegistryEntries(config, config.publicUrl)));
  if (services.includes('portal')) entries.push(await portalRegistryEntry(config.keysDir, `${config.publicUrl}/portal`));
  return entries;
}

/**
 * `rse register-institutions <file> [--operator <name>] [--reason <text>]`: the hub operator adds or updates
 * institutions from exported entries, each change kept in the registry's history.
 */
export async function registerInstitutions(
  config: Config,
  log: Logger,
  file: string,
  who: { operator: string; reason: string | null } = { operator: operatorName(), reason: null },
): Promise<string[]> {
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
  return withHub(config, log, async (hub) => {
    const operations = createRegistryOperations(hub.db, hub.registry);
    const done: string[] = [];
    for (const entry of entries) done.push(`${entry.kbo} ${entry.name} (${await operations.register(entry, who.operator, who.reason)})`);
    return done;
  });
}

/** Who runs the command: `--operator`, or the account of the operating system. */
export function operatorName(explicit?: string): string {
  if (explicit && explicit.trim()) return explicit.trim().slice(0, 100);
  try {
    return `${os.userInfo().username}@${os.hostname()}`.slice(0, 100);
  } catch {
    return 'unknown-operator';
  }
}

export async function withHub<T>(config: Config, log: Logger, work: (hub: Hub) => Promise<T>): Promise<T> {
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log });
  const hub = await openHub({ postgres, prefix: config.databasePrefix, keysDir: config.keysDir, log, clock: () => new Date() });
  try {
    return await work(hub);
  } finally {
    await hub.close();
    await postgres.stop();
  }
}

const optionOf = (args: string[], name: string): string | undefined => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};

/**
 * `rse institutions list | history <kbo> | rotate-keys <kbo> <jwks.json> | deactivate <kbo> --reason <text> | reactivate <kbo>`
 * (each change with `--operator <name>`, default the system account, and `--reason`): the hub operator's registry, with its history.
 */
export async function institutionsCommand(
  config: Config,
  log: Logger,
  args: string[],
  output: { out: (line: string) => void; err: (line: string) => void },
): Promise<number> {
  const [action, kbo, file] = args;
  const operator = operatorName(optionOf(args, '--operator'));
  const reason = optionOf(args, '--reason') ?? null;
  const usage = () => {
    output.err(
      'Usage: rse institutions list | history <kbo> | rotate-keys <kbo> <jwks.json> | ' +
        'deactivate <kbo> --reason <text> | reactivate <kbo> [--operator <name>] [--reason <text>]',
    );
    return 2;
  };
  if (action !== 'list' && (!kbo || !isValidKbo(kbo))) return usage();
  return withHub(config, log, async (hub) => {
    const operations = createRegistryOperations(hub.db, hub.registry);
    try {
      switch (action) {
        case 'list':
          for (const row of await operations.listAll())
            output.out(
              `${row.kbo} ${row.kind.padEnd(6)} ${row.is_active ? 'active     ' : 'DEACTIVATED'} ${row.name} ${row.endpoint ?? ''}`,
            );
          return 0;
        case 'history':
          for (const change of await operations.history(kbo!))
            output.out(`${change.changedAt} ${change.action} by ${change.operator}${change.reason ? ` — ${change.reason}` : ''}`);
          return 0;
        case 'rotate-keys': {
          if (!file) return usage();
          const parsed = JSON.parse(await readFile(file, 'utf8')) as PublicJwks | RegistryEntry[] | RegistryEntry;
          // A JWKS, or the institution's export (`rse export-institutions`).
          const entry = Array.isArray(parsed) ? parsed.find((item) => item.kbo === kbo) : 'jwks' in parsed ? parsed : null;
          await operations.rotateKeys(kbo!, entry ? entry.jwks : (parsed as PublicJwks), operator, reason);
          output.out(`rotated the keys of ${kbo}`);
          return 0;
        }
        case 'deactivate':
          await operations.deactivate(kbo!, operator, reason ?? '');
          output.out(`deactivated ${kbo}: its messages are refused from now on`);
          return 0;
        case 'reactivate':
          await operations.reactivate(kbo!, operator, reason);
          output.out(`reactivated ${kbo}`);
          return 0;
        default:
          return usage();
      }
    } catch (error) {
      if (error instanceof SyntaxError || (error instanceof Error && !(error as { code?: string }).code)) {
        output.err(error.message);
        return 1;
      }
      throw error;
    }
  });
}
