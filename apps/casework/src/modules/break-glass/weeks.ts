/** ISO 8601 weeks (`2026-W48`, Monday to Sunday) of the break-glass weekly report (anchors §3.5: a weekly report for 26 weeks). */

const DAY_MS = 86_400_000;
const WEEK = /^(\d{4})-W(\d{2})$/;

const toYmd = (date: Date) => date.toISOString().slice(0, 10);

/** The ISO week of a calendar date `YYYY-MM-DD`. */
export function isoWeekOf(ymd: string): string {
  const date = new Date(`${ymd}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(date.getTime() + (3 - weekday) * DAY_MS); // the week belongs to the year of its Thursday
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  const firstMonday = new Date(firstThursday.getTime() - ((firstThursday.getUTCDay() + 6) % 7) * DAY_MS);
  const week = Math.floor((thursday.getTime() - firstMonday.getTime()) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The Monday that starts a week and the Monday after it (`YYYY-MM-DD`), or null for a week that does not exist (`2026-W54`, `2025-W53`). */
export function parseIsoWeek(text: string): { week: string; startsOn: string; nextMonday: string } | null {
  const match = WEEK.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (week < 1 || week > 53) return null;
  const january4 = new Date(Date.UTC(year, 0, 4));
  const firstMonday = january4.getTime() - ((january4.getUTCDay() + 6) % 7) * DAY_MS;
  const monday = new Date(firstMonday + (week - 1) * 7 * DAY_MS);
  if (isoWeekOf(toYmd(monday)) !== text) return null;
  return { week: text, startsOn: toYmd(monday), nextMonday: toYmd(new Date(monday.getTime() + 7 * DAY_MS)) };
}
