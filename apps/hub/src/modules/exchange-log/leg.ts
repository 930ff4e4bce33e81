/**
 * One exchange leg as it is written into the Merkle log: metadata only — who, when, for which
 * purpose, which outcome, about which pseudonymised person. Never a NISS, never content.
 */
import { subjectCommitment } from '#contracts/tlog/commitment.ts';

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
  | 'transfer.forwarded'
  // Key transparency (ADR 0017): an institution's public key registered (or rotated in), or deactivated.
  | 'key.registered'
  | 'key.deactivated'
  // Outside anchor (ADR 0017): a CPAS's audit chain head, so its own administrator cannot rewrite it unseen.
  | 'audit.anchored';

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
  /** Key entries: the institution (KBO), the key's use and id, and the public key itself (JWK `x`). */
  institution?: string;
  keyUse?: 'sig' | 'enc';
  kid?: string;
  publicKey?: string;
  /** Anchor entries: the last audit event id of the CPAS and the chain's hash there (base64). */
  auditEventId?: number;
  auditHead?: string;
};

/**
 * Canonical bytes of a leg (version 1, the pseudonym in clear): keys sorted, no whitespace, so anyone
 * can recompute the leaf hash. Kept to read and verify the leaves written before ADR 0017.
 */
export function encodeLeg(leg: LogLeg): Buffer {
  const entries = Object.entries(leg)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return Buffer.from(JSON.stringify(Object.fromEntries([['v', 1], ...entries])), 'utf8');
}

/**
 * Version 2 (ADR 0017), what the hub writes now: the pseudonym replaced by a commitment to it, so the
 * public tiles link no two entries of one person. `opening` is the entry's fresh 32-byte secret.
 */
export function encodeCommittedLeg(leg: LogLeg, pseudonym: Uint8Array | null, opening: Uint8Array | null): Buffer {
  const { subject: _subject, ...rest } = leg;
  const committed = pseudonym && opening ? { ...rest, subjectCommitment: subjectCommitment(pseudonym, opening) } : rest;
  const entries = Object.entries(committed)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return Buffer.from(JSON.stringify(Object.fromEntries([['v', 2], ...entries])), 'utf8');
}

export type ExchangeLog = {
  /** Appends legs (batched with concurrent callers); resolves with their leaf indices. */
  append(legs: LogLeg[], subjects: (Buffer | null)[]): Promise<number[]>;
};
