/** The aid request's pure rules: which statuses are open, the acknowledgement number, dates that cannot be in the future. */
import { dayInBrussels } from '#platform/brussels-time.ts';
import { conflict, invalid } from '#platform/errors.ts';
import type { AidRequestRow } from '../access/index.ts';

export const OPEN_STATUSES = ['received', 'investigating', 'report-signed', 'decided', 'notified'];
export const isOpen = (request: Pick<AidRequestRow, 'status'>) => OPEN_STATUSES.includes(request.status);

export function requireOpen(request: Pick<AidRequestRow, 'status'>): void {
  if (!isOpen(request)) throw conflict('aid-request.closed', `This request is ${request.status}; reopen it by registering a new request.`);
}

/** A transfer is possible only before the report is signed or a decision taken (R7). */
export function requireTransferable(request: Pick<AidRequestRow, 'status'>): void {
  requireOpen(request);
  if (request.status !== 'received' && request.status !== 'investigating')
    throw conflict('transfer.too-late', 'A request already reported on or decided cannot be transferred.');
}

/** Clocks drift: a moment up to five minutes ahead of the server is still "now". */
export const isInFuture = (moment: string, now: Date) => new Date(moment).getTime() > now.getTime() + 5 * 60_000;

export function requireNotInFuture(moment: string, now: Date, error: { code: string; title: string; path: string }): void {
  if (isInFuture(moment, now))
    throw invalid(error.code, error.title, [{ path: error.path, code: 'in-future', message: 'must not be in the future' }]);
}

/** R6: `<year received>-<sequence on 6 digits>`. */
export const acknowledgementNumber = (receivedAt: Date, sequence: number) =>
  `${receivedAt.getUTCFullYear()}-${String(sequence).padStart(6, '0')}`;

/** The cohabitants of a request: each person once, never the applicant. */
export const distinctCohabitants = (applicantId: string, ids: readonly string[] | undefined) =>
  [...new Set(ids ?? [])].filter((id) => id !== applicantId);

/** The calendar day of a moment in Brussels (a CPAS's legal dates are Belgian dates, not UTC ones). */
export const isoDay = (moment: Date) => dayInBrussels(moment);
export const addDaysTo = (moment: Date, days: number) => isoDay(new Date(moment.getTime() + days * 86_400_000));
