/**
 * The follow-up of what the person sends (R39, R40) — pure rules. A contest moves
 * received → under review → one outcome (upheld, corrected, rejected), each outcome with a motivation
 * that is told to the person; a statement is answered once.
 */
import { conflict } from '#platform/errors.ts';

export const CONTEST_OUTCOMES = ['upheld', 'corrected', 'rejected'] as const;
export type ContestOutcome = (typeof CONTEST_OUTCOMES)[number];
export type ContestStatus = 'received' | 'under-review' | ContestOutcome;

export const isDecided = (status: string) => (CONTEST_OUTCOMES as readonly string[]).includes(status);

export function requireReviewable(status: string): void {
  if (status !== 'received') throw conflict('person-contest.not-received', 'This contest is already under review or decided.');
}

export function requireUndecided(status: string): void {
  if (isDecided(status)) throw conflict('person-contest.decided', 'This contest already has its outcome.');
}

export function requireUnanswered(repliedAt: Date | null): void {
  if (repliedAt !== null) throw conflict('person-statement.answered', 'This statement has already been answered.');
}

/**
 * The decision's status after the outcome (R39): a rejected contest gives the decision back the
 * status it had (a final decision is shared as final again); an upheld or corrected one leaves it as
 * it is — the correction itself is recorded as a decision correction, which notifies the other CPAS.
 */
export function decisionStatusAfter(outcome: ContestOutcome, current: string, before: string): string {
  return outcome === 'rejected' && current === 'contested' ? before : current;
}
