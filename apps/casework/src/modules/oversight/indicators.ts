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

const HOUR = `extract(hour FROM e.at AT TIME ZONE 'Europe/Brussels')`;
const WEEKDAY = `extract(isodow FROM e.at AT TIME ZONE 'Europe/Brussels')`;
/** One action per HTTP request; an event written outside a request counts alone. */
const ACTION = `coalesce(e.request_id, e.id::text)`;

/** The period's events by users (not by the system), each marked in or out of office hours. */
const EVENTS = `
  WITH ev AS (
    SELECT e.*, (${HOUR} < $3::int OR ${HOUR} >= $4::int OR ${WEEKDAY} >= 6 OR (e.at AT TIME ZONE 'Europe/Brussels')::date = ANY($5::date[])) AS is_off_hours
      FROM audit_events e
     WHERE e.at >= $1 AND e.at <= $2 AND e.user_id IS NOT NULL
  )`;

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

export async function computeIndicators(tx: Queryable, settings: Settings['oversight'], start: Date, end: Date): Promise<IndicatorReport> {
  const params = [start, end, settings.officeHoursStart, settings.officeHoursEnd, publicHolidaysBetween(start, end)];
  const users = await tx.query<{
    user_id: string;
    display_name: string;
    role: string;
    actions: number;
    persons: number;
    by_name: number;
    by_niss: number;
    off_hours: number;
    denied: number;
    consultations: number;
  }>(
    `${EVENTS}
     SELECT e.user_id, u.display_name, u.role,
            count(DISTINCT ${ACTION})::int AS actions,
            count(DISTINCT e.person_id)::int AS persons,
            count(DISTINCT ${ACTION}) FILTER (WHERE e.action = 'person.search-by-name')::int AS by_name,
            count(DISTINCT ${ACTION}) FILTER (WHERE e.action = 'person.search-by-niss')::int AS by_niss,
            count(DISTINCT ${ACTION}) FILTER (WHERE e.is_off_hours)::int AS off_hours,
            count(DISTINCT ${ACTION}) FILTER (WHERE e.outcome = 'denied')::int AS denied,
            count(DISTINCT ${ACTION}) FILTER (WHERE e.action = 'rse-consultation.create' AND e.outcome = 'allowed')::int AS consultations
       FROM ev e JOIN users u ON u.id = e.user_id
      GROUP BY e.user_id, u.display_name, u.role
      ORDER BY actions DESC, u.display_name`,
    params,
  );
  // Only the persons that raise `person-many-users` or stand in the ranking leave the database (a
  // month of a large CPAS touches hundreds of thousands of persons); names are joined after grouping.
  const persons = await tx.query<{
    person_id: string;
    family_name: string;
    given_names: string;
    is_sensitive: boolean;
    actions: number;
    users: number;
  }>(
    `${EVENTS}, per_person AS (
       SELECT e.person_id, count(DISTINCT ${ACTION})::int AS actions, count(DISTINCT e.user_id)::int AS users
         FROM ev e WHERE e.person_id IS NOT NULL AND e.role IS DISTINCT FROM 'security-advisor' GROUP BY e.person_id
     ), chosen AS (
       (SELECT * FROM per_person WHERE users >= $6::int) UNION (SELECT * FROM per_person ORDER BY actions DESC, users DESC LIMIT $7::int)
     )
     SELECT c.person_id, p.family_name, p.given_names, p.is_sensitive, c.actions, c.users
       FROM chosen c JOIN persons p ON p.id = c.person_id
      ORDER BY c.users DESC, c.actions DESC`,
    [...params, settings.personUsersThreshold, settings.rankingSize],
  );
  const watched = await tx.query<{
    person_id: string;
    family_name: string;
    given_names: string;
    user_id: string;
    display_name: string;
    actions: number;
  }>(
    `${EVENTS}
     SELECT e.person_id, p.family_name, p.given_names, e.user_id, u.display_name, count(DISTINCT ${ACTION})::int AS actions
       FROM ev e JOIN persons p ON p.id = e.person_id AND p.is_sensitive JOIN users u ON u.id = e.user_id
      WHERE e.role IS DISTINCT FROM 'security-advisor'
        AND NOT EXISTS (SELECT 1 FROM assignments a JOIN aid_requests r ON r.id = a.request_id JOIN users w ON w.id = a.user_id
                         WHERE r.person_id = e.person_id AND a.ended_at IS NULL AND (a.user_id = e.user_id OR w.supervisor_id = e.user_id))
      GROUP BY e.person_id, p.family_name, p.given_names, e.user_id, u.display_name
      ORDER BY actions DESC`,
    params,
  );

  // The provider's legs (exchange.summary-*) are written by the node itself, not by a user: read apart.
  const requested = await tx.query<{ person_id: string; family_name: string; given_names: string; institutions: number }>(
    `SELECT e.person_id, p.family_name, p.given_names, count(DISTINCT substring(e.reason FROM ' by ([0-9]{10}) '))::int AS institutions
       FROM audit_events e JOIN persons p ON p.id = e.person_id
      WHERE e.at >= $1 AND e.at <= $2 AND e.action LIKE 'exchange.summary-%'
      GROUP BY e.person_id, p.family_name, p.given_names
      ORDER BY institutions DESC`,
    [start, end],
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
