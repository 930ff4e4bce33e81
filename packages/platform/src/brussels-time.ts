/** Calendar months as CPAS count them: in Brussels time (CET in winter, CEST in summer). */

// Made once: building an Intl.DateTimeFormat costs far more than formatting with it (the CPU profile of
// a consultation showed it at 1–3 % of the hub's and the node's time when it was built per call).
const BRUSSELS_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' });
const BRUSSELS_HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', hourCycle: 'h23' });

/**
 * The Brussels date of an instant, remembered for its UTC minute: every midnight in Brussels falls on a whole
 * UTC hour (CET and CEST are whole hours ahead), so all of one UTC minute lies on one Brussels date. A
 * consultation asks for today's date at the hub and at the node; formatting costs a few µs each time.
 */
let cachedMinute = Number.NaN;
let cachedDate = '';
function dateInBrussels(at: Date): string {
  const minute = Math.floor(at.getTime() / 60_000);
  if (minute !== cachedMinute) {
    cachedDate = BRUSSELS_DATE.format(at);
    cachedMinute = minute;
  }
  return cachedDate;
}

/** The month's first instant and last millisecond in Brussels, as UTC instants; null when `month` is not `YYYY-MM`. */
export function monthBounds(month: string): { start: Date; end: Date } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) return null;
  const midnight = (year: number, monthIndex: number) => {
    const guess = new Date(Date.UTC(year, monthIndex, 1));
    const hour = Number(BRUSSELS_HOUR.format(guess));
    return new Date(guess.getTime() - hour * 3_600_000);
  };
  const year = Number(match[1]);
  const monthIndex = Number(match[2]) - 1;
  return { start: midnight(year, monthIndex), end: new Date(midnight(year, monthIndex + 1).getTime() - 1) };
}

/** The month before the one `now` falls in, in Brussels, as `YYYY-MM`. */
export function previousMonth(now: Date): string {
  const [year, month] = dateInBrussels(now).split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, month - 2, 1)).toISOString().slice(0, 7);
}

/** The month `now` falls in, in Brussels, as `YYYY-MM`. */
export const currentMonth = (now: Date): string => dateInBrussels(now).slice(0, 7);

/** The UTC instant of a wall-clock hour in Brussels on `day` (`YYYY-MM-DD`, CET or CEST). */
export function brusselsHour(day: string, hour: number): Date {
  for (const offset of [1, 2]) {
    const candidate = new Date(Date.parse(`${day}T00:00:00Z`) + (hour - offset) * 3_600_000);
    const shown = BRUSSELS_HOUR.format(candidate);
    if (Number(shown) === hour % 24) return candidate;
  }
  throw new RangeError(`No ${hour}:00 in Brussels on ${day}`);
}

/** The calendar date `at` falls on in Brussels, as `YYYY-MM-DD`. */
export const dayInBrussels = (at: Date): string => dateInBrussels(at);

/** Easter Sunday of `year` (Gregorian calendar; anonymous algorithm of Meeus/Jones/Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The ten legal public holidays of Belgium in `year` (royal decree of 18 April 1974): New Year,
 * Easter Monday, Labour Day, Ascension, Whit Monday, the National Day, the Assumption, All Saints,
 * the Armistice and Christmas. Community holidays and a CPAS's own closing days are not included.
 */
export function belgianPublicHolidays(year: number): string[] {
  const easter = easterSunday(year);
  const fixed = (monthDay: string) => `${year}-${monthDay}`;
  return [
    fixed('01-01'),
    addDays(easter, 1),
    fixed('05-01'),
    addDays(easter, 39),
    addDays(easter, 50),
    fixed('07-21'),
    fixed('08-15'),
    fixed('11-01'),
    fixed('11-11'),
    fixed('12-25'),
  ].sort();
}

/** The Belgian public holidays between two instants (their Brussels dates), for queries over a period. */
export function publicHolidaysBetween(start: Date, end: Date): string[] {
  const [from, to] = [dayInBrussels(start), dayInBrussels(end)];
  const years = Array.from(
    { length: Number(to.slice(0, 4)) - Number(from.slice(0, 4)) + 1 },
    (_, index) => Number(from.slice(0, 4)) + index,
  );
  return years.flatMap(belgianPublicHolidays).filter((date) => date >= from && date <= to);
}
