/**
 * Opening a provider's answer to a summary request, the same on a requesting node and on the
 * portal (principles 2 and 4): verify the provider's signature (it is addressed to the requester,
 * the hub only carried it), decrypt the summary with the requester's key, check the closed
 * `rse.summary/1` schema, and check that it is the summary asked for (this provider, this person,
 * this consultation). Anything that fails is an `error` with a stable reason code; nothing of it is kept.
 */
import type { KeyObject } from 'node:crypto';
import { validateSummary, type ShareableSummary } from '../summary/summary.schema.ts';
import { decryptJsonWith } from './encryption.ts';
import { SummaryAnswer, type ProviderResult } from './messages.ts';
import type { SignedChannel } from './channel.ts';

export type OpenedSummary = { status: string; reasonCode: string | null; summary: ShareableSummary | null };

export type OpenSummaryContext = {
  channel: Pick<SignedChannel, 'receive'>;
  /** The requester: who the provider addressed and encrypted to. */
  audience: string;
  decryptionKey: KeyObject;
  /** What was asked: the person and, when known, the consultation. */
  niss: string;
  consultationId?: string;
};

export async function openSummaryAnswer(result: ProviderResult, context: OpenSummaryContext): Promise<OpenedSummary> {
  if (result.status === 'pending' || result.status === 'error' || !result.answer) {
    return { status: result.status === 'answered' ? 'error' : result.status, reasonCode: result.reasonCode, summary: null };
  }
  const received = await context.channel.receive(result.answer, {
    audience: context.audience,
    message: SummaryAnswer,
    from: result.provider.kbo,
  });
  if (!received.ok)
    return { status: 'error', reasonCode: received.reason === 'signature' ? received.code : 'provider.malformed-answer', summary: null };
  const answer = received.claims;
  if (context.consultationId !== undefined && answer.consultationId !== context.consultationId) {
    return { status: 'error', reasonCode: 'provider.malformed-answer', summary: null };
  }
  if (answer.status !== 'answered') return { status: answer.status, reasonCode: answer.reasonCode ?? null, summary: null };
  const opened = decryptJsonWith(context.decryptionKey, answer.summary);
  if (!opened.ok) return { status: 'error', reasonCode: opened.code, summary: null };
  // The closed schema is checked at both ends (principle 2), and the summary must be the one asked for.
  const checked = validateSummary(opened.value);
  if (!checked.ok || checked.summary.provider.kbo !== result.provider.kbo || checked.summary.person.niss !== context.niss) {
    return { status: 'error', reasonCode: 'summary.invalid', summary: null };
  }
  return { status: 'answered', reasonCode: null, summary: checked.summary };
}
