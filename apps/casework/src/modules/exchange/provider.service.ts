/**
 * The provider side (flow 2): answers the hub's signed summary request for one of the tenants of
 * this node — derived from its own data, encrypted to the requesting CPAS (the hub stays blind),
 * signed, and recorded in the local audit log as a disclosure to that CPAS.
 */
import { AppError } from '#platform/errors.ts';
import { encryptFor } from '#contracts/protocol/encryption.ts';
import type { SummaryRequest } from '#contracts/protocol/messages.ts';
import type { Tenant, TenantRegistry } from '../../tenant.ts';
import { perKey } from '#platform/coalesce.ts';
import { createAuditBatcher } from '../audit/audit.ts';
import { identityOf, type HubClient } from './hub-client.ts';
import { createSummaryDeriver } from './summary.ts';
import type { KeyProofChecker } from './key-proof.ts';

export function createProviderService(deps: { tenants: TenantRegistry; hub: HubClient; clock: () => Date; keyProofs: KeyProofChecker }) {
  // The disclosures of concurrent summary requests to one CPAS share one audit append and commit (ADR 0022),
  // and their first reads one statement (ADR 0024).
  const auditBatcherOf = perKey((db: Tenant['db']) => createAuditBatcher(db));
  const summariesOf = perKey((db: Tenant['db']) => createSummaryDeriver(db));
  return {
    /** The tenant of this node a hub message is addressed to, if any. */
    recipient: (kbo: string): Tenant | undefined => deps.tenants.byKbo(kbo),

    /**
     * A verified `summary-request` for one tenant; answers the signed (and, when answered, encrypted) summary,
     * batch-signed with this turn's other answers when the hub and the requester accept that form (ADR 0023).
     */
    async answerSummaryRequest(tenant: Tenant, claims: SummaryRequest, requestId: string, acceptsBatch = false): Promise<string> {
      const requesterKbo = claims.requester.kbo;
      const items = claims.items;
      const now = deps.clock();
      // Key transparency (ADR 0017): encrypt only to a requester key proven in a witnessed checkpoint,
      // checked before anything is read or audited; a hub that substituted the key learns nothing.
      const key = await deps.hub.encryptionKey(requesterKbo);
      if (!key) throw new AppError('exchange.unknown-requester', 422, 'The requesting institution has no registered encryption key.');
      if (!(await deps.keyProofs.isProven(requesterKbo, key, 'enc')))
        throw new AppError(
          'exchange.requester-key-unproven',
          502,
          "The requester's encryption key is not proven in a witnessed checkpoint of the hub's log: nothing is encrypted to it.",
        );
      // Reads only (shared with the concurrent requests to this CPAS). The disclosure is then audited and committed
      // before anything is sent (one append shared with the concurrent disclosures of this CPAS, ADR 0022); the answer
      // is encrypted and signed while that append is in flight, and given to the hub only once it has committed. An
      // answer whose audit failed is dropped unsent: its signature, alone or under a batch root, discloses nothing.
      const outcome = await summariesOf(tenant.db)({ niss: claims.niss, items, now });
      const audited = outcome.personId
        ? auditBatcherOf(tenant.db).append(
            { requestId, user: null, now },
            {
              action: `exchange.summary-${outcome.status}`,
              recordType: 'person',
              recordId: outcome.personId,
              personId: outcome.personId,
              reason: `consultation ${claims.consultationId} by ${requesterKbo} for ${claims.purpose}`,
            },
          )
        : undefined;
      let signing: Promise<string>;
      try {
        const payload: Record<string, unknown> = { type: 'summary-answer', consultationId: claims.consultationId, status: outcome.status };
        if (outcome.status === 'withheld') payload.reasonCode = outcome.reasonCode;
        if (outcome.status === 'answered') payload.summary = encryptFor(key.publicKey, key.kid, outcome.summary);
        const channel = deps.hub.channel;
        signing = acceptsBatch
          ? channel.signInBatch(identityOf(tenant), requesterKbo, payload)
          : Promise.resolve(channel.sign(identityOf(tenant), requesterKbo, payload));
      } catch (error) {
        audited?.catch(() => undefined);
        throw error;
      }
      const [token] = await Promise.all([signing, audited]);
      return token;
    },
  };
}
