/**
 * What every bench part needs to drive the services: an HTTP request over a kept-alive agent, a free
 * port, the CPU time of processes, and an open loop at a fixed arrival rate.
 */
import http from 'node:http';
import { readFile } from 'node:fs/promises';
import net from 'node:net';
import { summarise, type Summary } from './stats.ts';
import { childProcessEnv } from '../packages/platform/src/config.ts';

/**
 * The bench's own settings, read once here (the services read theirs through packages/platform's config):
 * the served PostgreSQL (`DATABASE_URL`), a directory for CPU profiles of the service processes
 * (`BENCH_PROFILE`), one for each point's statements per consultation (`BENCH_STATEMENTS`), and runtime flags
 * for the service processes (`BENCH_NODE_FLAGS`).
 */
export const benchSettings = {
  servedUrl: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
  profileDir: process.env.BENCH_PROFILE ?? null,
  statementsDir: process.env.BENCH_STATEMENTS ?? null,
  /** BENCH_NODE_FLAGS: Node or V8 flags for every service process of the exchange parts (A/B runs of a runtime setting). */
  nodeFlags: (process.env.BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean),
};

/** Node's arguments for a service process: a CPU profile into BENCH_PROFILE when it is set. */
export const profileArgs = (): string[] => (benchSettings.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${benchSettings.profileDir}`] : []);

/** A service process's environment: the system variables only (`childProcessEnv`), never the bench's own, plus `extra`. */
export const serviceEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => childProcessEnv(extra);

export type Reply = { status: number; text: string };

/** One HTTP request over `agent`; the whole answer as text. */
export function request(
  agent: http.Agent,
  url: string,
  method: string,
  body?: string | Buffer,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    const req = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname + target.search,
        method,
        agent,
        headers: { ...headers, ...(body !== undefined ? { 'content-length': Buffer.byteLength(body) } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** user + system CPU seconds of the given processes, from /proc (Linux; 0 elsewhere). */
export async function cpuSeconds(pids: number[]): Promise<number> {
  const { user, system } = await cpuTimes(pids);
  return user + system;
}

/** user and system CPU seconds of the given processes, apart, from /proc (Linux; 0 elsewhere). */
export async function cpuTimes(pids: number[]): Promise<{ user: number; system: number }> {
  let user = 0;
  let system = 0;
  for (const pid of pids) {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => null);
    if (!stat) continue;
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    user += Number(fields[11]);
    system += Number(fields[12]);
  }
  return { user: user / 100, system: system / 100 };
}

/**
 * Open loop at a fixed arrival rate; latency counts from the scheduled time (no coordinated omission).
 * Each arrival is one operation of the stream `pick(i)` names, summarised per stream. With
 * `maxInFlight`, an arrival that finds that many still in flight is not sent and counted as `shed`
 * (past the plateau the queue would grow without end).
 */
export async function openLoop(
  ratePerSecond: number,
  seconds: number,
  pick: (i: number) => { name: string; send: () => Promise<boolean> },
  options: { maxInFlight?: number } = {},
): Promise<Map<string, Summary & { shed: number }>> {
  const latencies = new Map<string, number[]>();
  const errors = new Map<string, number>();
  const shed = new Map<string, number>();
  const count = (map: Map<string, number>, name: string) => map.set(name, (map.get(name) ?? 0) + 1);
  let inFlightCount = 0;
  const total = Math.max(1, Math.floor(ratePerSecond * seconds));
  const interval = 1000 / ratePerSecond;
  const started = performance.now();
  const inFlight: Promise<void>[] = [];
  for (let i = 0; i < total; i += 1) {
    const scheduled = started + i * interval;
    const wait = scheduled - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    const { name, send } = pick(i);
    if (!latencies.has(name)) latencies.set(name, []);
    if (options.maxInFlight !== undefined && inFlightCount >= options.maxInFlight) {
      count(shed, name);
      continue;
    }
    inFlightCount += 1;
    inFlight.push(
      send().then(
        (ok) => {
          inFlightCount -= 1;
          if (ok) latencies.get(name)!.push(performance.now() - scheduled);
          else count(errors, name);
        },
        () => {
          inFlightCount -= 1;
          count(errors, name);
        },
      ),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - started) / 1000;
  return new Map(
    [...latencies].map(([name, values]) => [name, { ...summarise(values, errors.get(name) ?? 0, elapsed), shed: shed.get(name) ?? 0 }]),
  );
}
