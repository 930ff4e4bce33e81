/**
 * The README's test command. Runs every `*.test.ts` with node's test runner on a real PostgreSQL:
 * the server at DATABASE_URL when set, otherwise an embedded PostgreSQL started here for the run.
 * Fails when the run executed no test (node reports "tests 0" and passes otherwise).
 *   npm test                 all tests
 *   npm test -- --unit       only tests that need no database (files not under test/ or *.int.test.ts)
 *   npm test -- <files…>     the given files
 * The browser journeys (test/browser/) start Chromium beside a whole federation: they run after the
 * other files, one file at a time, with a longer bound per test, so that a loaded 2-core machine slows
 * them down without timing them out; the other files run two at a time.
 * Each service's migrations are applied once per run, to a template database that every federation
 * the tests start copies (RSE_TEST_TEMPLATES; test/database.ts); the templates are dropped at the end,
 * or by the next run when this one was stopped.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEST_TEMPLATES_VARIABLE } from '../packages/platform/src/config.ts';
import { createDatabase } from '../packages/platform/src/db.ts';
import { createLogger } from '../packages/platform/src/logger.ts';
import { migrate } from '../packages/platform/src/migrate.ts';
import { startPostgres, type PostgresServer } from '../packages/platform/src/postgres.ts';

const ROOTS = ['apps', 'packages', 'test', 'bench'];
const SERVICES_WITH_MIGRATIONS = ['casework', 'hub', 'portal', 'witness'];
const TEMPLATE_PREFIX = 'rse_template_';
const SKIP = new Set(['node_modules', 'data', 'test-results']);

async function findTests(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
  const files: string[] = [];
  for (const entry of entries) {
    if (SKIP.has(entry.name)) continue;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) files.push(...(await findTests(full)));
    else if (entry.name.endsWith('.test.ts')) files.push(full);
  }
  return files.sort();
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const isUnitOnly = args.includes('--unit');
  const explicit = args.filter((arg) => !arg.startsWith('--'));
  let files = explicit.length > 0 ? explicit : (await Promise.all(ROOTS.map(findTests))).flat();
  if (isUnitOnly) files = files.filter((file) => !file.startsWith('test/') && !file.endsWith('.int.test.ts'));
  if (files.length === 0) {
    process.stderr.write('No test files found.\n');
    return 1;
  }
  let postgres: PostgresServer | null = null;
  let tempDir: string | null = null;
  const env = { ...process.env };
  if (!env.DATABASE_URL && !isUnitOnly) {
    tempDir = await mkdtemp(path.join(os.tmpdir(), 'rse-test-'));
    postgres = await startPostgres({ dataDir: tempDir, databaseUrl: null, log: createLogger({ level: 'warn' }) });
    env.DATABASE_URL = postgres.urlFor('postgres');
    process.stdout.write(`Tests run on an embedded PostgreSQL (${tempDir}).\n`);
  } else if (env.DATABASE_URL) {
    process.stdout.write('Tests run on the PostgreSQL server at DATABASE_URL.\n');
  }
  const server =
    postgres ??
    (env.DATABASE_URL && !isUnitOnly
      ? await startPostgres({ dataDir: os.tmpdir(), databaseUrl: env.DATABASE_URL, log: createLogger({ level: 'warn' }) })
      : null);
  const templates: Record<string, string> = {};
  try {
    if (server) await createTemplates(server, templates);
    env[TEST_TEMPLATES_VARIABLE] = JSON.stringify(templates);
    return await runPhases(files, env);
  } finally {
    for (const name of Object.values(templates)) {
      await server
        ?.dropDatabase(name)
        .catch((error: unknown) => process.stderr.write(`Template database ${name} not dropped: ${String(error)}\n`));
    }
    if (postgres) await postgres.stop();
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  }
}

/**
 * One migrated template database per service, named for this run's process; none can be connected to.
 * Those of a run that ended without dropping them (its process is gone) are dropped first.
 */
async function createTemplates(server: PostgresServer, templates: Record<string, string>): Promise<void> {
  for (const name of await server.listDatabases(TEMPLATE_PREFIX)) {
    const pid = Number(/^rse_template_(\d+)_/.exec(name)?.[1]);
    if (pid && !isRunning(pid)) await server.dropDatabase(name);
  }
  for (const service of SERVICES_WITH_MIGRATIONS) {
    const name = `${TEMPLATE_PREFIX}${process.pid}_${service}`;
    const directory = fileURLToPath(new URL(`../apps/${service}/migrations`, import.meta.url));
    const db = createDatabase(await server.ensureDatabase(name), { max: 1 });
    templates[directory] = name;
    try {
      await migrate(db, directory);
    } finally {
      await db.close();
    }
    // Copied by its owner, it needs no IS_TEMPLATE; no connection may reach it while it is copied.
    const admin = createDatabase(server.urlFor('postgres'), { max: 1 });
    try {
      await admin.query(`ALTER DATABASE "${name}" WITH ALLOW_CONNECTIONS false`);
    } finally {
      await admin.close();
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

async function runPhases(files: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const isBrowser = (file: string) => file.split(path.sep).join('/').includes('test/browser/');
  const phases = [
    { files: files.filter((file) => !isBrowser(file)), concurrency: 2, timeoutMs: 180_000 },
    { files: files.filter(isBrowser), concurrency: 1, timeoutMs: 600_000 },
  ].filter((phase) => phase.files.length > 0);
  let code = 0;
  let executed = 0;
  for (const phase of phases) {
    const result = await runPhase(phase.files, phase.concurrency, phase.timeoutMs, env);
    code = code || result.code;
    executed += result.executed;
  }
  if (executed === 0) {
    process.stderr.write('The test run executed no test: failing.\n');
    return 1;
  }
  return code;
}

/** One run of node's test runner over `files`; its exit code and how many tests it executed. */
async function runPhase(
  files: string[],
  concurrency: number,
  timeoutMs: number,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number; executed: number }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', '--test', '--test-reporter=spec', `--test-concurrency=${concurrency}`, `--test-timeout=${timeoutMs}`, ...files],
    { env, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
    process.stdout.write(chunk);
  });
  const code = await new Promise<number>((resolve) => child.on('close', (status) => resolve(status ?? 1)));
  const executed = /ℹ tests (\d+)/.exec(output);
  return { code, executed: executed ? Number(executed[1]) : 0 };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
