/**
 * Metrics in the Prometheus text exposition format (version 0.0.4), written here rather than taken
 * from a dependency: counters, gauges read when scraped, and histograms, with labels. `GET /metrics`
 * of each service (casework at `/metrics`, the hub at `/hub/metrics`, the portal at `/portal/metrics`)
 * serves its registry. Metrics are counts and durations only: no label ever holds a NISS, a name, a
 * token or a file reference (labels are route templates, institution numbers, outcomes).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BATCH_PATH, carriedOutcomesOf } from './multiplex.ts';

export type Labels = Readonly<Record<string, string>>;

type Sample = { labels: Labels; value: number };

type Metric = { name: string; help: string; type: 'counter' | 'gauge' | 'histogram'; collect(): Promise<string[]> };

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
}

export function formatLabels(labels: Labels): string {
  const entries = Object.entries(labels);
  if (entries.length === 0) return '';
  return `{${entries.map(([key, value]) => `${key}="${escapeLabel(value)}"`).join(',')}}`;
}

function formatValue(value: number): string {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return '+Inf';
  if (value === -Infinity) return '-Inf';
  return String(value);
}

const keyOf = (labels: Labels) => JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)));

export type Counter = { inc(labels?: Labels, by?: number): void };
export type Histogram = { observe(seconds: number, labels?: Labels): void };

/** Latency buckets in seconds, from 5 ms to 10 s. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export type MetricsRegistry = ReturnType<typeof createMetricsRegistry>;

export function createMetricsRegistry() {
  const metrics = new Map<string, Metric>();
  const add = (metric: Metric) => {
    if (!NAME.test(metric.name)) throw new Error(`Invalid metric name ${metric.name}`);
    if (metrics.has(metric.name)) throw new Error(`Metric ${metric.name} registered twice`);
    metrics.set(metric.name, metric);
  };
  return {
    counter(name: string, help: string): Counter {
      const values = new Map<string, Sample>();
      add({
        name,
        help,
        type: 'counter',
        collect: async () => [...values.values()].map((sample) => `${name}${formatLabels(sample.labels)} ${formatValue(sample.value)}`),
      });
      return {
        inc(labels = {}, by = 1) {
          const key = keyOf(labels);
          const sample = values.get(key) ?? { labels, value: 0 };
          sample.value += by;
          values.set(key, sample);
        },
      };
    },
    /** A gauge read when scraped (a database count, an age); a failed read leaves it out of that scrape. */
    gauge(name: string, help: string, read: () => Promise<Sample[]> | Sample[]): void {
      add({
        name,
        help,
        type: 'gauge',
        collect: async () => {
          const samples = await Promise.resolve()
            .then(read)
            .catch(() => [] as Sample[]);
          return samples.map((sample) => `${name}${formatLabels(sample.labels)} ${formatValue(sample.value)}`);
        },
      });
    },
    histogram(name: string, help: string, buckets: readonly number[] = LATENCY_BUCKETS): Histogram {
      const series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
      add({
        name,
        help,
        type: 'histogram',
        collect: async () =>
          [...series.values()].flatMap((entry) => [
            ...buckets.map(
              (bound, index) => `${name}_bucket${formatLabels({ ...entry.labels, le: formatValue(bound) })} ${entry.counts[index]!}`,
            ),
            `${name}_bucket${formatLabels({ ...entry.labels, le: '+Inf' })} ${entry.count}`,
            `${name}_sum${formatLabels(entry.labels)} ${formatValue(entry.sum)}`,
            `${name}_count${formatLabels(entry.labels)} ${entry.count}`,
          ]),
      });
      return {
        observe(seconds, labels = {}) {
          const key = keyOf(labels);
          const entry = series.get(key) ?? { labels, counts: buckets.map(() => 0), sum: 0, count: 0 };
          buckets.forEach((bound, index) => {
            if (seconds <= bound) entry.counts[index]! += 1;
          });
          entry.sum += seconds;
          entry.count += 1;
          series.set(key, entry);
        },
      };
    },
    /** The whole registry in the text exposition format. */
    async exposition(): Promise<string> {
      const lines: string[] = [];
      for (const metric of metrics.values()) {
        lines.push(`# HELP ${metric.name} ${metric.help.replace(/\\/g, '\\\\').replace(/\n/g, '\\n')}`);
        lines.push(`# TYPE ${metric.name} ${metric.type}`);
        lines.push(...(await metric.collect()));
      }
      return `${lines.join('\n')}\n`;
    },
  };
}

/** Serves the registry at `GET <prefix>/metrics`; with a token, only to `Authorization: Bearer <token>`. */
export function registerMetricsRoute(app: FastifyInstance, registry: MetricsRegistry, options: { token?: string | null } = {}): void {
  app.get('/metrics', { schema: { hide: true } }, async (request: FastifyRequest, reply: FastifyReply) => {
    if (options.token && request.headers.authorization !== `Bearer ${options.token}`) {
      return reply.code(401).type('text/plain; charset=utf-8').send('metrics need the bearer token (METRICS_TOKEN)\n');
    }
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(await registry.exposition());
  });
}

/**
 * Observes the latency of the routes named (method and route template) into `histogram`, and counts
 * the answers with the given statuses into `counter` (login failures): an `onResponse` hook, so the
 * routes themselves stay as they are. A message carried in a batch (`<route>/batch`, ADR 0025) counts as alone.
 */
export type ObservedRoute = {
  method: string;
  /** The route template, relative to the service's mount point (`/v1/consultations` of the hub). */
  url: string;
  histogram?: Histogram;
  failures?: { counter: Counter; statuses: readonly number[] };
};

export function observeRoutes(app: FastifyInstance, prefix: string, routes: readonly ObservedRoute[]): void {
  const observe = (route: ObservedRoute, seconds: number, status: number) => {
    route.histogram?.observe(seconds, { route: route.url, status: String(status) });
    if (route.failures?.statuses.includes(status)) route.failures.counter.inc({ route: route.url, status: String(status) });
  };
  app.addHook('onResponse', async (request, reply) => {
    const url = request.routeOptions.url;
    for (const route of routes) {
      if (route.method !== request.method) continue;
      if (`${prefix}${route.url}` === url) observe(route, reply.elapsedTime / 1000, reply.statusCode);
      // Messages carried together (ADR 0025) are observed each as alone: its own time and status.
      else if (`${prefix}${route.url}${BATCH_PATH}` === url)
        carriedOutcomesOf(request)?.forEach(({ seconds, status }) => observe(route, seconds, status));
    }
  });
}
