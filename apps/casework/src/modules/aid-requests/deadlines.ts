/**
 * The legal deadlines of an aid request, as one pure function (domain §3.2; R7, R8, R10, R12–R14).
 * All dates are `YYYY-MM-DD` calendar dates and all periods calendar days or months (domain §8 B),
 * computed in UTC date arithmetic so that no local-time offset or DST change can shift a day.
 * The article numbers are from general knowledge (domain §0 and §3.2): the durations are per-CPAS
 * settings (`DeadlineRules`), not constants, so a correction needs no code change.
 */
export type DeadlineRules = {
  decisionDays: number;
  socialAidDecisionRule: 'one-month' | 'days';
  alertDaysBeforeDecision: number;
  notificationDays: number;
  appealMonths: number;
  transferDays: number;
  homeVisitMonths: number;
  piisMonths: number;
};

export const DEFAULT_DEADLINE_RULES: DeadlineRules = {
  // RIS law art. 18: decide within 30 days of the acknowledgement of receipt.
  decisionDays: 30,
  // Organic law of 8 Jul 1976 (art. 58, article from general knowledge): social aid is decided
  // within one month of the request (domain §3.2 [S39]).
  socialAidDecisionRule: 'one-month',
  // R8: alert from D-7.
  alertDaysBeforeDecision: 7,
  // RIS law art. 21 / organic law art. 62bis: notify within 8 days of the decision.
  notificationDays: 8,
  // RIS law art. 47 / organic law art. 71: appeal to the labour court within 3 months of notification.
  appealMonths: 3,
  // Law of 2 Apr 1965: forward to the competent CPAS within 5 calendar days (R7).
  transferDays: 5,
  // R13: a home visit at least once a year while RIS is paid.
  homeVisitMonths: 12,
  // R14: a PIIS for every new RIS beneficiary (since 1 Nov 2016), concluded at the latest 3 months
  // after the RIS decision (RIS law art. 11, from general knowledge).
  piisMonths: 3,
};

export type DeadlineInput = {
  kind: 'ris' | 'social-aid';
  /** The acknowledgement date — the original one after a transfer, which keeps it (R7). */
  receivedAt: string;
  decidedAt?: string | null;
  notifiedAt?: string | null;
  lastHomeVisitAt?: string | null;
  isNewRisBeneficiary?: boolean;
  piisSignedAt?: string | null;
  /** Whether the latest decision leaves an aid running (granted, partial, or a suspension of it); a refusal, withdrawal or stop does not. */
  isAidPaid?: boolean;
  transferStartedAt?: string | null;
  /** R14: the latest evaluation of the PIIS in force (its signature date when none yet). */
  lastPiisEvaluationAt?: string | null;
  today: string;
};

export type Deadlines = {
  decisionDue: string;
  decisionAlertFrom: string;
  transferDue: string;
  notificationDue: string | null;
  appealDeadline: string | null;
  homeVisitDue: string | null;
  piisDue: string | null;
  piisEvaluationDue: string | null;
};

export type DeadlineAlert = {
  kind:
    | 'decision-due'
    | 'decision-overdue'
    | 'notification-overdue'
    | 'transfer-overdue'
    | 'home-visit-due'
    | 'piis-due'
    | 'piis-evaluation-due';
  dueDate: string;
  isOverdue: boolean;
};

/**
 * R14: a PIIS is evaluated at least twice a year (RD of 11 Jul 2002 as amended in 2016, from general
 * knowledge): the next evaluation falls due six months after the signature or the last evaluation.
 */
export const PIIS_EVALUATION_MONTHS = 6;

/** How long before a yearly home visit or a PIIS falls due the reminder appears (R13, R14). */
export const REVIEW_REMINDER_DAYS = 30;

type CalendarDate = { year: number; month: number; day: number };

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeapYear = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
const daysInMonth = (year: number, month: number) => (month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!);

const DIGIT_0 = 48;
const digitAt = (value: string, index: number): number => {
  const digit = value.charCodeAt(index) - DIGIT_0;
  return digit >= 0 && digit <= 9 ? digit : Number.NaN;
};

/**
 * @throws RangeError when `value` is not a `YYYY-MM-DD` calendar date. Read by character codes and checked by
 * arithmetic, without a regular expression or a `Date` (a supervisor's worklist computes thousands, issue 14).
 */
function readDate(value: string): CalendarDate {
  if (typeof value === 'string' && value.length === 10 && value[4] === '-' && value[7] === '-') {
    const year = digitAt(value, 0) * 1000 + digitAt(value, 1) * 100 + digitAt(value, 2) * 10 + digitAt(value, 3);
    const month = digitAt(value, 5) * 10 + digitAt(value, 6);
    const day = digitAt(value, 8) * 10 + digitAt(value, 9);
    // A calendar date exactly when the day exists in its month (proleptic Gregorian); NaN fails every comparison.
    if (month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) return { year, month, day };
  }
  throw new RangeError(`Expected a YYYY-MM-DD calendar date, got "${String(value)}"`);
}

/** Days since 1970-01-01 of a proleptic Gregorian date (the civil-from-days algorithms of H. Hinnant, in integers). */
function toEpochDay({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1; // from 1 March
  return era * 146_097 + yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear - 719_468;
}

function fromEpochDay(epochDay: number): CalendarDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  return { year: era * 400 + yearOfEra + (month <= 2 ? 1 : 0), month, day: dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1 };
}

const two = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** `YYYY-MM-DD`; a year outside 0000–9999 in ISO 8601's expanded form (±YYYYYY), as `Date#toISOString` writes it. */
function formatDate({ year, month, day }: CalendarDate): string {
  const yearText =
    year >= 0 && year <= 9999 ? String(year).padStart(4, '0') : `${year < 0 ? '-' : '+'}${String(Math.abs(year)).padStart(6, '0')}`;
  return `${yearText}-${two(month)}-${two(day)}`;
}

export function addDays(date: string, days: number): string {
  return formatDate(fromEpochDay(toEpochDay(readDate(date)) + days));
}

/** Calendar months, clamped to the end of the target month: 2025-01-31 + 1 month = 2025-02-28. */
export function addMonths(date: string, months: number): string {
  const { year, month, day } = readDate(date);
  const monthIndex = year * 12 + month - 1 + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = monthIndex - targetYear * 12 + 1;
  return formatDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** Empty strings from optional form fields count as absent. */
const presentDate = (value: string | null | undefined): string | null => (value ? value : null);

export function computeDeadlines(input: DeadlineInput, rules: DeadlineRules = DEFAULT_DEADLINE_RULES): Deadlines {
  const receivedAt = input.receivedAt;
  const decidedAt = presentDate(input.decidedAt);
  const notifiedAt = presentDate(input.notifiedAt);
  const isRis = input.kind === 'ris';
  const isPaidRis = isRis && decidedAt !== null && input.isAidPaid !== false;
  // RIS law art. 18: 30 days; social aid (organic law): one calendar month — both from the
  // acknowledgement date, which starts every deadline (domain §3.2).
  const decisionDue =
    !isRis && rules.socialAidDecisionRule === 'one-month' ? addMonths(receivedAt, 1) : addDays(receivedAt, rules.decisionDays);
  return {
    decisionDue,
    decisionAlertFrom: addDays(decisionDue, -rules.alertDaysBeforeDecision),
    transferDue: addDays(receivedAt, rules.transferDays),
    notificationDue: decidedAt ? addDays(decidedAt, rules.notificationDays) : null,
    // The 3-month appeal window only starts running at notification (domain §3.2, R12).
    appealDeadline: notifiedAt ? addMonths(notifiedAt, rules.appealMonths) : null,
    // R13: yearly home visit while RIS is paid, counted from the last one or from the decision.
    homeVisitDue: isPaidRis && decidedAt ? addMonths(presentDate(input.lastHomeVisitAt) ?? decidedAt, rules.homeVisitMonths) : null,
    // R14: a new RIS beneficiary without a signed PIIS is flagged.
    piisDue:
      isPaidRis && decidedAt && input.isNewRisBeneficiary && !presentDate(input.piisSignedAt)
        ? addMonths(decidedAt, rules.piisMonths)
        : null,
    piisEvaluationDue: presentDate(input.lastPiisEvaluationAt) ? addMonths(input.lastPiisEvaluationAt!, PIIS_EVALUATION_MONTHS) : null,
  };
}

/**
 * The alerts a case worker must see today. A request past its decision date gets
 * `decision-overdue` instead of `decision-due`, not both: one alert per deadline. A list that has
 * already computed the file's deadlines passes them (`computeDeadlines(input, rules)`).
 */
export function listDeadlineAlerts(
  input: DeadlineInput,
  rules: DeadlineRules = DEFAULT_DEADLINE_RULES,
  deadlines: Deadlines = computeDeadlines(input, rules),
): DeadlineAlert[] {
  const today = readDateString(input.today);
  const alerts: DeadlineAlert[] = [];
  if (!presentDate(input.decidedAt)) {
    // R8: alert at D-7 and at expiry; an absent decision can itself be appealed (domain §3.2).
    if (today > deadlines.decisionDue) alerts.push({ kind: 'decision-overdue', dueDate: deadlines.decisionDue, isOverdue: true });
    else if (today >= deadlines.decisionAlertFrom) alerts.push({ kind: 'decision-due', dueDate: deadlines.decisionDue, isOverdue: false });
  }
  // R10: a decision not notified after 8 days appears in the overdue notifications.
  if (deadlines.notificationDue && !presentDate(input.notifiedAt) && today > deadlines.notificationDue) {
    alerts.push({ kind: 'notification-overdue', dueDate: deadlines.notificationDue, isOverdue: true });
  }
  // R7: a transfer started after day 5 is late. Whether a transfer is needed at all is the CPAS's
  // judgement of its competence, so only a started transfer can be judged.
  const transferStartedAt = presentDate(input.transferStartedAt);
  if (transferStartedAt && readDateString(transferStartedAt) > deadlines.transferDue) {
    alerts.push({ kind: 'transfer-overdue', dueDate: deadlines.transferDue, isOverdue: true });
  }
  if (deadlines.homeVisitDue && today >= addDays(deadlines.homeVisitDue, -REVIEW_REMINDER_DAYS)) {
    alerts.push({ kind: 'home-visit-due', dueDate: deadlines.homeVisitDue, isOverdue: today > deadlines.homeVisitDue });
  }
  if (deadlines.piisDue && today >= addDays(deadlines.piisDue, -REVIEW_REMINDER_DAYS)) {
    alerts.push({ kind: 'piis-due', dueDate: deadlines.piisDue, isOverdue: today > deadlines.piisDue });
  }
  if (deadlines.piisEvaluationDue && today >= addDays(deadlines.piisEvaluationDue, -REVIEW_REMINDER_DAYS)) {
    alerts.push({ kind: 'piis-evaluation-due', dueDate: deadlines.piisEvaluationDue, isOverdue: today > deadlines.piisEvaluationDue });
  }
  return alerts;
}

/** Validates a date that is only compared, never shifted: `YYYY-MM-DD` strings order like dates. */
function readDateString(value: string): string {
  readDate(value);
  return value;
}
