import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createMetricsRegistry, formatLabels } from './metrics.ts';

test('counters, gauges and histograms are written in the Prometheus text format', async () => {
  const registry = createMetricsRegistry();
  const failures = registry.counter('rse_login_failures_total', 'Failed logins.');
  failures.inc({ route: '/api/v1/sessions' });
  failures.inc({ route: '/api/v1/sessions' }, 2);
  registry.gauge('rse_outbox_depth', 'Messages waiting.', () => [{ labels: { kbo: '0212345678' }, value: 3 }]);
  registry.gauge('rse_broken', 'A gauge whose read fails.', () => {
    throw new Error('database down');
  });
  const latency = registry.histogram('rse_latency_seconds', 'Latency.', [0.1, 1]);
  latency.observe(0.05);
  latency.observe(0.5);
  latency.observe(3);
  const text = await registry.exposition();
  assert.match(text, /^# HELP rse_login_failures_total Failed logins\.\n# TYPE rse_login_failures_total counter\n/);
  assert.match(text, /\nrse_login_failures_total\{route="\/api\/v1\/sessions"\} 3\n/);
  assert.match(text, /\nrse_outbox_depth\{kbo="0212345678"\} 3\n/);
  assert.match(text, /# TYPE rse_broken gauge\n# HELP rse_latency/, 'a failed read leaves the gauge without samples');
  assert.match(
    text,
    /\nrse_latency_seconds_bucket\{le="0.1"\} 1\nrse_latency_seconds_bucket\{le="1"\} 2\nrse_latency_seconds_bucket\{le="\+Inf"\} 3\n/,
  );
  assert.match(text, /\nrse_latency_seconds_sum 3.55\nrse_latency_seconds_count 3\n$/);
});

test('label values are escaped', () => {
  assert.equal(formatLabels({ a: 'x"y\\z\nw' }), '{a="x\\"y\\\\z\\nw"}');
  assert.throws(() => createMetricsRegistry().counter('bad name', 'x'));
});
