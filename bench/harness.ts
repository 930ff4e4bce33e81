/**
 * What every bench part needs to drive the services: an HTTP request over a kept-alive agent, a free
 * port, the CPU time of processes, an open loop at a fixed arrival rate, and the seed of a person
 * known at a provider who now asks a requester (the exchange's population, the large CPAS's consultable files).
 */
import http from 'node:http';
import { appendFile, readFile } from 'node:fs/promises';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import net from 'node:net';
import path from 'node:path';
import { summarise, type Summary } from './stats.ts';
import { childProcessEnv, loadBenchSettings } from '../packages/platform/src/config.ts';

/** The bench's own settings, read and checked once by packages/platform's config (`loadBenchSettings`). */
export const benchSettings = loadBenchSettings();

/**
 * Node's arguments for a service process: a CPU profile into BENCH_PROFILE, and a sampled allocation
 * profile into BENCH_HEAP_PROFILE (bench/heap-sampling.mjs, loaded before anything else), when they are set.
 */
export const profileArgs = (): string[] => [
  ...(benchSettings.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${benchSettings.profileDir}`] : []),
  ...(benchSettings.heapProfileDir
    ? [
        '--import',
        `${new URL('./heap-sampling.mjs', import.meta.url).href}?dir=${encodeURIComponent(path.resolve(benchSettings.heapProfileDir))}`,
      ]
    : []),
];

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
  options: { maxInFlight?: number; label?: string } = {},
): Promise<Map<string, Summary & { shed: number }>> {
  const timeline = benchSettings.timelineFile ? startTimeline(options.label ?? `open loop at ${ratePerSecond}/s`) : null;
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
    const sent = performance.now();
    inFlight.push(
      send().then(
        (ok) => {
          inFlightCount -= 1;
          if (ok) latencies.get(name)!.push(performance.now() - scheduled);
          else count(errors, name);
          timeline?.arrival(name, scheduled - started, sent - started, performance.now() - started, ok);
        },
        () => {
          inFlightCount -= 1;
          count(errors, name);
          timeline?.arrival(name, scheduled - started, sent - started, performance.now() - started, false);
        },
      ),
    );
  }
  await Promise.all(inFlight);
  await timeline?.end();
  const elapsed = (performance.now() - started) / 1000;
  return new Map(
    [...latencies].map(([name, values]) => [name, { ...summarise(values, errors.get(name) ?? 0, elapsed), shed: shed.get(name) ?? 0 }]),
  );
}

/**
 * A timeline of one open loop, for finding where its tails come from (BENCH_TIMELINE): each arrival's
 * scheduled, sent and answered times (ms from the loop's start; sent − scheduled is the load generator's own
 * lateness), and every 250 ms the machine's CPU shares from /proc/stat (user, system, iowait, steal, idle),
 * the run queue and the load generator's event-loop delay.
 */
function startTimeline(label: string) {
  const file = benchSettings.timelineFile!;
  const lines: string[] = [JSON.stringify({ kind: 'loop', label, at: new Date().toISOString(), epochMs: Date.now() })];
  const started = performance.now();
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  const readStat = async () => {
    const text = await readFile('/proc/stat', 'utf8').catch(() => '');
    const cpu = (text.split('\n')[0] ?? '').split(/\s+/).slice(1).map(Number);
    const running = Number(/procs_running (\d+)/.exec(text)?.[1] ?? 0);
    return { cpu, running };
  };
  let previous: Awaited<ReturnType<typeof readStat>> | null = null;
  const sample = async () => {
    const now = await readStat();
    if (previous && now.cpu.length >= 8) {
      const delta = now.cpu.map((v, k) => v - (previous!.cpu[k] ?? 0));
      const total = delta.slice(0, 8).reduce((a, b) => a + b, 0) || 1;
      const share = (k: number) => Math.round((delta[k]! / total) * 100);
      lines.push(
        JSON.stringify({
          kind: 'cpu',
          t: Math.round(performance.now() - started),
          user: share(0) + share(1),
          system: share(2) + share(5) + share(6),
          idle: share(3),
          iowait: share(4),
          steal: share(7),
          running: now.running,
          loopDelayMaxMs: Math.round(loopDelay.max / 1e5) / 10,
        }),
      );
      loopDelay.reset();
    }
    previous = now;
  };
  void sample();
  const timer = setInterval(() => void sample(), 250);
  return {
    arrival(name: string, scheduled: number, sent: number, answered: number, ok: boolean) {
      lines.push(
        JSON.stringify({
          kind: 'arrival',
          name,
          scheduled: Math.round(scheduled),
          late: Math.round(sent - scheduled),
          took: Math.round(answered - sent),
          ok,
        }),
      );
    },
    async end() {
      clearInterval(timer);
      loopDelay.disable();
      await appendFile(file, lines.join('\n') + '\n');
    },
  };
}

/** The day `days` before today (UTC), as the API writes dates. */
export const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

/** The social report the benches save and sign: a RIS request, its home visit on `visitedAt`. */
export const benchReport = (visitedAt: string) => ({
  identification: { civilStatus: 'isolé', householdComposition: 'seul', residenceStatus: 'registre de la population' },
  request: { description: 'Demande de revenu d’intégration' },
  homeVisit: { visitedAt, findings: 'Résidence effective constatée' },
  resources: { items: [{ holder: 'applicant', kind: 'aucun revenu', monthlyAmountCents: 0 }] },
  residualCharacter: { otherBenefits: 'aucune', maintenanceDebtors: 'aucun' },
  willingnessToWork: { assessment: 'inscrit' },
  situationSummary: { text: 'État de besoin' },
  proposal: { text: 'Octroi' },
});

/** The decision that makes a person known at a provider: a RIS granted by the special committee on `decidedAt`. */
export const grantedRis = (decidedAt: string) => ({
  decidedAt,
  body: 'special-committee',
  aidType: 'ris',
  outcome: 'granted',
  amountCents: 129_874,
  legalBasis: 'ris-law-2002',
  motivationCategory: 'state-of-need-established',
});

/** A call of the API as a seed makes it, as one user: the answer's JSON, or an error that names the call. */
export type SeedCall = (method: string, url: string, body?: unknown) => Promise<Record<string, unknown> & { id: string }>;

/**
 * A SeedCall over a bench's own request helper, `send(method, url, body, headers)`, with the user's token
 * and the body as JSON: any status from 300 on stops the seed, with the answer in the error.
 */
export function seedCaller(
  send: (method: string, url: string, body: string | undefined, headers: Record<string, string>) => Promise<Reply>,
  token?: string,
): SeedCall {
  return async (method, url, body) => {
    const headers = {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    };
    const reply = await send(method, url, body === undefined ? undefined : JSON.stringify(body), headers);
    if (reply.status >= 300) throw new Error(`${method} ${url}: ${reply.status} ${reply.text}`);
    return JSON.parse(reply.text || '{}') as Record<string, unknown> & { id: string };
  };
}

/**
 * A person known at a provider and now asking a requester, as both benches seed one through the API:
 * at the provider the person, a RIS request of 60 days ago, its social report signed and a RIS granted;
 * at the requester the person, a RIS request of yesterday and the person informed. Returns the
 * requester's file, which can be consulted once each CPAS's outbox has told the hub of both files.
 */
export async function seedKnownPerson(
  provider: SeedCall,
  requester: SeedCall,
  person: { niss: string; familyName: string; givenNames: { atProvider: string; atRequester: string } },
): Promise<string> {
  const { niss, familyName } = person;
  const known = await provider('POST', '/api/v1/persons', { niss, familyName, givenNames: person.givenNames.atProvider });
  const old = await provider('POST', '/api/v1/aid-requests', { personId: known.id, kind: 'ris', receivedAt: `${daysAgo(60)}T09:00:00Z` });
  await provider('PUT', `/api/v1/aid-requests/${old.id}/social-report`, { sections: benchReport(daysAgo(55)) });
  await provider('POST', `/api/v1/aid-requests/${old.id}/social-report/signature`);
  await provider('POST', `/api/v1/aid-requests/${old.id}/decisions`, grantedRis(daysAgo(50)));
  const asking = await requester('POST', '/api/v1/persons', { niss, familyName, givenNames: person.givenNames.atRequester });
  const file = await requester('POST', '/api/v1/aid-requests', { personId: asking.id, kind: 'ris', receivedAt: `${daysAgo(1)}T09:00:00Z` });
  await requester('POST', `/api/v1/aid-requests/${file.id}/person-informed`, { informedAt: new Date().toISOString(), method: 'in-person' });
  return file.id;
}

/**
 * Consults the RSE for a seeded file until a provider has answered (up to 50 tries, 200 ms apart): the
 * hub learns of the files through each CPAS's outbox, so the first tries may find no one yet.
 */
export async function consultUntilAnswered(requester: SeedCall, fileId: string): Promise<void> {
  let last = '';
  for (let attempt = 0; attempt < 50; attempt += 1) {
    try {
      const reply = await requester('POST', `/api/v1/aid-requests/${fileId}/rse-consultations`, { purpose: 'social-investigation' });
      if ((reply.responses as { status: string }[]).some((response) => response.status === 'answered')) return;
      last = JSON.stringify(reply);
    } catch (error) {
      last = (error as Error).message;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the first consultation of ${fileId} was never answered: ${last}`);
}
