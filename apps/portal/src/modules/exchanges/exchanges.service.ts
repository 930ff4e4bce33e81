/**
 * "Every exchange about me" (principle 7; R38): the hub lists the person's leaves of the exchange
 * log with their inclusion proofs against one signed tree head; the portal verifies the head, its
 * consistency with the heads seen before, and every entry, and says for each whether it is verified.
 * Nothing is stored but the tree head.
 */
import { PersonExchanges } from '#contracts/protocol/messages.ts';
import type { PortalHubClient } from '../hub/index.ts';
import { checkEntry, type createTreeHeadStore, type LogState } from './log-verifier.ts';
import { toBlockView, toExchangeItem } from './exchanges.ts';

export type ExchangeItem = {
  at: string | null;
  type: string;
  requester: { kbo: string; name: string } | null;
  provider?: { kbo: string; name: string };
  purpose: string | null;
  outcome: string | null;
  consultationId?: string;
  leafIndex: number;
  /** The opening of the entry's subject commitment (version 2 leaves), for the browser's own check. */
  opening?: string;
  verified: boolean;
  verification: 'verified' | 'proof-failed' | 'other-person' | 'unreadable' | 'log-inconsistent';
};

export type BlockView = { institution: { kbo: string; name: string }; reason: string; createdAt: string };

export type ExchangeDeps = {
  hub: Pick<PortalHubClient, 'send' | 'names' | 'hubSigningKeys'>;
  treeHeads: Pick<ReturnType<typeof createTreeHeadStore>, 'observe'>;
};

export function createExchangeService(deps: ExchangeDeps) {
  return {
    /**
     * Every entry about the person with the portal's verdict; `subject` (the person's pseudonym at the
     * hub) and each entry's opening let the person's browser check the entries itself (verify.js).
     */
    async listExchanges(niss: string): Promise<{ items: ExchangeItem[]; log: LogState; blocks: BlockView[]; subject: string }> {
      const answer = await deps.hub.send('/v1/person-access/exchanges', { niss }, PersonExchanges);
      const names = await deps.hub.names();
      const log = await deps.treeHeads.observe(answer.treeHead, await deps.hub.hubSigningKeys());
      const items = answer.entries.map((entry) => ({
        ...toExchangeItem(entry.leafIndex, checkEntry(entry, answer.treeHead, answer.subject), names, log.isConsistent),
        ...(typeof entry.opening === 'string' ? { opening: entry.opening } : {}),
      }));
      return { items, log, blocks: answer.blocks.map((block) => toBlockView(block, names)), subject: answer.subject };
    },
  };
}
