/**
 * F5 (issue 12): what a failed-login flood from one client costs the others. One run, one embedded
 * federation on the served PostgreSQL (DATABASE_URL), the same worker reading her worklist at a
 * fixed concurrency for the same duration:
 *   A. alone (the baseline of this run);
 *   B. while another client floods `POST /api/v1/sessions` with bodies refused by validation at the
 *      same concurrency (what any flood of cheap requests costs: the floor);
 *   C. while one client (127.0.0.2) floods `POST /api/v1/sessions` with wrong passwords for her
 *      account at the same concurrency (before F5's fix, each cost a full scrypt).
 * Printed: reads per second in each phase and their ratios, the flood's answers (401 before the limit,
 * 429 after), and whether the real user still logs in from her own client during the flood.
 *   tsx bench/login-flood.ts [--seconds 5] [--concurrency 8]
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { benchSettings } from './harness.ts';
import { loadConfig } from '../packages/platform/src/config.ts';
import { createLogger } from '../packages/platform/src/logger.ts';
import { startPostgres } from '../packages/platform/src/postgres.ts';
import { startFederation } from '../apps/cli/src/services.ts';
import { DEMO_PASSWORD } from '../apps/casework/src/modules/demo/demo-federation.ts';

const args = process.argv.slice(2);
const numberArg = (name: string, fallback: number) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? Number(args[index + 1]) : fallback;
};
const SECONDS = numberArg('seconds', 5);
const CONCURRENCY = numberArg('concurrency', 8);
const SERVED_URL = benchSettings.servedUrl;

function call(port: number, method: string, url: string, options: { token?: string; body?: unknown; from?: string; agent: http.Agent }) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
    const request = http.request(
      {
        host: '127.0.0.1',
        port,
        method,
        path: url,
        agent: options.agent,
        localAddress: options.from,
        headers: {
          ...(payload ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } : {}),
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

async function loop(until: number, work: () => Promise<unknown>): Promise<number> {
  let count = 0;
  while (performance.now() < until) {
    await work();
    count += 1;
  }
  return count;
}

async function main() {
  const prefix = `bflood${randomBytes(3).toString('hex')}`;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'rse-flood-'));
  const config = loadConfig({
    DATABASE_URL: SERVED_URL,
    DATABASE_PREFIX: prefix,
    DATA_DIR: dataDir,
    PORT: '0',
    DEMO: 'true',
    LOG_LEVEL: 'error',
  });
  const log = createLogger({ level: 'error' });
  const postgres = await startPostgres({ dataDir, databaseUrl: SERVED_URL, log });
  const federation = await startFederation(config, log, { postgres });
  const port = Number(new URL(federation.url).port);
  const readers = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const flooders = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    const login = await call(port, 'POST', '/api/v1/sessions', {
      body: { username: 'marie.forest', password: DEMO_PASSWORD },
      agent: readers,
    });
    const token = (JSON.parse(login.text) as { token: string }).token;
    const read = () => call(port, 'GET', '/api/v1/worklist?limit=20', { token, agent: readers });
    await loop(performance.now() + 1000, read); // warm-up

    const aloneUntil = performance.now() + SECONDS * 1000;
    const alone = (await Promise.all(Array.from({ length: CONCURRENCY }, () => loop(aloneUntil, read)))).reduce((a, b) => a + b, 0);

    const answers = new Map<number, number>();
    /** Reads at full concurrency while `flooder` runs at the same concurrency from another client. */
    const under = async (flooder: () => Promise<unknown>, during?: () => Promise<{ status: number }>) => {
      const until = performance.now() + SECONDS * 1000;
      const [count, , extra] = await Promise.all([
        Promise.all(Array.from({ length: CONCURRENCY }, () => loop(until, read))).then((counts) => counts.reduce((a, b) => a + b, 0)),
        Promise.all(Array.from({ length: CONCURRENCY }, () => loop(until, flooder))),
        during ? new Promise((resolve) => setTimeout(resolve, (SECONDS * 1000) / 2)).then(during) : Promise.resolve(null),
      ]);
      return { count, extra };
    };
    // C: the same number of requests, refused by validation (no password): what any flood of cheap requests costs.
    const cheap = await under(() =>
      call(port, 'POST', '/api/v1/sessions', { body: { username: 'marie.forest' }, from: '127.0.0.4', agent: flooders }),
    );
    const flood = () =>
      call(port, 'POST', '/api/v1/sessions', {
        body: { username: 'marie.forest', password: `guess-${Math.random()}` },
        from: '127.0.0.2',
        agent: flooders,
      }).then((answer) => answers.set(answer.status, (answers.get(answer.status) ?? 0) + 1));
    const { count: underFlood, extra: realLogin } = await under(flood, () =>
      call(port, 'POST', '/api/v1/sessions', { body: { username: 'marie.forest', password: DEMO_PASSWORD }, agent: readers }),
    );
    const perSecond = (count: number) => Math.round(count / SECONDS);
    process.stdout.write(
      [
        `Login flood (F5): ${CONCURRENCY} concurrent readers of a worklist, ${SECONDS} s each phase, same run`,
        `  reads alone:        ${perSecond(alone)} req/s`,
        `  reads under a flood of requests refused by validation (any cheap flood): ${perSecond(cheap.count)} req/s  (${Math.round((cheap.count / alone) * 100)} % of alone)`,
        `  reads under a failed-login flood: ${perSecond(underFlood)} req/s  (${Math.round((underFlood / alone) * 100)} % of alone, ${Math.round((underFlood / cheap.count) * 100)} % of the cheap flood)`,
        `  flood answers:      ${[...answers].map(([status, count]) => `${status}×${count}`).join(', ')}`,
        `  real user's login from her own client during the flood: ${realLogin?.status === 201 ? 'accepted (201)' : `refused (${realLogin?.status})`}`,
        '',
      ].join('\n'),
    );
  } finally {
    readers.destroy();
    flooders.destroy();
    await federation.close();
    for (const name of await postgres.listDatabases(`${prefix}_`)) await postgres.dropDatabase(name);
    await rm(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
