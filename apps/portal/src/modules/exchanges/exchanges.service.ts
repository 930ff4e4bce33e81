/**
 * "Every exchange about me" (principle 7; R38): the hub lists the person's leaves of the exchange
 * log with their inclusion proofs against one signed tree head; the portal verifies the head, its
 * consistency with the heads seen before, and every entry, and says for each whether it is verified.
 * Nothing is stored but the tree head.
 */
import { AppError, notFound } from '#platform/errors.ts';
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
  /** A public read of the hub's offline proof of one entry (`GET /tlog/proof?leafIndex`); null when it has none yet. */
  readProof?: (leafIndex: number) => Promise<string | null>;
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

    /**
     * The offline proof (C2SP tlog-proof) of one of the person's own entries, to keep with their papers:
     * the entry, its inclusion proof and the cosigned checkpoint, verifiable by anyone with the hub's
     * and the witnesses' keys. Only an entry the hub lists for the person; the hub is asked for the
     * proof by its index alone (a public read, no person identifier).
     */
    async offlineProof(niss: string, leafIndex: number): Promise<string> {
      const answer = await deps.hub.send('/v1/person-access/exchanges', { niss }, PersonExchanges);
      if (!answer.entries.some((entry) => entry.leafIndex === leafIndex))
        throw notFound('exchange.not-found', 'No exchange about you has this number in the hub’s log.');
      const proof = deps.readProof ? await deps.readProof(leafIndex) : null;
      if (proof === null)
        throw new AppError(
          'tlog.entry-not-checkpointed',
          409,
          'This exchange is not yet in a published, witnessed checkpoint of the hub’s log; try again in a minute.',
        );
      return proof;
    },
  };
}
