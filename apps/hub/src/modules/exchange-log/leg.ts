/**
 * One exchange leg as it is written into the Merkle log: metadata only — who, when, for which
 * purpose, which outcome, about which pseudonymised person. Never a NISS, never content.
 */
export type LegType =
  | 'consultation.accepted'
  | 'consultation.refused'
  | 'summary.forwarded'
  | 'summary.answered'
  | 'correction.received'
  | 'correction.notified'
  | 'block.recorded'
  // The person's own access through the portal (flow 4): one leg per CPAS asked, and the person's statements and contests.
  | 'person-access.answered'
  | 'person-access.refused'
  | 'statement.forwarded'
  | 'contest.forwarded'
  // A request transferred to the competent CPAS, and its answer (flow 5, R7).
  | 'transfer.forwarded';

export type LogLeg = {
  type: LegType;
  at: string;
  consultationId?: string;
  requester?: string;
  provider?: string;
  purpose?: string;
  outcome: string;
  /** base64 of the HMAC pseudonym; lets the portal find a person's entries without a NISS. */
  subject?: string;
};

/** Canonical bytes of a leg: keys sorted, no whitespace, so anyone can recompute the leaf hash. */
export function encodeLeg(leg: LogLeg): Buffer {
  const entries = Object.entries(leg)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return Buffer.from(JSON.stringify(Object.fromEntries([['v', 1], ...entries])), 'utf8');
}

export type ExchangeLog = {
  /** Appends legs (batched with concurrent callers); resolves with their leaf indices. */
  append(legs: LogLeg[], subjects: (Buffer | null)[]): Promise<number[]>;
};
