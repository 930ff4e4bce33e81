/**
 * The individualised social integration project, PIIS (R14; RIS law of 26 May 2002 art. 11 and the RD of
 * 11 Jul 2002, from general knowledge): a contract with objectives, signed by the person and the CPAS,
 * evaluated periodically and amended by a signed amendment. The law (as amended in 2016) asks for an
 * evaluation at least twice a year: an evaluation falls due six months after the signature or the last
 * evaluation (from general knowledge; `PIIS_EVALUATION_MONTHS` in aid-requests/deadlines.ts).
 */
import { invalid } from '#platform/errors.ts';

/** Dates are `YYYY-MM-DD`: not after today, and not before the contract's signature. */
export function requirePiisDate(date: string, today: string, signedAt: string | null, path: string): void {
  if (date > today)
    throw invalid('piis.in-future', 'A PIIS date cannot be in the future.', [{ path, code: 'in-future', message: 'after today' }]);
  if (signedAt !== null && date < signedAt)
    throw invalid('piis.before-signature', 'This date precedes the signature of the PIIS.', [
      { path, code: 'before-signature', message: 'before the signature' },
    ]);
}

/** The same objective twice, or an empty one, is refused (one line per objective). */
export function normaliseObjectives(objectives: readonly string[], path: string): string[] {
  const cleaned = objectives.map((text) => text.trim());
  const emptyAt = cleaned.findIndex((text) => text.length === 0);
  if (emptyAt >= 0)
    throw invalid('piis.objective-empty', 'An objective cannot be empty.', [
      { path: `${path}/${emptyAt}`, code: 'empty', message: 'empty' },
    ]);
  const duplicateAt = cleaned.findIndex((text, index) => cleaned.indexOf(text) !== index);
  if (duplicateAt >= 0)
    throw invalid('piis.objective-duplicate', 'The same objective is listed twice.', [
      { path: `${path}/${duplicateAt}`, code: 'duplicate', message: 'listed twice' },
    ]);
  return cleaned;
}

/** An amendment changes something: it adds an objective or withdraws one. */
export function requireAmendmentChanges(add: readonly string[], withdraw: readonly string[]): void {
  if (add.length === 0 && withdraw.length === 0)
    throw invalid('piis.amendment-empty', 'An amendment adds or withdraws at least one objective.', [
      { path: '/addObjectives', code: 'required', message: 'add or withdraw an objective' },
    ]);
}
