/**
 * "Every exchange about me" (principle 7; R38): the hub lists the person's leaves of the exchange
 * log with their inclusion proofs against one signed tree head; the portal verifies the head, its
 * consistency with the heads seen before, and every entry, and says for each whether it is verified.
 * Nothing is stored but the tree head.
 */
import type { PortalHubClient } from '../hub/hub-client.ts';
import { checkEntry, type createTreeHeadStore, type LogState, type TreeHead } from './log-verifier.ts';

export type ExchangeItem = {
  at: string | null;
  type: string;
  requester: { kbo: string; name: string } | null;
  provider?: { kbo: string; name: string };
  purpose: string | null;
  outcome: string | null;
  consultationId?: string;
  leafIndex: number;
  verified: boolean;
  verification: 'verified' | 'proof-failed' | 'other-person' | 'unreadable' | 'log-inconsistent';
};

export type BlockView = { institution: { kbo: string; name: string }; reason: string; createdAt: string };

type ExchangesAnswer = {
  subject: string;
  treeHead: TreeHead;
  entries: { leafIndex: number; leaf: string; auditPath: string[] }[];
  blocks: { institutionKbo: string; reason: string; createdAt: string }[];
};

export function createExchangeService(deps: { hub: PortalHubClient; treeHeads: ReturnType<typeof createTreeHeadStore> }) {
  const text = (value: unknown) => (typeof value === 'string' ? value : null);

  return {
    async listExchanges(niss: string): Promise<{ items: ExchangeItem[]; log: LogState; blocks: BlockView[] }> {
      const answer = (await deps.hub.send('/v1/person-access/exchanges', { niss })) as unknown as ExchangesAnswer;
      const names = await deps.hub.names();
      const ref = (kbo: unknown) => (typeof kbo === 'string' ? { kbo, name: names.get(kbo) ?? kbo } : null);
      const log = await deps.treeHeads.observe(answer.treeHead, await deps.hub.hubSigningKeys());
      const entries = Array.isArray(answer.entries) ? answer.entries : [];
      const items = entries.map((entry): ExchangeItem => {
        const check = checkEntry(entry, answer.treeHead, answer.subject);
        const leg = check.leg ?? {};
        const requester = ref(leg.requester) ?? ref(leg.provider);
        const provider = leg.requester ? ref(leg.provider) : null;
        const verification = !log.isConsistent ? 'log-inconsistent' : check.isVerified ? 'verified' : check.failure!;
        return {
          at: text(leg.at),
          type: text(leg.type) ?? 'unknown',
          requester,
          ...(provider ? { provider } : {}),
          purpose: text(leg.purpose),
          outcome: text(leg.outcome),
          ...(text(leg.consultationId) ? { consultationId: text(leg.consultationId)! } : {}),
          leafIndex: entry.leafIndex,
          verified: verification === 'verified',
          verification,
        };
      });
      const blocks = (Array.isArray(answer.blocks) ? answer.blocks : []).map((block) => ({
        institution: ref(block.institutionKbo)!,
        reason: block.reason,
        createdAt: block.createdAt,
      }));
      return { items, log, blocks };
    },
  };
}
