/**
 * R35: received data expire from the receiving file unless the worker attaches a specific item to
 * the social file with a justification — the pure rules: which item of a received summary can be
 * kept, and what is kept of it (the decision as received, with the person's statements on it).
 * R34: what is kept stays "information from CPAS X dated D, to be verified"; it never fills a decision.
 */
import type { ShareableSummary } from '#contracts/summary/summary.schema.ts';

export type ResponseForAttach = { summary: ShareableSummary | null; expires_at: Date | null };

export type AttachRefusal = 'no-summary' | 'expired' | 'no-item';

export function itemToAttach(
  response: ResponseForAttach | undefined,
  decisionRef: string,
  now: Date,
):
  | { ok: true; item: { decision: ShareableSummary['decisions'][number]; statements: ShareableSummary['statements'] } }
  | { ok: false; reason: AttachRefusal } {
  if (!response?.summary) return { ok: false, reason: 'no-summary' };
  if (response.expires_at !== null && response.expires_at <= now) return { ok: false, reason: 'expired' };
  const decision = response.summary.decisions.find((d) => d.ref === decisionRef);
  if (!decision) return { ok: false, reason: 'no-item' };
  return { ok: true, item: { decision, statements: response.summary.statements.filter((s) => s.decisionRef === decisionRef) } };
}
