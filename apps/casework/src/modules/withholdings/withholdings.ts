/**
 * R31: a CPAS withholds its summary of one person (e.g. to protect a victim) with a logged reason.
 * Only the reason code leaves the CPAS (in a `withheld` answer); the explanation stays local.
 */
export const WITHHOLDING_REASONS = ['victim-protection', 'legal-proceedings', 'person-request', 'other'] as const;
export type WithholdingReason = (typeof WITHHOLDING_REASONS)[number];

/** "other" says nothing by itself: it needs the worker's explanation. */
export const needsNote = (reasonCode: WithholdingReason, note: string | undefined) => reasonCode === 'other' && (note ?? '').trim() === '';
