/**
 * Daily summaries of the audit log (migration 0046), so that a month's misuse indicators read about
 * 30 × users rows instead of a million events (R43, R44; docs/benchmarks.md, "Oversight at scale").
 *
 * - Only whole Brussels days that are over are summarised; the current day, the partial days at a
 *   period's edges and any day not summarised yet are read from the events, with the same SQL, so the
 *   indicators are the same whichever way a day is read.
 * - An event written later for a summarised day (dated in the past) makes that day's summary stale:
 *   each refresh examines the events appended since the last one and drops the summaries of their days.
 * - One HTTP request is one action; an action counts on the day and at the hour of its first event.
 */
import type { Database, Queryable } from '#platform/db.ts';
import { brusselsHour, dayInBrussels, publicHolidaysBetween } from '#platform/brussels-time.ts';

/** One action per HTTP request; an event written outside a request counts alone. */
const ACTION = `coalesce(e.request_id, e.id::text)`;
const LOCAL_DAY = `(e.at AT TIME ZONE 'Europe/Brussels')::date`;

export const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/** The instant a Brussels day starts (00:00 CET or CEST). */
export const dayStart = (day: string) => brusselsHour(day, 0);

/** A half-open range of instants [from, to). */
export type Range = { from: Date; to: Date };

/** `(e.at >= $n AND e.at < $n+1) OR …` for the ranges, the parameters appended to `params`; `false` when none. */
export function rangesWhere(ranges: readonly Range[], params: unknown[]): string {
  if (ranges.length === 0) return 'false';
  return ranges
    .map((range) => {
      params.push(range.from, range.to);
      return `(e.at >= $${params.length - 1} AND e.at < $${params.length})`;
    })
    .join(' OR ');
}

/** Where the office hours and the public holidays are, as SQL parameters. */
export type OfficeParams = { start: string; end: string; holidays: string };

/** Per user and day: actions and the kinds counted, out-of-hours by the office hours given (Brussels time, weekends and public holidays out). */
export const userDaysSql = (where: string, office: OfficeParams) => `
  SELECT a.first_local::date AS day, a.user_id, count(*)::int AS actions,
         count(*) FILTER (WHERE a.by_name)::int AS by_name, count(*) FILTER (WHERE a.by_niss)::int AS by_niss,
         count(*) FILTER (WHERE a.denied)::int AS denied, count(*) FILTER (WHERE a.consultation)::int AS consultations,
         count(*) FILTER (WHERE extract(hour FROM a.first_local) < ${office.start} OR extract(hour FROM a.first_local) >= ${office.end}
                             OR extract(isodow FROM a.first_local) >= 6 OR a.first_local::date = ANY(${office.holidays}))::int AS off_hours
    FROM (SELECT e.user_id, ${ACTION} AS action, min(e.at) AT TIME ZONE 'Europe/Brussels' AS first_local,
                 bool_or(e.action = 'person.search-by-name') AS by_name,
                 bool_or(e.action = 'person.search-by-niss') AS by_niss,
                 bool_or(e.outcome = 'denied') AS denied,
                 bool_or(e.action = 'rse-consultation.create' AND e.outcome = 'allowed') AS consultation
            FROM audit_events e
           WHERE (${where}) AND e.user_id IS NOT NULL
           GROUP BY e.user_id, ${ACTION}) a
   GROUP BY 1, 2`;

/** Per day, user and person: the actions of that user that touched that person (the security advisor's apart). */
export const userPersonDaysSql = (where: string) => `
  SELECT ${LOCAL_DAY} AS day, e.user_id, e.person_id, coalesce(e.role = 'security-advisor', false) AS is_advisor,
         count(DISTINCT ${ACTION})::int AS actions
    FROM audit_events e
   WHERE (${where}) AND e.user_id IS NOT NULL AND e.person_id IS NOT NULL
   GROUP BY 1, 2, 3, 4`;

/** Per day and person: the other CPAS that asked for the person's summary (the provider's legs, written by the node). */
export const requesterDaysSql = (where: string) => `
  SELECT DISTINCT ${LOCAL_DAY} AS day, e.person_id, substring(e.reason FROM ' by ([0-9]{10}) ') AS institution
    FROM audit_events e
   WHERE (${where}) AND e.action LIKE 'exchange.summary-%' AND e.person_id IS NOT NULL AND e.reason ~ ' by [0-9]{10} '`;

/** The whole Brussels days of [start, end] (end inclusive) that are over at `now`. */
export function wholeDaysOf(start: Date, end: Date, now: Date): string[] {
  const endExclusive = end.getTime() + 1;
  const today = dayInBrussels(now);
  let day = dayInBrussels(start);
  if (dayStart(day).getTime() < start.getTime()) day = nextDay(day);
  const days: string[] = [];
  while (day < today && dayStart(nextDay(day)).getTime() <= endExclusive) {
    days.push(day);
    day = nextDay(day);
  }
  return days;
}

/** The parts of [start, end] (end inclusive) outside the summarised days: read from the events. */
export function liveRanges(start: Date, end: Date, summarised: ReadonlySet<string>): Range[] {
  const ranges: Range[] = [];
  const endExclusive = new Date(end.getTime() + 1);
  let from = start;
  let day = dayInBrussels(start);
  while (dayStart(day).getTime() < endExclusive.getTime()) {
    if (summarised.has(day)) {
      const begins = dayStart(day);
      if (begins.getTime() > from.getTime()) ranges.push({ from, to: begins });
      from = dayStart(nextDay(day));
    }
    day = nextDay(day);
  }
  if (from.getTime() < endExclusive.getTime()) ranges.push({ from, to: endExclusive });
  return ranges;
}

/** Consecutive days grouped into runs, each summarised with one scan of its events. */
function runsOf(days: readonly string[]): string[][] {
  const runs: string[][] = [];
  for (const day of [...days].sort()) {
    const last = runs.at(-1);
    if (last && nextDay(last.at(-1)!) === day) last.push(day);
    else runs.push([day]);
  }
  return runs;
}

/**
 * Brings the summaries of the whole days of [from, to] up to date: drops those made stale by events
 * appended since the last refresh, then summarises the days that have none. Called by the daily
 * schedule and before the indicators are read; safe to run concurrently (one at a time per CPAS).
 */
export async function refreshAuditRollups(
  db: Database,
  period: { from: Date; to: Date; now: Date; office: { start: number; end: number } },
): Promise<{ summarised: number; stale: number }> {
  // The last event with no append in flight: appends hold the chain's lock until they commit, so
  // taking it (briefly, in a transaction of its own) guarantees no lower id is still to appear.
  const watermark = await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('rse.audit_events'))`);
    return Number((await tx.one<{ id: string }>('SELECT coalesce(max(id), 0) AS id FROM audit_events'))!.id);
  });
  const days = wholeDaysOf(period.from, period.to, period.now);
  const result = await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('rse.audit_rollup'))`);
    const state = await tx.one<{ checked_through: string }>('SELECT checked_through FROM audit_rollup_state');
    const checked = Number(state?.checked_through ?? 0);
    let stale = 0;
    if (watermark > checked) {
      stale = (
        await tx.query(
          `DELETE FROM audit_rollup_days d
            WHERE d.day IN (SELECT DISTINCT ${LOCAL_DAY} FROM audit_events e WHERE e.id > $1 AND e.id <= $2)
           RETURNING d.day`,
          [checked, watermark],
        )
      ).length;
      await tx.query('UPDATE audit_rollup_state SET checked_through = $1', [watermark]);
    }
    if (days.length === 0) return { summarised: 0, stale };
    // Summaries made with other office hours are made again.
    await tx.query('DELETE FROM audit_rollup_days WHERE day = ANY($1::date[]) AND (office_start, office_end) <> ($2, $3)', [
      days,
      period.office.start,
      period.office.end,
    ]);
    const missing = (
      await tx.query<{ day: string }>(
        `SELECT to_char(d, 'YYYY-MM-DD') AS day FROM unnest($1::date[]) d WHERE NOT EXISTS (SELECT 1 FROM audit_rollup_days r WHERE r.day = d)`,
        [days],
      )
    ).map((row) => row.day);
    for (const run of runsOf(missing)) {
      const [from, to] = [dayStart(run[0]!), dayStart(nextDay(run.at(-1)!))];
      await tx.query('INSERT INTO audit_rollup_days (day, office_start, office_end) SELECT unnest($1::date[]), $2, $3', [
        run,
        period.office.start,
        period.office.end,
      ]);
      const params: unknown[] = [period.office.start, period.office.end, publicHolidaysBetween(from, to)];
      const office = { start: '$1::int', end: '$2::int', holidays: '$3::date[]' };
      const where = rangesWhere([{ from, to }], params);
      await tx.query(
        `INSERT INTO audit_user_days (day, user_id, actions, by_name, by_niss, denied, consultations, off_hours) ${userDaysSql(where, office)}`,
        params,
      );
      const rangeParams: unknown[] = [];
      const rangeWhere = rangesWhere([{ from, to }], rangeParams);
      await tx.query(
        `INSERT INTO audit_user_person_days (day, user_id, person_id, is_advisor, actions) ${userPersonDaysSql(rangeWhere)}`,
        rangeParams,
      );
      await tx.query(`INSERT INTO audit_requester_days (day, person_id, institution) ${requesterDaysSql(rangeWhere)}`, rangeParams);
    }
    return { summarised: missing.length, stale };
  });
  // Fresh statistics once days were added: the planner then sizes the month's aggregations right
  // (hash aggregates in memory instead of sorts on disk; measured in bench/oversight.ts).
  if (result.summarised > 0) await db.query('ANALYZE audit_user_days, audit_user_person_days, audit_requester_days');
  return result;
}

/** The days among `days` summarised with these office hours (the rest is read from the events). */
export async function summarisedDays(tx: Queryable, days: readonly string[], office: { start: number; end: number }): Promise<Set<string>> {
  if (days.length === 0) return new Set();
  const rows = await tx.query<{ day: string }>(
    `SELECT to_char(day, 'YYYY-MM-DD') AS day FROM audit_rollup_days WHERE day = ANY($1::date[]) AND office_start = $2 AND office_end = $3`,
    [days, office.start, office.end],
  );
  return new Set(rows.map((row) => row.day));
}
