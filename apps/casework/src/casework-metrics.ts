/**
 * The casework node's metrics (`/metrics`, Prometheus text): consultation latency as the worker sees
 * it (the hub and the providers included), failed logins, and each CPAS's outbox: messages waiting,
 * parked (refused for good or with no route: an administrator must act), and the age of the oldest
 * one waiting, and the requests to the hub that carried several signed messages (ADR 0025). Labels are
 * enterprise numbers, route templates and statuses only.
 */
import { createMetricsRegistry, type ObservedRoute } from '#platform/metrics.ts';
import type { TenantRegistry } from './tenant.ts';

export function createCaseworkMetrics(tenants: TenantRegistry, clock: () => Date) {
  const registry = createMetricsRegistry();
  const consultationLatency = registry.histogram(
    'rse_casework_consultation_duration_seconds',
    'Time to answer a worker’s consultation request (the hub and the providers included).',
  );
  const loginFailures = registry.counter(
    'rse_casework_login_failures_total',
    'Failed logins (wrong credentials, locked, throttled), by status.',
  );
  type OutboxRow = { waiting: number; parked: number; oldest: Date | null };
  const outbox = async () =>
    Promise.all(
      tenants.all().map(async (tenant) => ({
        kbo: tenant.kbo,
        row: await tenant.db.one<OutboxRow>(
          `SELECT count(*) FILTER (WHERE next_attempt_at <> 'infinity')::bigint AS waiting,
                  count(*) FILTER (WHERE next_attempt_at = 'infinity')::bigint AS parked,
                  min(created_at) FILTER (WHERE next_attempt_at <> 'infinity') AS oldest
             FROM outbox WHERE sent_at IS NULL`,
        ),
      })),
    );
  registry.gauge('rse_casework_outbox_depth', 'Outbox messages waiting to be delivered to the hub, per CPAS.', async () =>
    (await outbox()).map(({ kbo, row }) => ({ labels: { kbo }, value: row?.waiting ?? 0 })),
  );
  registry.gauge(
    'rse_casework_outbox_parked',
    'Outbox messages parked for an administrator (refused for good, no route), per CPAS.',
    async () => (await outbox()).map(({ kbo, row }) => ({ labels: { kbo }, value: row?.parked ?? 0 })),
  );
  registry.gauge('rse_casework_outbox_oldest_age_seconds', 'Age of the oldest outbox message waiting, per CPAS (0 when none).', async () =>
    (await outbox()).map(({ kbo, row }) => ({
      labels: { kbo },
      value: row?.oldest ? Math.max(0, (clock().getTime() - row.oldest.getTime()) / 1000) : 0,
    })),
  );
  const carriedRequests = registry.counter(
    'rse_casework_multiplexed_requests_total',
    'Requests to the hub that carried several signed messages (ADR 0025).',
  );
  const carriedMessages = registry.counter(
    'rse_casework_multiplexed_messages_total',
    'Signed messages carried to the hub several per request.',
  );
  const countCarried = (messages: number): void => {
    carriedRequests.inc();
    carriedMessages.inc({}, messages);
  };
  const routes: ObservedRoute[] = [
    { method: 'POST', url: '/api/v1/aid-requests/:id/rse-consultations', histogram: consultationLatency },
    { method: 'POST', url: '/api/v1/sessions', failures: { counter: loginFailures, statuses: [401, 403, 423, 429] } },
  ];
  return { registry, routes, countCarried };
}

export type CaseworkMetrics = ReturnType<typeof createCaseworkMetrics>;
