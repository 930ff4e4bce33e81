/** The aid request's pure rules: which statuses are open, the acknowledgement number, dates that cannot be in the future. */
import { dayInBrussels } from '#platform/brussels-time.ts';
import { conflict, invalid } from '#platform/errors.ts';
import type { AidRequestRow } from '../access/index.ts';

export const OPEN_STATUSES = ['received', 'investigating', 'report-signed', 'decided', 'notified'];
export const isOpen = (request: Pick<AidRequestRow, 'status'>) => OPEN_STATUSES.includes(request.status);

export function requireOpen(request: Pick<AidRequestRow, 'status'>): void {
  if (!isOpen(request)) throw conflict('aid-request.closed', `This request is ${request.status}; reopen it by registering a new request.`);
}

/**
 * Reopening rules (issue 11, item 4; migration 0051). A closed request is not reopened as a rule: the
 * person files a new request with its own acknowledgement and deadlines (R6, R8; a social investigation
 * for each new request and revision, domain §3.2). A decided request is revised (R9, R13: revision,
 * suspension, stop of an ongoing aid) or appealed (R12), never reopened; a withdrawn request calls for a
 * new request; a transferred one belongs to the competent CPAS (R7); a purged file is gone (R42). Only a
 * request closed without any decision is reopened: the CPAS still owes a decision on it (RIS law
 * art. 18, R8), from its original date.
 */
export function requireReopenable(request: { status: string; purged_at: Date | null }, decisions: { kind: string; outcome: string }[]) {
  if (isOpen(request)) throw conflict('aid-request.not-closed', 'This request is still open.');
  if (request.purged_at !== null)
    throw conflict('aid-request.reopen-purged', 'This file was purged under retention; register a new request.');
  if (request.status === 'transferred')
    throw conflict('aid-request.reopen-transferred', 'This request was transferred to the competent CPAS, which handles it (R7).');
  if (decisions.some((d) => d.kind === 'initial' && d.outcome === 'withdrawn'))
    throw conflict('aid-request.reopen-withdrawn', 'The person withdrew this request; a new request is registered (R6).');
  if (decisions.length > 0)
    throw conflict(
      'aid-request.reopen-decided',
      'A decided request is not reopened: revise the decision, record an appeal, or register a new request.',
    );
}

/** The status a reopened request takes back: where its social investigation stood. */
export const statusOnReopening = (report: { is_signed: boolean } | null) =>
  report === null ? 'received' : report.is_signed ? 'report-signed' : 'investigating';

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
