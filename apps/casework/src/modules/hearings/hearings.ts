/**
 * Hearings (R11; RIS law of 26 May 2002 art. 20, domain §3.2): the person may ask to be heard before a
 * RIS decision; the hearing is requested, scheduled, then held (with attendees, the person's assistant,
 * a summary of the minutes) or not held (the person did not come, or withdrew the request). While a
 * requested hearing is neither held nor closed as not held, a RIS refusal cannot be recorded as final
 * (decisions: `hasPendingHearing`).
 */
import { conflict, invalid } from '#platform/errors.ts';

export type HearingState = 'requested' | 'scheduled' | 'held' | 'not-held';

export type HearingFacts = { scheduledAt: string | null; heldAt: string | null; notHeldAt: string | null };

export function stateOf(hearing: HearingFacts): HearingState {
  if (hearing.heldAt) return 'held';
  if (hearing.notHeldAt) return 'not-held';
  return hearing.scheduledAt ? 'scheduled' : 'requested';
}

/** A hearing held or not held is closed: its outcome is not rewritten. */
export function requireStillPending(hearing: HearingFacts): void {
  const state = stateOf(hearing);
  if (state === 'held' || state === 'not-held') throw conflict('hearing.closed', 'This hearing is already closed (held or not held).');
}

/** An outcome cannot precede the request, nor be dated after today. */
export function requireOutcomeDate(date: string, requestedAt: string, today: string, path: string): void {
  if (date > today)
    throw invalid('hearing.in-future', 'A hearing outcome cannot be dated in the future.', [
      { path, code: 'in-future', message: 'after today' },
    ]);
  if (date < requestedAt)
    throw invalid('hearing.before-request', 'A hearing cannot take place before it was requested.', [
      { path, code: 'before-request', message: 'before the request date' },
    ]);
}

/** A request is dated today or before; a hearing is scheduled on or after the request. */
export function requireRequestDates(requestedAt: string, scheduledAt: string | undefined, today: string): void {
  if (requestedAt > today)
    throw invalid('hearing.in-future', 'A hearing request cannot be dated in the future.', [
      { path: '/requestedAt', code: 'in-future', message: 'after today' },
    ]);
  if (scheduledAt !== undefined && scheduledAt < requestedAt)
    throw invalid('hearing.before-request', 'A hearing cannot take place before it was requested.', [
      { path: '/scheduledAt', code: 'before-request', message: 'before the request date' },
    ]);
}
