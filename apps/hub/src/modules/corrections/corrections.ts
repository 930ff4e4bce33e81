/** Pure rules of corrections at the hub (R39): who is told, and when a failed notice is tried again. */
import type { LogLeg } from '../exchange-log/leg.ts';

/** Who received an answered summary from `provider`, from the person's log legs: recipient → consultation ids. */
export function recipientsOf(legs: Iterable<LogLeg>, provider: string): Map<string, string[]> {
  const recipients = new Map<string, string[]>();
  for (const leg of legs) {
    if (leg.type !== 'summary.answered' || leg.provider !== provider || leg.outcome !== 'answered' || !leg.requester || !leg.consultationId)
      continue;
    if (leg.requester === provider) continue;
    const ids = recipients.get(leg.requester) ?? [];
    if (!ids.includes(leg.consultationId)) ids.push(leg.consultationId);
    recipients.set(leg.requester, ids);
  }
  return recipients;
}

/**
 * A message being delivered is claimed for this long (next_attempt_at moved past it): another hub
 * process does not deliver it meanwhile, and if the claiming process dies, the message is due again
 * after the lease (ADR 0019). Far longer than one delivery may take (its timeout is seconds).
 */
export const DELIVERY_LEASE_SECONDS = 300;

/** Messages one run of a delivery loop claims and tries, at most. */
export const DELIVERIES_PER_RUN = 500;

/** Exponential back-off for a notice not acknowledged: 2, 4, 8 … seconds, at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3_600, 2 ** Math.min(attempts + 1, 12));
}
