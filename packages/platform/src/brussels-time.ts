/** Calendar months as CPAS count them: in Brussels time (CET in winter, CEST in summer). */

const dateInBrussels = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(at);

/** The month's first instant and last millisecond in Brussels, as UTC instants; null when `month` is not `YYYY-MM`. */
export function monthBounds(month: string): { start: Date; end: Date } | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(month);
  if (!match) return null;
  const midnight = (year: number, monthIndex: number) => {
    const guess = new Date(Date.UTC(year, monthIndex, 1));
    const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', hourCycle: 'h23' }).format(guess));
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
    const shown = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', hourCycle: 'h23' }).format(candidate);
    if (Number(shown) === hour % 24) return candidate;
  }
  throw new RangeError(`No ${hour}:00 in Brussels on ${day}`);
}

/** The calendar date `at` falls on in Brussels, as `YYYY-MM-DD`. */
export const dayInBrussels = (at: Date): string => dateInBrussels(at);
