/** Pure rules of the person's exchanges view: one log entry as the person reads it. */
import type { BlockEntry } from '#contracts/protocol/messages.ts';
import type { EntryCheck } from './log-verifier.ts';
import type { BlockView, ExchangeItem } from './exchanges.service.ts';

type Names = ReadonlyMap<string, string>;

const text = (value: unknown) => (typeof value === 'string' ? value : null);
const refOf = (names: Names, kbo: unknown) => (typeof kbo === 'string' ? { kbo, name: names.get(kbo) ?? kbo } : null);

/**
 * An entry with its verification: nothing is shown as verified on a log that is not consistent. The
 * leg's requester is "who looked"; for a leg without one (a correction received) the provider is.
 */
export function toExchangeItem(leafIndex: number, check: EntryCheck, names: Names, isLogConsistent: boolean): ExchangeItem {
  const leg = check.leg ?? {};
  const requester = refOf(names, leg.requester) ?? refOf(names, leg.provider);
  const provider = leg.requester ? refOf(names, leg.provider) : null;
  const verification = !isLogConsistent ? 'log-inconsistent' : check.isVerified ? 'verified' : check.failure!;
  const consultationId = text(leg.consultationId);
  return {
    at: text(leg.at),
    type: text(leg.type) ?? 'unknown',
    requester,
    ...(provider ? { provider } : {}),
    purpose: text(leg.purpose),
    outcome: text(leg.outcome),
    ...(consultationId ? { consultationId } : {}),
    leafIndex,
    verified: verification === 'verified',
    verification,
  };
}

export function toBlockView(block: BlockEntry, names: Names): BlockView {
  return { institution: refOf(names, block.institutionKbo)!, reason: block.reason, createdAt: block.createdAt };
}
