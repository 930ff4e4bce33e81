/**
 * The hub's metrics (`/hub/metrics`, Prometheus text): consultation latency, the exchange log's size,
 * the age of its latest signed tree head and the leaves it does not cover yet, consultations refused
 * before their sender verified (F2: not logged, but counted), correction notices waiting, and the
 * signatures the hub made against the messages they cover (batch signatures, ADR 0023), and the requests
 * that carried several messages to an institution (ADR 0025).
 */
import type { Database } from '#platform/db.ts';
import { createMetricsRegistry, type ObservedRoute } from '#platform/metrics.ts';

export function createHubMetrics(db: Database, clock: () => Date) {
  const registry = createMetricsRegistry();
  const consultationLatency = registry.histogram(
    'rse_hub_consultation_duration_seconds',
    'Time to route a consultation, providers included.',
  );
  const unverifiedRefusals = registry.counter(
    'rse_hub_unverified_refusals_total',
    'Messages refused before their sender was verified (not appended to the exchange log), by code.',
  );
  const signatures = registry.counter(
    'rse_hub_signatures_total',
    'Ed25519 signatures made by the hub (one per message, or one per batch).',
  );
  const signedMessages = registry.counter('rse_hub_signed_messages_total', 'Messages signed by the hub, alone or in a batch (ADR 0023).');
  const carriedRequests = registry.counter(
    'rse_hub_multiplexed_requests_total',
    'Requests to institutions that carried several signed messages (ADR 0025).',
  );
  const carriedMessages = registry.counter('rse_hub_multiplexed_messages_total', 'Signed messages carried several per request (ADR 0025).');
  const countCarried = (messages: number): void => {
    carriedRequests.inc();
    carriedMessages.inc({}, messages);
  };
  const countSignature = (messages: number): void => {
    signatures.inc();
    signedMessages.inc({}, messages);
  };
  registry.gauge('rse_hub_log_size', 'Entries (leaves) in the exchange log.', async () => {
    const row = await db.one<{ size: number }>('SELECT coalesce(max(leaf_index) + 1, 0)::bigint AS size FROM log_leaves');
    return [{ labels: {}, value: row?.size ?? 0 }];
  });
  registry.gauge(
    'rse_hub_tree_head_age_seconds',
    'Age of the latest signed tree head (signed every minute when the log grew).',
    async () => {
      const row = await db.one<{ signed_at: Date | null }>('SELECT max(signed_at) AS signed_at FROM tree_heads');
      return row?.signed_at ? [{ labels: {}, value: Math.max(0, (clock().getTime() - row.signed_at.getTime()) / 1000) }] : [];
    },
  );
  registry.gauge('rse_hub_tree_head_unsigned_leaves', 'Leaves of the log not yet covered by a signed tree head.', async () => {
    const row = await db.one<{ behind: number }>(
      'SELECT (coalesce((SELECT max(leaf_index) + 1 FROM log_leaves), 0) - coalesce((SELECT max(tree_size) FROM tree_heads), 0))::bigint AS behind',
    );
    return [{ labels: {}, value: row?.behind ?? 0 }];
  });
  registry.gauge('rse_hub_correction_notices_pending', 'Correction notices not yet acknowledged by their recipient.', async () => {
    const row = await db.one<{ n: number }>('SELECT count(*)::bigint AS n FROM correction_notices WHERE delivered_at IS NULL');
    return [{ labels: {}, value: row?.n ?? 0 }];
  });
  const routes: ObservedRoute[] = [{ method: 'POST', url: '/v1/consultations', histogram: consultationLatency }];
  return { registry, unverifiedRefusals, countSignature, countCarried, routes };
}

export type HubMetrics = ReturnType<typeof createHubMetrics>;
