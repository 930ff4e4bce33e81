/**
 * "What each CPAS would share about me" (principle 7): the hub asks every CPAS with a current or
 * recent integration for the person's summary for the purpose `person-access`; each CPAS signs its
 * answer and encrypts the summary to the portal's registered key. The portal opens each answer as
 * a requesting node does (verify the CPAS' signature, decrypt, check the closed schema and that the
 * summary is the person's own), shows it, and keeps no copy.
 */
import type { KeyObject } from 'node:crypto';
import { PersonSummaries, type ProviderResult } from '#contracts/protocol/messages.ts';
import { openSummaryAnswer, type OpenSummaryContext } from '#contracts/protocol/summary-answer.ts';
import type { ShareableSummary } from '#contracts/summary/summary.schema.ts';
import type { PortalHubClient } from '../hub/index.ts';
import { bySummaryProvider, toSummaryItem } from './summaries.ts';

export type SummaryItem = {
  provider: { kbo: string; name: string };
  status: string;
  reasonCode?: string;
  summary?: ShareableSummary;
  leafIndex: number;
};

export type SummaryDeps = {
  hub: Pick<PortalHubClient, 'send' | 'channel'>;
  /** The portal's registry number, and its keys (summaries are encrypted to its encryption key). */
  kbo: string;
  keys: { encryption: { privateKey: KeyObject } };
};

export function createSummaryService(deps: SummaryDeps) {
  return {
    async listSummaries(niss: string): Promise<{ items: SummaryItem[] }> {
      const answer = await deps.hub.send('/v1/person-access/summaries', { niss }, PersonSummaries);
      const context: OpenSummaryContext = {
        channel: deps.hub.channel,
        audience: deps.kbo,
        decryptionKey: deps.keys.encryption.privateKey,
        niss,
        consultationId: answer.consultationId,
      };
      const items = await Promise.all(
        answer.results.map(async (result: ProviderResult) => toSummaryItem(result, await openSummaryAnswer(result, context))),
      );
      return { items: items.sort(bySummaryProvider) };
    },
  };
}
