/**
 * "What each CPAS would share about me" (principle 7): the hub asks every CPAS with a current or
 * recent integration for the person's summary for the purpose `person-access`; each CPAS signs its
 * answer and encrypts the summary to the portal's registered key. The portal verifies the CPAS'
 * signature, decrypts, checks the closed schema and that the summary is the person's own, shows it,
 * and keeps no copy.
 */
import type { InstitutionKeys } from '#contracts/protocol/keys.ts';
import { verifyMessage } from '#contracts/protocol/envelope.ts';
import { decryptJsonWith } from '#contracts/protocol/encryption.ts';
import { validateSummary, type ShareableSummary } from '#contracts/summary/summary.schema.ts';
import type { PortalHubClient } from '../hub/hub-client.ts';

type HubResult = {
  provider: { kbo: string; name: string };
  status: string;
  answer: string | null;
  reasonCode: string | null;
  leafIndex: number;
};

export type SummaryItem = {
  provider: { kbo: string; name: string };
  status: string;
  reasonCode?: string;
  summary?: ShareableSummary;
  leafIndex: number;
};

export function createSummaryService(deps: { hub: PortalHubClient; kbo: string; keys: InstitutionKeys; clock: () => Date }) {
  async function open(result: HubResult, niss: string): Promise<SummaryItem> {
    const base = { provider: result.provider, leafIndex: result.leafIndex };
    if (result.status !== 'answered' || !result.answer)
      return { ...base, status: result.status, ...(result.reasonCode ? { reasonCode: result.reasonCode } : {}) };
    const verified = await verifyMessage(result.answer, {
      resolveKey: (iss, kid) => (iss === result.provider.kbo ? deps.hub.signingKey(iss, kid) : undefined),
      expectedAudience: deps.kbo,
      replay: deps.hub.replay,
      now: deps.clock(),
    });
    if (!verified.ok) return { ...base, status: 'error', reasonCode: verified.code };
    const opened = decryptJsonWith(deps.keys.encryption.privateKey, (verified.claims as { summary?: unknown }).summary);
    if (!opened.ok) return { ...base, status: 'error', reasonCode: opened.code };
    const checked = validateSummary(opened.value);
    if (!checked.ok || checked.summary.provider.kbo !== result.provider.kbo || checked.summary.person.niss !== niss)
      return { ...base, status: 'error', reasonCode: 'summary.invalid' };
    return { ...base, status: 'answered', summary: checked.summary };
  }

  return {
    async listSummaries(niss: string): Promise<{ items: SummaryItem[] }> {
      const answer = (await deps.hub.send('/v1/person-access/summaries', { niss })) as unknown as { results?: HubResult[] };
      const items = await Promise.all((answer.results ?? []).map((result) => open(result, niss)));
      return { items: items.sort((a, b) => a.provider.name.localeCompare(b.provider.name)) };
    },
  };
}
