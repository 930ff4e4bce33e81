/** Pure rules of the person's summaries view. */
import type { ProviderResult } from '#contracts/protocol/messages.ts';
import type { OpenedSummary } from '#contracts/protocol/summary-answer.ts';
import type { SummaryItem } from './summaries.service.ts';

/** What the person sees of one CPAS: its name, the outcome, a reason code when there is one, the summary when it opened. */
export function toSummaryItem(result: ProviderResult, opened: OpenedSummary): SummaryItem {
  return {
    provider: result.provider,
    leafIndex: result.leafIndex,
    status: opened.status,
    ...(opened.reasonCode ? { reasonCode: opened.reasonCode } : {}),
    ...(opened.summary ? { summary: opened.summary } : {}),
  };
}

/** By CPAS name, as the person reads them. */
export function bySummaryProvider(a: SummaryItem, b: SummaryItem): number {
  return a.provider.name.localeCompare(b.provider.name);
}
