/**
 * Misuse indicators from the local audit log (R43, R44; anchors §3.5 and §7: what the Dutch
 * inspection had to dig out by hand about Suwinet). Each indicator has its threshold in the
 * `oversight` setting; thresholds are per 30 days and scale with a longer period.
 *
 * Counts are of *actions* — one HTTP request is one action, whatever number of audit events it wrote
 * (a search by name that finds three persons writes three events and is one search).
 *
 * - `search-by-name`: searches by name rather than by NISS (Suwinet's first usage indicator);
 * - `out-of-hours`: actions outside office hours (Europe/Brussels), at the weekend or on a Belgian
 *   public holiday;
 * - `denied-attempts`: refusals — files the user may not open, consultations the hub refused;
 * - `volume`: distinct persons whose data a user touched, against both a floor and a multiple of
 *   the median of the CPAS's users (an outlier, not a quota);
 * - `person-many-users`: a person looked at by many different users (the football team of 2010);
 * - `sensitive-person-access`: any action on a person under watch (public figure, staff member) by
 *   a user not assigned to one of that person's files, nor supervising a worker who is;
 * and from the exchange, as this node logs its legs of the hub's log:
 * - `consultations-volume`: RSE consultations a user asked (each one is also in the hub's log);
 * - `person-requested-by-many-cpas`: a person whose summary several other CPAS asked of this CPAS
 *   in the period (a person who moves asks one or two; more is worth a look).
 * The security advisor's own reads are audited (R44) but raise no person-level indicator: reviewing
 * a file is the advisor's task. Events written by the system (purge, exchange) are not counted.
 */
import type { Queryable } from '#platform/db.ts';
import type { Settings } from '../../settings.ts';
import { publicHolidaysBetween } from '#platform/brussels-time.ts';
import { liveRanges, rangesWhere, requesterDaysSql, summarisedDays, userDaysSql, userPersonDaysSql, wholeDaysOf } from './audit-rollup.ts';

export type IndicatorCode =
  | 'search-by-name'
  | 'out-of-hours'
  | 'denied-attempts'
  | 'volume'
  | 'person-many-users'
  | 'sensitive-person-access'
  | 'consultations-volume'
  | 'person-requested-by-many-cpas';

export type RaisedIndicator = {
  indicator: IndicatorCode;
  count: number;
  threshold: number;
  userId?: string;
  userName?: string;
  personId?: string;
  personName?: string;
};

export type UserActivity = {
  userId: string;
  userName: string;
  role: string;
  actions: number;
  persons: number;
  searchesByName: number;
  searchesByNiss: number;
  outOfHours: number;
  denied: number;
  consultations: number;
};

export type PersonActivity = { personId: string; personName: string; isSensitive: boolean; actions: number; users: number };

export type IndicatorReport = {
  from: string;
  to: string;
  thresholds: Record<IndicatorCode, number>;
  /** Office hours (Europe/Brussels), Monday to Friday. */
  officeHours: { start: number; end: number };
  items: RaisedIndicator[];
  /** Figures that point to nobody (the generic part of the monthly report). */
  usage: GenericUsage;
  rankings: { users: UserActivity[]; persons: PersonActivity[] };
};

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** The thresholds in force for a period: the settings' per-30-day values, scaled up for longer periods. */
export function effectiveThresholds(
  settings: Settings['oversight'],
  start: Date,
  end: Date,
  volumes: readonly number[],
): Record<IndicatorCode, number> {
  const scale = Math.max(1, (end.getTime() - start.getTime()) / (30 * 86_400_000));
  const scaled = (value: number) => Math.max(1, Math.ceil(value * scale));
  return {
    'search-by-name': scaled(settings.nameSearchThreshold),
    'out-of-hours': scaled(settings.outOfHoursThreshold),
    'denied-attempts': scaled(settings.denialThreshold),
    volume: Math.max(scaled(settings.volumeThreshold), Math.ceil(settings.volumeOutlierFactor * median(volumes))),
    // Distinct users and accesses to a watched person do not grow with the period's length.
    'person-many-users': settings.personUsersThreshold,
    'sensitive-person-access': settings.sensitivePersonThreshold,
    'consultations-volume': scaled(settings.consultationThreshold),
    'person-requested-by-many-cpas': settings.requesterInstitutionsThreshold,
  };
}

/** Working memory of the indicators' transaction (PostgreSQL's default, 4 MB, spills a large CPAS's month to disk). */
const INDICATORS_WORK_MEM = '64MB';

/**
 * The indicators of [start, end] (end inclusive). Whole days already summarised (audit-rollup.ts,
 * brought up to date by `refreshAuditRollups`) are read from their summaries; the rest of the period
 * from the events, with the same SQL.
 */
export async function computeIndicators(
  tx: Queryable,
  settings: Settings['oversight'],
  start: Date,
  end: Date,
  now: Date = new Date(),
): Promise<IndicatorReport> {
  const office = { start: settings.officeHoursStart, end: settings.officeHoursEnd };
  // A month of a large CPAS groups some 170,000 (user, person) pairs: enough memory for this
  // transaction's aggregations to stay off disk (the caller runs this in a transaction).
  await tx.query(`SET LOCAL work_mem = '${INDICATORS_WORK_MEM}'`);
  const summarised = await summarisedDays(tx, wholeDaysOf(start, end, now), office);
  const days = [...summarised];
  const live = liveRanges(start, end, summarised);
  // Read mostly from the summaries, each statement takes a fraction of a second and JIT compilation
  // (PostgreSQL compiles a statement whose estimated cost passes jit_above_cost, which a month of a
  // large CPAS nears) would add some 0.4 s to it; read mostly from the events, it pays for itself.
  const liveMs = live.reduce((total, range) => total + range.to.getTime() - range.from.getTime(), 0);
  if (summarised.size * 86_400_000 >= liveMs) await tx.query('SET LOCAL jit = off');
  /** The CTEs `ud` (user days), `pd` (user-person days) and `rd` (requester days) over the period, and their parameters. */
  const sources = (first: unknown[] = [], isCountingHours = false) => {
    const params: unknown[] = [...first, days];
    const daysParam = `$${params.length}::date[]`;
    // Only the per-user statement counts out-of-hours actions (parameters a statement does not use have no type).
    if (isCountingHours) params.push(office.start, office.end, publicHolidaysBetween(start, end));
    const n = params.length;
    const officeParams = { start: `$${n - 2}::int`, end: `$${n - 1}::int`, holidays: `$${n}::date[]` };
    const where = rangesWhere(live, params);
    return {
      params,
      ud: `ud AS (SELECT day, user_id, actions, by_name, by_niss, denied, consultations, off_hours FROM audit_user_days WHERE day = ANY(${daysParam})
                  UNION ALL ${userDaysSql(where, officeParams)})`,
      pd: `pd AS (SELECT day, user_id, person_id, is_advisor, actions FROM audit_user_person_days WHERE day = ANY(${daysParam})
                  UNION ALL ${userPersonDaysSql(where)})`,
      rd: `rd AS (SELECT day, person_id, institution FROM audit_requester_days WHERE day = ANY(${daysParam})
                  UNION ALL ${requesterDaysSql(where)})`,
    };
  };

  const userSources = sources([], true);
  const userRows = await tx.query<{
    user_id: string;
    display_name: string;
    role: string;
    actions: number;
    by_name: number;
    by_niss: number;
    off_hours: number;
    denied: number;
    consultations: number;
  }>(
    `WITH ${userSources.ud},
     per_user AS (
       SELECT user_id, sum(actions)::int AS actions, sum(by_name)::int AS by_name, sum(by_niss)::int AS by_niss,
              sum(denied)::int AS denied, sum(consultations)::int AS consultations,
              sum(off_hours)::int AS off_hours
         FROM ud GROUP BY user_id
     )
     SELECT p.user_id, u.display_name, u.role, p.actions, p.by_name, p.by_niss, p.off_hours, p.denied, p.consultations
       FROM per_user p JOIN users u ON u.id = p.user_id
      ORDER BY p.actions DESC, u.display_name`,
    userSources.params,
  );
  // The person-level figures, from the period's (user, person) pairs grouped once (a month of a
  // large CPAS has some 170,000; one statement instead of three, docs/benchmarks.md): distinct persons
  // per user, distinct users and actions per person, accesses to persons under watch. The advisor's
  // own reads count among the persons the advisor touched, not for the person. Only the persons that
  // raise `person-many-users` or stand in the ranking leave the database; names are joined after grouping.
  const pairSources = sources([settings.personUsersThreshold, settings.rankingSize]);
  const [pairs] = await tx.query<{
    persons_per_user: Record<string, number>;
    persons: { person_id: string; family_name: string; given_names: string; is_sensitive: boolean; actions: number; users: number }[];
    watched: { person_id: string; family_name: string; given_names: string; user_id: string; display_name: string; actions: number }[];
  }>(
    `WITH ${pairSources.pd},
     pairs AS MATERIALIZED (
       -- actions: those not made as security advisor (NULL when the advisor's reads are all there is).
       SELECT user_id, person_id, sum(actions) FILTER (WHERE NOT is_advisor)::int AS actions FROM pd GROUP BY user_id, person_id
     ), per_person AS MATERIALIZED (
       SELECT person_id, sum(actions)::int AS actions, count(*)::int AS users FROM pairs WHERE actions IS NOT NULL GROUP BY person_id
     ), chosen AS (
       (SELECT * FROM per_person WHERE users >= $1::int) UNION (SELECT * FROM per_person ORDER BY actions DESC, users DESC LIMIT $2::int)
     ), watched AS (
       SELECT d.person_id, p.family_name, p.given_names, d.user_id, u.display_name, d.actions
         FROM pairs d JOIN persons p ON p.id = d.person_id AND p.is_sensitive JOIN users u ON u.id = d.user_id
        WHERE d.actions IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM assignments a JOIN aid_requests r ON r.id = a.request_id JOIN users w ON w.id = a.user_id
                           WHERE r.person_id = d.person_id AND a.ended_at IS NULL AND (a.user_id = d.user_id OR w.supervisor_id = d.user_id))
     )
     SELECT (SELECT coalesce(json_object_agg(user_id, persons), '{}')
               FROM (SELECT user_id, count(*) AS persons FROM pairs GROUP BY user_id) q) AS persons_per_user,
            (SELECT coalesce(json_agg(json_build_object('person_id', c.person_id, 'family_name', p.family_name, 'given_names', p.given_names,
                                                        'is_sensitive', p.is_sensitive, 'actions', c.actions, 'users', c.users)
                                      ORDER BY c.users DESC, c.actions DESC), '[]')
               FROM chosen c JOIN persons p ON p.id = c.person_id) AS persons,
            (SELECT coalesce(json_agg(w ORDER BY w.actions DESC, w.family_name, w.given_names, w.display_name), '[]') FROM watched w) AS watched`,
    pairSources.params,
  );
  const { persons, watched } = pairs!;
  const users = userRows.map((row) => ({ ...row, persons: pairs!.persons_per_user[row.user_id] ?? 0 }));

  // The provider's legs (exchange.summary-*) are written by the node itself, not by a user: read apart.
  const perRequester = sources();
  const requested = await tx.query<{ person_id: string; family_name: string; given_names: string; institutions: number }>(
    `WITH ${perRequester.rd}
     SELECT d.person_id, p.family_name, p.given_names, count(DISTINCT d.institution)::int AS institutions
       FROM rd d JOIN persons p ON p.id = d.person_id
      GROUP BY d.person_id, p.family_name, p.given_names
      ORDER BY institutions DESC`,
    perRequester.params,
  );

  const thresholds = effectiveThresholds(
    settings,
    start,
    end,
    users.filter((u) => u.persons > 0).map((u) => u.persons),
  );
  const personName = (row: { family_name: string; given_names: string }) => `${row.family_name} ${row.given_names}`.trim();
  const items: RaisedIndicator[] = [];
  const perUser = (indicator: IndicatorCode, count: (row: (typeof users)[number]) => number) => {
    for (const row of users) {
      const value = count(row);
      if (value >= thresholds[indicator])
        items.push({ indicator, userId: row.user_id, userName: row.display_name, count: value, threshold: thresholds[indicator] });
    }
  };
  perUser('search-by-name', (row) => row.by_name);
  perUser('out-of-hours', (row) => row.off_hours);
  perUser('denied-attempts', (row) => row.denied);
  perUser('volume', (row) => row.persons);
  perUser('consultations-volume', (row) => row.consultations);
  for (const row of requested) {
    if (row.institutions >= thresholds['person-requested-by-many-cpas']) {
      items.push({
        indicator: 'person-requested-by-many-cpas',
        personId: row.person_id,
        personName: personName(row),
        count: row.institutions,
        threshold: thresholds['person-requested-by-many-cpas'],
      });
    }
  }
  for (const row of persons) {
    if (row.users >= thresholds['person-many-users']) {
      items.push({
        indicator: 'person-many-users',
        personId: row.person_id,
        personName: personName(row),
        count: row.users,
        threshold: thresholds['person-many-users'],
      });
    }
  }
  for (const row of watched) {
    if (row.actions >= thresholds['sensitive-person-access']) {
      items.push({
        indicator: 'sensitive-person-access',
        personId: row.person_id,
        personName: personName(row),
        userId: row.user_id,
        userName: row.display_name,
        count: row.actions,
        threshold: thresholds['sensitive-person-access'],
      });
    }
  }
  const activity: UserActivity[] = users.map((row) => ({
    userId: row.user_id,
    userName: row.display_name,
    role: row.role,
    actions: row.actions,
    persons: row.persons,
    searchesByName: row.by_name,
    searchesByNiss: row.by_niss,
    outOfHours: row.off_hours,
    denied: row.denied,
    consultations: row.consultations,
  }));
  return {
    from: start.toISOString(),
    to: end.toISOString(),
    thresholds,
    officeHours: { start: settings.officeHoursStart, end: settings.officeHoursEnd },
    items,
    usage: genericUsage(activity),
    rankings: {
      users: activity.slice(0, settings.rankingSize),
      persons: [...persons]
        .sort((a, b) => b.actions - a.actions || b.users - a.users)
        .slice(0, settings.rankingSize)
        .map((row) => ({
          personId: row.person_id,
          personName: personName(row),
          isSensitive: row.is_sensitive,
          actions: row.actions,
          users: row.users,
        })),
    },
  };
}

export type GenericUsage = {
  activeUsers: number;
  actions: number;
  searchesByNiss: number;
  searchesByName: number;
  nameSearchShare: number;
  outOfHoursActions: number;
  outOfHoursShare: number;
  deniedActions: number;
  consultations: number;
  byRole: { role: string; users: number; actions: number }[];
};

/**
 * The generic part of the monthly report (Suwinet's monthly usage report): figures that point to no
 * person and no user — shares of searches by name, of actions out of hours, refusals, by role.
 */
export function genericUsage(users: readonly UserActivity[]): GenericUsage {
  const sum = (pick: (row: UserActivity) => number) => users.reduce((total, row) => total + pick(row), 0);
  const searchesByName = sum((row) => row.searchesByName);
  const searchesByNiss = sum((row) => row.searchesByNiss);
  const actions = sum((row) => row.actions);
  const outOfHoursActions = sum((row) => row.outOfHours);
  const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);
  const roles = new Map<string, { role: string; users: number; actions: number }>();
  for (const row of users) {
    const entry = roles.get(row.role) ?? { role: row.role, users: 0, actions: 0 };
    entry.users += 1;
    entry.actions += row.actions;
    roles.set(row.role, entry);
  }
  return {
    activeUsers: users.length,
    actions,
    searchesByNiss,
    searchesByName,
    nameSearchShare: share(searchesByName, searchesByName + searchesByNiss),
    outOfHoursActions,
    outOfHoursShare: share(outOfHoursActions, actions),
    deniedActions: sum((row) => row.denied),
    consultations: sum((row) => row.consultations),
    byRole: [...roles.values()].sort((a, b) => a.role.localeCompare(b.role)),
  };
}
