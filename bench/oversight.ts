/**
 * Part 5 of `npm run bench`: the security advisor's indicators and the audit log's retention at the
 * size of a large CPAS. A casework database on the served PostgreSQL gets 2,000 users, 200,000
 * persons and three months of audit events (1 million a month; 200,000 with --quick: a CPAS of
 * 2,000 users doing about 25 actions a day writes that). Timed, against a baseline measured in the
 * same run on the same rows (one aggregate scan of the month: the floor of any per-month query):
 * - the indicators of one month (what the page and the monthly report compute) read from the events
 *   (before any daily summary) and from the daily summaries (migration 0046), and a 30-day window
 *   with partial days at its edges;
 * - the summaries' catch-up of three months and the nightly run of one day;
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
import { refreshAuditRollups } from '../apps/casework/src/modules/oversight/audit-rollup.ts';
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
    // Requests of three events (one person, one moment); each worker's actions go to a caseload of
    // 100 persons, two actions in a row on the same person, one in fifty on anyone else's person.
    // Events spread over each month, mostly in office hours. Loaded without the chain (no hashes needed).
    for (const [index, start] of months.entries()) {
      await db.query(
        `
        WITH u AS (SELECT array_agg(id ORDER BY username) AS ids FROM users), p AS (SELECT array_agg(id ORDER BY provisional_id) AS ids FROM persons),
        a AS (SELECT g, g / 3 AS a, (g / 3) % 2000 AS usr, (g / 3) / 2000 AS seq FROM generate_series(0, $3::int - 1) g)
        INSERT INTO audit_events (at, user_id, role, action, record_type, record_id, person_id, outcome, reason, request_id, prev_hash, hash)
        SELECT $1::timestamptz + make_interval(days => (a.seq * 28 / ($3::int / 6000 + 1) % 28)::int, hours => (7 + (a.a * 7) % 12 + CASE WHEN a.a % 50 = 0 THEN 9 ELSE 0 END)::int,
                                               secs => (a.a % 3600 + a.g % 3)::int),
               u.ids[1 + a.usr], 'social-worker',
               (ARRAY['aid-request.read','aid-request.read','aid-request.read','person.search-by-niss','social-report.update','aid-request.read','person.search-by-niss','rse-consultation.create','person.search-by-name','note.list'])[1 + a.a % 10],
               'aid-request', NULL,
               p.ids[1 + CASE WHEN a.a % 50 = 7 THEN ((a.a::bigint * 7919) % 200000)::int ELSE (a.usr * 100 + ((a.seq / 2) * 37 + a.usr) % 100)::int END],
               CASE WHEN a.a % 97 = 0 THEN 'denied' ELSE 'allowed' END, NULL,
               'r' || $2::int || '-' || a.a, sha256(int8send(a.g)), sha256(int8send(a.g + 1))
          FROM a, u, p`,
        [start, index, perMonth],
      );
    }
    await db.query('ANALYZE audit_events');
    const loadSeconds = Math.round((performance.now() - started) / 1000);
    const [first, , last] = months as [Date, Date, Date];
    const end = new Date(new Date(last).setUTCMonth(last.getUTCMonth() + 1) - 1);
    const settings = await readSetting(db, 'oversight');

    const baselines: number[] = [];
    const fromEvents: number[] = [];
    const fromSummaries: number[] = [];
    const window30: number[] = [];
    let raised = 0;
    const scan = () =>
      db.query(`SELECT count(*), count(DISTINCT coalesce(request_id, id::text)) FROM audit_events WHERE at >= $1 AND at <= $2`, [
        last,
        end,
      ]);
    const now = new Date();
    // Before any summary: the month read from its events (what every read cost before migration 0046).
    for (let run = 0; run < 3; run += 1) {
      baselines.push((await timed(scan)).ms);
      fromEvents.push((await timed(() => db.transaction((tx) => computeIndicators(tx, settings, last, end, now)))).ms);
    }
    // The schedule's catch-up: every whole day of the three months summarised at once.
    const catchUp = await timed(() =>
      refreshAuditRollups(db, { from: first, to: end, now, office: { start: settings.officeHoursStart, end: settings.officeHoursEnd } }),
    );
    // The nightly run: one day summarised again (its summary dropped first, as an event dated that day would).
    const nightly: number[] = [];
    for (let run = 0; run < 3; run += 1) {
      await db.query(`DELETE FROM audit_rollup_days WHERE day = (SELECT max(day) FROM audit_rollup_days)`);
      nightly.push(
        (
          await timed(() =>
            refreshAuditRollups(db, {
              from: first,
              to: end,
              now,
              office: { start: settings.officeHoursStart, end: settings.officeHoursEnd },
            }),
          )
        ).ms,
      );
    }
    // Thirty days from the middle of a month to the middle of the next: partial days at both edges.
    const windowStart = new Date(last.getTime() - 15 * 86_400_000 + 3_600_000 * 11);
    const windowEnd = new Date(windowStart.getTime() + 30 * 86_400_000);
    for (let run = 0; run < 5; run += 1) {
      baselines.push((await timed(scan)).ms);
      const result = await timed(() => db.transaction((tx) => computeIndicators(tx, settings, last, end, now)));
      fromSummaries.push(result.ms);
      raised = result.value.items.length;
      window30.push((await timed(() => db.transaction((tx) => computeIndicators(tx, settings, windowStart, windowEnd, now)))).ms);
    }
    // The purge of the oldest month: a clock set so that only the first month is past 24 months.
    const tenant = { kbo: '0000000097', name: 'bench', language: 'fr', db } as unknown as Tenant;
    const purgeNow = new Date(new Date(first).setUTCMonth(first.getUTCMonth() + 25) + 86_400_000);
    const dry = await timed(() => runPurge(tenant, { now: purgeNow, isDryRun: true, trigger: 'cli' }));
    const purge = await timed(() => runPurge(tenant, { now: purgeNow, isDryRun: false, trigger: 'cli' }));
    const summaryRows = (await db.one<{ users: string; pairs: string }>(
      `SELECT (SELECT count(*) FROM audit_user_days) AS users, (SELECT count(*) FROM audit_user_person_days) AS pairs`,
    ))!;
    const out = {
      eventsPerMonth: perMonth,
      months: 3,
      loadSeconds,
      monthScanBaselineMs: +median(baselines).toFixed(1),
      indicatorsFromEventsMs: +median(fromEvents).toFixed(1),
      indicatorsMs: +median(fromSummaries).toFixed(1),
      indicatorsToBaseline: +(median(fromSummaries) / median(baselines)).toFixed(2),
      thirtyDayWindowMs: +median(window30).toFixed(1),
      summaryCatchUpMs: Math.round(catchUp.ms),
      nightlyDayMs: Math.round(median(nightly)),
      summaryRows: { userDays: Number(summaryRows.users), userPersonDays: Number(summaryRows.pairs) },
      raisedIndicators: raised,
      purgeDryRunMs: Math.round(dry.ms),
      purgeMs: Math.round(purge.ms),
      purgedEvents: purge.value.counts.auditEvents,
    };
    options.print(
      `oversight with ${perMonth.toLocaleString('en')} audit events a month, 3 months (loaded in ${loadSeconds} s): the month's indicators ${out.indicatorsMs} ms from the daily summaries ` +
        `(${out.indicatorsFromEventsMs} ms from the events) against one aggregate scan of the month ${out.monthScanBaselineMs} ms (× ${out.indicatorsToBaseline}); ` +
        `a 30-day window with partial edges ${out.thirtyDayWindowMs} ms; summaries: catch-up of 3 months ${out.summaryCatchUpMs} ms, one night ${out.nightlyDayMs} ms ` +
        `(${out.summaryRows.userDays.toLocaleString('en')} user-days, ${out.summaryRows.userPersonDays.toLocaleString('en')} user-person-days); ${raised} raised; ` +
        `purge of the oldest month ${out.purgeMs} ms for ${out.purgedEvents.toLocaleString('en')} events (dry run ${out.purgeDryRunMs} ms)`,
    );
    return out;
  } finally {
    await db.close();
    await postgres.dropDatabase(name);
  }
}
