/** The `from`/`to` period of oversight and statistics queries (dates, both included; default the last 30 days). */
import { invalid } from '#platform/errors.ts';

export function parsePeriod(from: string | undefined, to: string | undefined, now: Date): { start: Date; end: Date } {
  const end = to ? new Date(`${to}T23:59:59.999Z`) : now;
  const start = from ? new Date(`${from}T00:00:00Z`) : new Date(end.getTime() - 30 * 86_400_000);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || start > end) {
    throw invalid('period.invalid', 'The period is invalid: from must be before to.', [
      { path: '/query/from', code: 'invalid', message: 'from after to' },
    ]);
  }
  return { start, end };
}
