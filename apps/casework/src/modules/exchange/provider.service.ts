/**
 * The provider side (flow 2): answers the hub's signed summary request for one of the tenants of
 * this node — derived from its own data, encrypted to the requesting CPAS (the hub stays blind),
 * signed, and recorded in the local audit log as a disclosure to that CPAS.
 */
import { AppError } from '#platform/errors.ts';
import { signMessage, verifyMessage } from '#contracts/protocol/envelope.ts';
import { encryptFor } from '#contracts/protocol/encryption.ts';
import type { TenantRegistry } from '../../tenant.ts';
import { appendAudit } from '../audit/audit.ts';
import type { HubClient } from './hub-client.ts';
import { deriveSummary } from './summary.ts';
import { peekAudience } from './inbound.ts';

export function createProviderService(deps: { tenants: TenantRegistry; hub: HubClient; clock: () => Date }) {
  return {
    async answerSummaryRequest(jws: unknown, requestId: string): Promise<string> {
      const tenant = deps.tenants.byKbo(peekAudience(jws) ?? '');
      if (!tenant) throw new AppError('exchange.unknown-recipient', 404, 'No such institution on this node.');
      const verified = await verifyMessage(jws, {
        resolveKey: (iss, kid) => (iss === 'hub' ? deps.hub.signingKey('hub', kid) : undefined),
        expectedAudience: tenant.kbo,
        replay: deps.hub.replay,
        now: deps.clock(),
      });
      if (!verified.ok) throw new AppError(verified.code, verified.code === 'signature.malformed' ? 400 : 401, verified.message);
      const claims = verified.claims as {
        consultationId?: unknown;
        niss?: unknown;
        purpose?: unknown;
        items?: unknown;
        requester?: { kbo?: unknown; name?: unknown };
      };
      const requesterKbo = typeof claims.requester?.kbo === 'string' ? claims.requester.kbo : null;
      if (typeof claims.consultationId !== 'string' || typeof claims.niss !== 'string' || !Array.isArray(claims.items) || !requesterKbo) {
        throw new AppError('exchange.malformed', 422, 'consultationId, niss, items and requester are required.');
      }
      const items = claims.items.filter((item): item is string => typeof item === 'string');
      const now = deps.clock();
      // Reads only; the disclosure is then audited by one atomic statement before anything is sent.
      const outcome = await deriveSummary(tenant.db, { niss: claims.niss as string, items, now });
      if (outcome.personId) {
        await appendAudit(
          tenant.db,
          { requestId, user: null, now },
          {
            action: `exchange.summary-${outcome.status}`,
            recordType: 'person',
            recordId: outcome.personId,
            personId: outcome.personId,
            reason: `consultation ${claims.consultationId as string} by ${requesterKbo} for ${String(claims.purpose)}`,
          },
        );
      }
      const payload: Record<string, unknown> = { type: 'summary-answer', consultationId: claims.consultationId, status: outcome.status };
      if (outcome.status === 'withheld') payload.reasonCode = outcome.reasonCode;
      if (outcome.status === 'answered') {
        const key = await deps.hub.encryptionKey(requesterKbo);
        if (!key) throw new AppError('exchange.unknown-requester', 422, 'The requesting institution has no registered encryption key.');
        payload.summary = encryptFor(key.publicKey, key.kid, outcome.summary);
      }
      return signMessage({
        payload,
        issuer: tenant.kbo,
        audience: requesterKbo,
        signingKey: tenant.keys.signing.privateKey,
        kid: tenant.keys.signing.kid,
        now: deps.clock(),
      });
    },
  };
}
