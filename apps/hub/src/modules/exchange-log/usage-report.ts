/**
 * The hub operator's view of the federation's use of the RSE (anchors §3.5 Suwinet, §7: "a partner
 * institution given access to a whole population instead of the relevant persons"; X-Road: denials
 * are the most interesting events). Read from the exchange log's metadata only — who asked, when,
 * with which outcome, about how many different pseudonymised persons; never a NISS, never content.
 *
 * Per requesting institution: consultations accepted and refused (by reason), distinct persons,
 * consultations outside office hours (Europe/Brussels, weekends, Belgian public holidays). Raised:
 * - `volume`: accepted consultations at least `volumeFactor` × the median of the institutions that
 *   asked in the period, and at least `volumeMinimum`;
 * - `refusals`: a refused share of at least `refusalShare`, with at least `refusalMinimum` refusals;
 * - `out-of-hours`: a share of at least `outOfHoursShare`, with at least `outOfHoursMinimum`.
 */
import type { Queryable } from '#platform/db.ts';
import { publicHolidaysBetween } from '#platform/brussels-time.ts';

export type UsageThresholds = {
  officeHoursStart: number;
  officeHoursEnd: number;
  volumeFactor: number;
  volumeMinimum: number;
  refusalShare: number;
  refusalMinimum: number;
  outOfHoursShare: number;
  outOfHoursMinimum: number;
};

export const DEFAULT_USAGE_THRESHOLDS: UsageThresholds = {
  officeHoursStart: 7,
  officeHoursEnd: 19,
  volumeFactor: 3,
  volumeMinimum: 20,
  refusalShare: 0.2,
  refusalMinimum: 5,
  outOfHoursShare: 0.2,
  outOfHoursMinimum: 10,
};

export type InstitutionUsage = {
  kbo: string;
  name: string | null;
  accepted: number;
  refused: number;
  persons: number;
  outOfHours: number;
  refusalsByReason: Record<string, number>;
  raised: ('volume' | 'refusals' | 'out-of-hours')[];
};

export async function institutionUsage(
  db: Queryable,
  start: Date,
  end: Date,
  thresholds: UsageThresholds = DEFAULT_USAGE_THRESHOLDS,
): Promise<{ from: string; to: string; institutions: InstitutionUsage[] }> {
  const rows = await db.query<{
    requester: string;
    name: string | null;
    accepted: number;
    refused: number;
    persons: number;
    out_of_hours: number;
    reasons: Record<string, number> | null;
  }>(
    `WITH legs AS (
       SELECT convert_from(l.leaf, 'UTF8')::jsonb AS leg, l.person_pseudonym FROM log_leaves l WHERE l.appended_at >= $1 AND l.appended_at <= $2
     ), consultations AS (
       SELECT leg->>'requester' AS requester, leg->>'type' AS type, leg->>'outcome' AS outcome, person_pseudonym,
              (extract(hour FROM (leg->>'at')::timestamptz AT TIME ZONE 'Europe/Brussels') < $3::int
                OR extract(hour FROM (leg->>'at')::timestamptz AT TIME ZONE 'Europe/Brussels') >= $4::int
                OR extract(isodow FROM (leg->>'at')::timestamptz AT TIME ZONE 'Europe/Brussels') >= 6
                OR ((leg->>'at')::timestamptz AT TIME ZONE 'Europe/Brussels')::date = ANY($5::date[])) AS is_off_hours
         FROM legs WHERE leg->>'type' IN ('consultation.accepted', 'consultation.refused') AND leg ? 'requester'
     ), reasons AS (
       SELECT requester, jsonb_object_agg(outcome, n) AS reasons FROM (
         SELECT requester, outcome, count(*)::int AS n FROM consultations WHERE type = 'consultation.refused' GROUP BY requester, outcome) r GROUP BY requester
     )
     SELECT c.requester, i.name,
            count(*) FILTER (WHERE c.type = 'consultation.accepted')::int AS accepted,
            count(*) FILTER (WHERE c.type = 'consultation.refused')::int AS refused,
            count(DISTINCT c.person_pseudonym) FILTER (WHERE c.type = 'consultation.accepted')::int AS persons,
            count(*) FILTER (WHERE c.is_off_hours)::int AS out_of_hours,
            r.reasons
       FROM consultations c LEFT JOIN institutions i ON i.kbo = c.requester LEFT JOIN reasons r ON r.requester = c.requester
      GROUP BY c.requester, i.name, r.reasons ORDER BY accepted DESC, c.requester`,
    [start, end, thresholds.officeHoursStart, thresholds.officeHoursEnd, publicHolidaysBetween(start, end)],
  );
  const accepted = rows
    .map((row) => row.accepted)
    .filter((n) => n > 0)
    .sort((a, b) => a - b);
  const median =
    accepted.length === 0
      ? 0
      : accepted.length % 2 === 1
        ? accepted[(accepted.length - 1) / 2]!
        : (accepted[accepted.length / 2 - 1]! + accepted[accepted.length / 2]!) / 2;
  return {
    from: start.toISOString(),
    to: end.toISOString(),
    institutions: rows.map((row) => {
      const total = row.accepted + row.refused;
      const raised: InstitutionUsage['raised'] = [];
      if (row.accepted >= thresholds.volumeMinimum && row.accepted >= thresholds.volumeFactor * median && accepted.length > 1)
        raised.push('volume');
      if (row.refused >= thresholds.refusalMinimum && row.refused / total >= thresholds.refusalShare) raised.push('refusals');
      if (row.out_of_hours >= thresholds.outOfHoursMinimum && row.out_of_hours / total >= thresholds.outOfHoursShare)
        raised.push('out-of-hours');
      return {
        kbo: row.requester,
        name: row.name,
        accepted: row.accepted,
        refused: row.refused,
        persons: row.persons,
        outOfHours: row.out_of_hours,
        refusalsByReason: row.reasons ?? {},
        raised,
      };
    }),
  };
}
