/**
 * Transfer to the competent CPAS (R7; law of 2 April 1965, art. 9bis; domain §3.2) — the pure rules:
 * what travels to the receiving CPAS (and back), and the time limits. The first CPAS forwards within
 * 5 calendar days (deadlines.ts, `transferDue`); a receiving CPAS that disputes its competence refers
 * the conflict to the SPP IS within 5 working days of receiving the transfer.
 */
import { Type, type Static } from '@sinclair/typebox';
import { TypeCompiler } from '@sinclair/typebox/compiler';
import { conflict } from '#platform/errors.ts';

const IsoDate = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/** What the first CPAS sends, encrypted to the receiving CPAS: the identity, the request and why it is forwarded. */
export const TransferContent = Type.Object({
  niss: Type.String({ pattern: '^\\d{11}$' }),
  familyName: Type.String({ minLength: 1, maxLength: 200 }),
  givenNames: Type.String({ maxLength: 200 }),
  birthDate: Type.Union([IsoDate, Type.Null()]),
  language: Type.Union([Type.Literal('fr'), Type.Literal('nl'), Type.Literal('de')]),
  kind: Type.String({ minLength: 1, maxLength: 64 }),
  originalReceivedAt: IsoDate,
  startedAt: IsoDate,
  reason: Type.String({ minLength: 1, maxLength: 2000 }),
  /** The first CPAS's acknowledgement number, quoted back in the answer and to the person. */
  fileRef: Type.String({ maxLength: 64 }),
});
export type TransferContent = Static<typeof TransferContent>;

/** What the receiving CPAS answers, encrypted to the first CPAS. */
export const TransferAnswerContent = Type.Object({
  outcome: Type.Union([Type.Literal('accepted'), Type.Literal('disputed')]),
  answeredAt: Type.String({ maxLength: 40 }),
  reason: Type.Optional(Type.String({ maxLength: 2000 })),
});
export type TransferAnswerContent = Static<typeof TransferAnswerContent>;

export const isTransferContent = TypeCompiler.Compile(TransferContent);
export const isTransferAnswerContent = TypeCompiler.Compile(TransferAnswerContent);

/** SPP IS referral of a conflict of competence: within this many working days of receiving the transfer. */
export const ESCALATION_WORKING_DAYS = 5;

/** `date` plus `days` working days (Monday to Friday; public holidays are not known here and count as working days). */
export function addWorkingDays(date: string, days: number): string {
  const day = new Date(`${date}T12:00:00Z`);
  let left = days;
  while (left > 0) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return day.toISOString().slice(0, 10);
}

export type IncomingStatus = 'received' | 'accepted' | 'disputed';

/** An incoming transfer is decided once: accepted, or disputed (then referred to the SPP IS). */
export function requireUndecided(status: string): void {
  if (status !== 'received') throw conflict('incoming-transfer.decided', 'This transfer has already been accepted or disputed.');
}

export function requireDisputed(status: string, escalatedAt: string | null): void {
  if (status !== 'disputed') throw conflict('incoming-transfer.not-disputed', 'Only a disputed transfer is referred to the SPP IS.');
  if (escalatedAt !== null) throw conflict('incoming-transfer.escalated', 'This conflict has already been referred to the SPP IS.');
}
