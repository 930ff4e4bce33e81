/**
 * The portal's metrics (`/portal/metrics`, Prometheus text): failed logins (API, demo form, OpenID
 * Connect callback), the latency of the person's list of exchanges, open sessions and unresolved
 * alerts about the hub's log. Counts only: no NISS, no name.
 */
import type { Database } from '#platform/db.ts';
import { createMetricsRegistry, type ObservedRoute } from '#platform/metrics.ts';

export function createPortalMetrics(db: Database, options: { clock: () => Date; idleMinutes: number }) {
  const registry = createMetricsRegistry();
  const loginFailures = registry.counter('rse_portal_login_failures_total', 'Failed logins at the portal, by route and status.');
  const latency = registry.histogram('rse_portal_request_duration_seconds', 'Latency of the person’s views that read through the hub.');
  registry.gauge('rse_portal_sessions_open', 'Sessions open (not ended, not idle past the timeout).', async () => {
    const row = await db.one<{ n: number }>('SELECT count(*)::bigint AS n FROM sessions WHERE ended_at IS NULL AND last_seen_at > $1', [
      new Date(options.clock().getTime() - options.idleMinutes * 60_000),
    ]);
    return [{ labels: {}, value: row?.n ?? 0 }];
  });
  registry.gauge(
    'rse_portal_log_alerts_open',
    'Unresolved alerts about the hub’s exchange log (inconsistent heads, bad signatures).',
    async () => {
      const row = await db.one<{ n: number }>('SELECT count(*)::bigint AS n FROM log_alerts WHERE resolved_at IS NULL');
      return [{ labels: {}, value: row?.n ?? 0 }];
    },
  );
  const failures = { counter: loginFailures, statuses: [400, 401, 403, 404, 422, 429] };
  const routes: ObservedRoute[] = [
    { method: 'POST', url: '/api/v1/sessions', failures },
    { method: 'POST', url: '/login/demo', failures },
    { method: 'GET', url: '/login/oidc/callback', failures },
    { method: 'GET', url: '/api/v1/me/exchanges', histogram: latency },
    { method: 'GET', url: '/exchanges', histogram: latency },
  ];
  return { registry, loginFailures, routes };
}

export type PortalMetrics = ReturnType<typeof createPortalMetrics>;
