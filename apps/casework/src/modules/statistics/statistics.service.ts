/**
 * Statistics that identify nobody (R49: aggregated, no NISS, small cells suppressed), for the CPAS
 * and in the layout of a quarterly return to the federal administration (SPP Intégration sociale).
 *
 * Measures — counts of files and exchanges only: nothing per person, nothing per worker (this is
 * not a performance tool, and R49 forbids profiling), no free text:
 * - `requests`: aid requests received, by kind and by month (R6);
 * - `decisions`: decisions taken (not annulled), by aid type × outcome (R9);
 * - `decision-within-deadline`: for the first decision of each request, whether it was taken by the
 *   legal decision date of `computeDeadlines` (R8; RIS law art. 18: 30 days, organic law: one month),
 *   by aid type; a later decision on the same request is `later-decision` (not measured);
 * - `notification-within-8-days`: whether the decision was notified by its notification date (R10;
 *   RIS law art. 21), `pending` while that date has not passed, by aid type;
 * - `consultations`: summaries asked by this CPAS, by purpose; `consultation-responses`: the
 *   answers received, by status (R29–R35);
 * - `consultations-answered`: summary requests this CPAS answered as provider, by status, from the
 *   local audit log (`exchange.summary-*`; a request about a person unknown here is not recorded).
 * The two compliance tables count the same decisions as `decisions`, so they share its margins: the
 * suppression treats the three as linked tables.
 */
import { brusselsHour, dayInBrussels } from '#platform/brussels-time.ts';
import { invalid } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import { requireRole } from '../access/index.ts';
import { listCodes, readSetting } from '../../settings.ts';
import { addDays, computeDeadlines } from '../aid-requests/index.ts';
import { createTableBuilder, monthsBetween, shiftDay, statisticsDays, type StatisticsCell, type StatisticsDays } from './statistics.ts';

const STATISTICS_ROLES = ['supervisor', 'security-advisor', 'admin'] as const;
const OUTCOMES = ['granted', 'refused', 'partial', 'withdrawn'];
const DECISION_TIMING = ['yes', 'no', 'later-decision'];
const NOTIFICATION_TIMING = ['yes', 'no', 'pending'];
const PURPOSES = ['social-investigation', 'review'];
const RESPONSE_STATUSES = ['answered', 'no-file', 'withheld', 'pending', 'error'];
const PROVIDER_STATUSES = ['answered', 'no-file', 'withheld'];
/** R49 demands suppression: a threshold under 2 would suppress nothing, so such a setting falls back to the default. */
const DEFAULT_THRESHOLD = 5;
const MAX_PERIOD_DAYS = 20 * 366;

export type StatisticsFormat = 'json' | 'csv';

export type StatisticsReport = {
  institution: { kbo: string; name: string };
  /** The first and last instants counted (Brussels midnight to Brussels midnight). */
  from: string;
  to: string;
  /** The same period as calendar days in Brussels, both included: what a page or a CSV prints. */
  period: StatisticsDays;
  smallCellThreshold: number;
  cells: StatisticsCell[];
};

export type FederalReport = StatisticsReport & { schema: 'rse.federal-statistics/1'; year: number; quarter: number };

type DecisionFacts = {
  aid_type: string;
  outcome: string;
  decided_at: string;
  notified_at: string | null;
  received_at: string;
  deadline_rule: string | null;
  is_first: boolean;
};

const union = (...lists: readonly (readonly string[])[]) => [...new Set(lists.flat())].sort();
const isoDay = (date: Date) => dayInBrussels(date);

/** The instants of a period of Brussels days: from the first day's midnight to the last millisecond of the last day. */
const boundsOf = (days: StatisticsDays) => ({
  start: brusselsHour(days.from, 0),
  end: new Date(brusselsHour(shiftDay(days.to, 1), 0).getTime() - 1),
});

async function readThreshold(tx: Queryable): Promise<number> {
  const { smallCellThreshold } = await readSetting(tx, 'statistics');
  return Number.isInteger(smallCellThreshold) && smallCellThreshold >= 2 ? smallCellThreshold : DEFAULT_THRESHOLD;
}

/** Builds every table of the period; `isComplete` lists every code and month (the federal grid), else only what occurred. */
async function buildCells(
  tx: Queryable,
  period: { days: StatisticsDays; today: string },
  threshold: number,
  isComplete: boolean,
): Promise<StatisticsCell[]> {
  const { start, end } = boundsOf(period.days);
  // In order, one statement at a time: a transaction's client runs one query at once.
  const [requests, decisions, consultations, responses, answered, kinds, rules] = [
    await tx.query<{ kind: string; month: string; count: number }>(
      `SELECT kind, to_char(received_at AT TIME ZONE 'Europe/Brussels', 'YYYY-MM') AS month, count(*)::int AS count
         FROM aid_requests WHERE received_at BETWEEN $1 AND $2 GROUP BY 1, 2`,
      [start, end],
    ),
    await tx.query<DecisionFacts>(
      `SELECT d.aid_type, d.outcome, to_char(d.decided_at, 'YYYY-MM-DD') AS decided_at, to_char(n.sent_at, 'YYYY-MM-DD') AS notified_at,
              to_char(r.original_received_at, 'YYYY-MM-DD') AS received_at, k.attributes->>'deadlineRule' AS deadline_rule,
              NOT EXISTS (SELECT 1 FROM decisions e WHERE e.request_id = d.request_id AND e.status <> 'annulled'
                           AND (e.decided_at, e.created_at) < (d.decided_at, d.created_at)) AS is_first
         FROM decisions d JOIN aid_requests r ON r.id = d.request_id
         LEFT JOIN notifications n ON n.decision_id = d.id
         LEFT JOIN code_lists k ON k.list = 'aid-kind' AND k.code = r.kind
        WHERE d.decided_at BETWEEN $1::date AND $2::date AND d.status <> 'annulled'`,
      [period.days.from, period.days.to],
    ),
    await tx.query<{ purpose: string; count: number }>(
      'SELECT purpose, count(*)::int AS count FROM consultations WHERE requested_at BETWEEN $1 AND $2 GROUP BY 1',
      [start, end],
    ),
    await tx.query<{ status: string; count: number }>(
      `SELECT r.status, count(*)::int AS count FROM consultation_responses r JOIN consultations c ON c.id = r.consultation_id
        WHERE c.requested_at BETWEEN $1 AND $2 GROUP BY 1`,
      [start, end],
    ),
    await tx.query<{ status: string; count: number }>(
      `SELECT substring(action FROM 18) AS status, count(*)::int AS count FROM audit_events
        WHERE action IN ('exchange.summary-answered', 'exchange.summary-no-file', 'exchange.summary-withheld') AND at BETWEEN $1 AND $2 GROUP BY 1`,
      [start, end],
    ),
    isComplete ? await listCodes(tx, 'aid-kind') : ([] as string[]),
    await readSetting(tx, 'deadlines'),
  ] as const;
  const table = createTableBuilder();

  // Requests by kind and by month: two one-way tables with one total (a kind × month grid would
  // mostly be small cells, and its suppression would take the margins with it).
  const byKind = new Map<string, number>();
  const byMonth = new Map<string, number>();
  for (const row of requests) {
    byKind.set(row.kind, (byKind.get(row.kind) ?? 0) + row.count);
    byMonth.set(row.month, (byMonth.get(row.month) ?? 0) + row.count);
  }
  table.single({
    measure: 'requests',
    dimension: 'kind',
    values: union(kinds, [...byKind.keys()]),
    count: (kind) => byKind.get(kind) ?? 0,
  });
  table.single({
    measure: 'requests',
    dimension: 'month',
    values: union(isComplete ? monthsBetween(period.days.from, period.days.to) : [], [...byMonth.keys()]),
    count: (month) => byMonth.get(month) ?? 0,
    isTotalShared: true,
  });

  // The decisions and their two compliance tables: the same decisions, hence shared margins.
  const tally = new Map<string, number>();
  const bump = (key: string) => tally.set(key, (tally.get(key) ?? 0) + 1);
  for (const decision of decisions) {
    bump(`decisions|${decision.aid_type}|${decision.outcome}`);
    const deadlines = computeDeadlines(
      {
        kind: decision.deadline_rule === 'ris' ? 'ris' : 'social-aid',
        receivedAt: decision.received_at,
        decidedAt: decision.decided_at,
        notifiedAt: decision.notified_at,
        today: period.today,
      },
      rules,
    );
    bump(
      `deadline|${decision.aid_type}|${!decision.is_first ? 'later-decision' : decision.decided_at <= deadlines.decisionDue ? 'yes' : 'no'}`,
    );
    const notificationDue = deadlines.notificationDue ?? addDays(decision.decided_at, rules.notificationDays);
    const notifiedInTime = decision.notified_at
      ? decision.notified_at <= notificationDue
        ? 'yes'
        : 'no'
      : period.today > notificationDue
        ? 'no'
        : 'pending';
    bump(`notification|${decision.aid_type}|${notifiedInTime}`);
  }
  const aidTypes = union(
    kinds,
    decisions.map((row) => row.aid_type),
  );
  const decisionMargin = (aidType: string) => ({ measure: 'decisions', aidType });
  table.cross({
    measure: 'decisions',
    rowDimension: 'aidType',
    columnDimension: 'outcome',
    rows: aidTypes,
    columns: union(
      isComplete ? OUTCOMES : [],
      decisions.map((row) => row.outcome),
    ),
    count: (aidType, outcome) => tally.get(`decisions|${aidType}|${outcome}`) ?? 0,
  });
  table.cross({
    measure: 'decision-within-deadline',
    rowDimension: 'aidType',
    columnDimension: 'onTime',
    rows: aidTypes,
    columns: DECISION_TIMING,
    count: (aidType, timing) => tally.get(`deadline|${aidType}|${timing}`) ?? 0,
    rowMargin: decisionMargin,
    grand: { measure: 'decisions' },
  });
  table.cross({
    measure: 'notification-within-8-days',
    rowDimension: 'aidType',
    columnDimension: 'onTime',
    rows: aidTypes,
    columns: NOTIFICATION_TIMING,
    count: (aidType, timing) => tally.get(`notification|${aidType}|${timing}`) ?? 0,
    rowMargin: decisionMargin,
    grand: { measure: 'decisions' },
  });

  const purposeCounts = new Map(consultations.map((row) => [row.purpose, row.count]));
  table.single({
    measure: 'consultations',
    dimension: 'purpose',
    values: union(
      isComplete ? PURPOSES : [],
      consultations.map((row) => row.purpose),
    ),
    count: (value) => purposeCounts.get(value) ?? 0,
  });
  const responseCounts = new Map(responses.map((row) => [row.status, row.count]));
  table.single({
    measure: 'consultation-responses',
    dimension: 'status',
    values: union(
      RESPONSE_STATUSES,
      responses.map((row) => row.status),
    ),
    count: (value) => responseCounts.get(value) ?? 0,
  });
  const answeredCounts = new Map(answered.map((row) => [row.status, row.count]));
  table.single({
    measure: 'consultations-answered',
    dimension: 'status',
    values: PROVIDER_STATUSES,
    count: (value) => answeredCounts.get(value) ?? 0,
  });

  return table.publish(threshold, { isSparse: !isComplete });
}

export function createStatisticsService() {
  return {
    /** R49: the CPAS's own statistics of a period (default: the last 30 days); every read audited (R43). */
    async statistics(actor: Actor, query: { from?: string; to?: string }, format: StatisticsFormat = 'json'): Promise<StatisticsReport> {
      requireRole(actor, STATISTICS_ROLES);
      const days = statisticsDays(query.from, query.to, isoDay(actor.now));
      if (!days)
        throw invalid('period.invalid', 'The period is invalid: from must be before to.', [
          { path: '/query/from', code: 'invalid', message: 'from after to' },
        ]);
      const { start, end } = boundsOf(days);
      if (end.getTime() - start.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
        throw invalid('period.too-long', 'A statistics period spans at most twenty years.', [
          { path: '/query/from', code: 'too-long', message: 'at most twenty years before to' },
        ]);
      }
      return actor.tenant.db.transaction(async (tx) => {
        const threshold = await readThreshold(tx);
        const cells = await buildCells(tx, { days, today: isoDay(actor.now) }, threshold, false);
        await appendAudit(tx, actor, {
          action: 'statistics.read',
          recordType: 'statistics',
          reason: `cpas ${format} ${days.from}/${days.to}`,
        });
        return {
          institution: { kbo: actor.tenant.kbo, name: actor.tenant.name },
          from: start.toISOString(),
          to: end.toISOString(),
          period: days,
          smallCellThreshold: threshold,
          cells,
        };
      });
    },

    /** R49: one quarter in the federal layout — every code and month listed, zeros included. */
    async federalStatistics(
      actor: Actor,
      query: { year: number; quarter: number },
      format: StatisticsFormat = 'json',
    ): Promise<FederalReport> {
      requireRole(actor, STATISTICS_ROLES);
      // The quarter's days in Brussels (a decision of 1 April is not in the first quarter).
      const firstMonth = (query.quarter - 1) * 3;
      const days = {
        from: new Date(Date.UTC(query.year, firstMonth, 1)).toISOString().slice(0, 10),
        to: new Date(Date.UTC(query.year, firstMonth + 3, 0)).toISOString().slice(0, 10),
      };
      const { start, end } = boundsOf(days);
      return actor.tenant.db.transaction(async (tx) => {
        const threshold = await readThreshold(tx);
        const cells = await buildCells(tx, { days, today: isoDay(actor.now) }, threshold, true);
        await appendAudit(tx, actor, {
          action: 'statistics.read',
          recordType: 'statistics',
          reason: `federal ${format} ${query.year}-Q${query.quarter}`,
        });
        return {
          schema: 'rse.federal-statistics/1',
          institution: { kbo: actor.tenant.kbo, name: actor.tenant.name },
          year: query.year,
          quarter: query.quarter,
          from: start.toISOString(),
          to: end.toISOString(),
          period: days,
          smallCellThreshold: threshold,
          cells,
        };
      });
    },
  };
}
