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
