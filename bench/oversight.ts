/**
 * Part 5 of `npm run bench`: the security advisor's indicators and the audit log's retention at the
 * size of a large CPAS. A casework database on the served PostgreSQL gets 2,000 users, 200,000
 * persons and three months of audit events (1 million a month; 200,000 with --quick: a CPAS of
 * 2,000 users doing about 25 actions a day writes that). Timed, against a baseline measured in the
 * same run on the same rows (one aggregate scan of the month: the floor of any per-month query):
 * - the indicators of one month (what the page and the monthly report compute), median of 5 runs;
 * - the purge of the log's oldest month (a prefix of the chain, with its checkpoint), and its dry run.
 */
import { randomBytes } from 'node:crypto';
import os from 'node:os';
import { createDatabase, type Database } from '../packages/platform/src/db.ts';
import { createLogger } from '../packages/platform/src/logger.ts';
import { migrate } from '../packages/platform/src/migrate.ts';
import { startPostgres } from '../packages/platform/src/postgres.ts';
import { CASEWORK_MIGRATIONS } from '../apps/casework/src/index.ts';
import { computeIndicators } from '../apps/casework/src/modules/oversight/indicators.ts';
import { readSetting } from '../apps/casework/src/settings.ts';
import { runPurge } from '../apps/casework/src/modules/retention/retention.service.ts';
import type { Tenant } from '../apps/casework/src/tenant.ts';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

export async function oversightAtScale(options: { servedUrl: string; isQuick: boolean; print: (line: string) => void }) {
  const perMonth = options.isQuick ? 200_000 : 1_000_000;
  const postgres = await startPostgres({ dataDir: os.tmpdir(), databaseUrl: options.servedUrl, log: createLogger({ level: 'silent' }) });
  const name = `benchoversight${randomBytes(3).toString('hex')}`;
  const db: Database = createDatabase(await postgres.ensureDatabase(name), { max: 4 });
  try {
    await migrate(db, CASEWORK_MIGRATIONS);
    const started = performance.now();
    await db.query(`INSERT INTO users (username, display_name, role) SELECT 'user' || g, 'User ' || g,
      (ARRAY['social-worker','social-worker','social-worker','supervisor','committee-member'])[1 + g % 5] FROM generate_series(1, 2000) g`);
    await db.query(
      `INSERT INTO persons (provisional_id, family_name, given_names, is_sensitive) SELECT 'P-' || g, 'Family' || (g % 5000), 'Given' || g, g % 4000 = 0 FROM generate_series(1, 200000) g`,
    );
    // Three calendar months ending last month; events spread over each month, mostly in office hours.
    const months = (
      await db.query<{ start: Date }>(
        `SELECT date_trunc('month', now()) - make_interval(months => m) AS start FROM generate_series(3, 1, -1) m`,
      )
    ).map((row) => row.start);
    for (const [index, start] of months.entries()) {
      await db.query(
        `
        WITH u AS (SELECT array_agg(id ORDER BY username) AS ids FROM users), p AS (SELECT array_agg(id ORDER BY provisional_id) AS ids FROM persons)
        INSERT INTO audit_events (at, user_id, role, action, record_type, record_id, person_id, outcome, reason, request_id, prev_hash, hash)
        SELECT $1::timestamptz + make_interval(days => (g % 28)::int, hours => (7 + (g * 7) % 12 + CASE WHEN g % 50 = 0 THEN 9 ELSE 0 END)::int, secs => (g % 3600)::int),
               u.ids[1 + (g / 3) % 2000], 'social-worker',
               (ARRAY['aid-request.read','aid-request.read','aid-request.read','person.search-by-niss','social-report.update','aid-request.read','person.search-by-niss','rse-consultation.create','person.search-by-name','note.list'])[1 + g % 10],
               'aid-request', NULL, p.ids[1 + ((g::bigint * 7919) % 200000)::int], CASE WHEN g % 97 = 0 THEN 'denied' ELSE 'allowed' END, NULL,
               'r' || $2::int || '-' || (g / 3), sha256(int8send(g - 1)), sha256(int8send(g))
          FROM generate_series(1, $3::int) g, u, p`,
        [start, index, perMonth],
      );
    }
    await db.query('ANALYZE audit_events');
    const loadSeconds = Math.round((performance.now() - started) / 1000);
    const [first, , last] = months as [Date, Date, Date];
    const end = new Date(new Date(last).setUTCMonth(last.getUTCMonth() + 1) - 1);
    const settings = await readSetting(db, 'oversight');

    const baselines: number[] = [];
    const indicators: number[] = [];
    let raised = 0;
    for (let run = 0; run < 5; run += 1) {
      baselines.push(
        (
          await timed(() =>
            db.query(`SELECT count(*), count(DISTINCT coalesce(request_id, id::text)) FROM audit_events WHERE at >= $1 AND at <= $2`, [
              last,
              end,
            ]),
          )
        ).ms,
      );
      const result = await timed(() => computeIndicators(db, settings, last, end));
      indicators.push(result.ms);
      raised = result.value.items.length;
    }
    // The purge of the oldest month: a clock set so that only the first month is past 24 months.
    const tenant = { kbo: '0000000097', name: 'bench', language: 'fr', db } as unknown as Tenant;
    const purgeNow = new Date(new Date(first).setUTCMonth(first.getUTCMonth() + 25) + 86_400_000);
    const dry = await timed(() => runPurge(tenant, { now: purgeNow, isDryRun: true, trigger: 'cli' }));
    const purge = await timed(() => runPurge(tenant, { now: purgeNow, isDryRun: false, trigger: 'cli' }));
    const out = {
      eventsPerMonth: perMonth,
      months: 3,
      loadSeconds,
      monthScanBaselineMs: +median(baselines).toFixed(1),
      indicatorsMs: +median(indicators).toFixed(1),
      indicatorsToBaseline: +(median(indicators) / median(baselines)).toFixed(1),
      raisedIndicators: raised,
      purgeDryRunMs: Math.round(dry.ms),
      purgeMs: Math.round(purge.ms),
      purgedEvents: purge.value.counts.auditEvents,
    };
    options.print(
      `oversight with ${perMonth.toLocaleString('en')} audit events a month, 3 months (loaded in ${loadSeconds} s): the month's indicators ${out.indicatorsMs} ms against one aggregate scan of the month ${out.monthScanBaselineMs} ms (× ${out.indicatorsToBaseline}), ${raised} raised; purge of the oldest month ${out.purgeMs} ms for ${out.purgedEvents.toLocaleString('en')} events (dry run ${out.purgeDryRunMs} ms)`,
    );
    return out;
  } finally {
    await db.close();
    await postgres.dropDatabase(name);
  }
}
