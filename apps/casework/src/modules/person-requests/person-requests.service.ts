/**
 * The person's statements (R40, right of reply) and contests (R39) as they reach the CPAS that took
 * the decision: written in the citizen portal, encrypted by the portal to this CPAS's registered key,
 * forwarded by the hub in a message it signs (`type: person-request`, at the node's one endpoint).
 *
 * A statement is kept beside the decision and travels with it in every later summary (rse.summary/1
 * `statements[]`, derived in exchange/summary.ts). A contest marks a final decision `contested`, so
 * every later summary says so. Both put a notice on the worklist of the file's workers and are
 * written to the audit log, in one transaction. The hub's request id makes a redelivery harmless.
 */
import type { PersonRequest as PersonRequestMessage } from '#contracts/protocol/messages.ts';
import { decryptJsonWith } from '#contracts/protocol/encryption.ts';
import { MAX_STATEMENT_LENGTH } from '#contracts/summary/summary.schema.ts';
import type { Tenant, TenantRegistry } from '../../tenant.ts';
import { appendAudit } from '../audit/audit.ts';
import { identityOf, type HubClient } from '../exchange/hub-client.ts';

type PersonRequest = {
  requestId: string;
  kind: 'statement' | 'contest';
  niss: string;
  decisionRef: string;
  text: string;
  portalKbo: string | null;
};
type Ack = { status: 'recorded' } | { status: 'refused'; reasonCode: string };

export function createPersonRequestService(deps: { tenants: TenantRegistry; hub: HubClient; clock: () => Date }) {
  async function record(tenant: Tenant, request: PersonRequest, httpRequestId: string): Promise<Ack> {
    return tenant.db.transaction(async (tx) => {
      const table = request.kind === 'statement' ? 'person_statements' : 'person_contests';
      if (await tx.one(`SELECT 1 FROM ${table} WHERE hub_request_id = $1`, [request.requestId])) return { status: 'recorded' as const };
      const decision = await tx.one<{ id: string; ref: string; status: string; request_id: string; person_id: string }>(
        `SELECT d.id, d.ref, d.status, d.request_id, r.person_id FROM decisions d
           JOIN aid_requests r ON r.id = d.request_id
           JOIN person_identifiers i ON i.person_id = r.person_id
           JOIN persons p ON p.id = r.person_id
          WHERE d.ref = $1 AND i.niss = $2 AND p.anonymised_at IS NULL FOR UPDATE OF d`,
        [request.decisionRef, request.niss],
      );
      // The same answer whether the decision does not exist or belongs to someone else.
      if (!decision) return { status: 'refused' as const, reasonCode: 'person-request.decision-not-found' };
      const now = deps.clock();
      if (request.kind === 'statement') {
        await tx.query(
          'INSERT INTO person_statements (decision_id, text, hub_request_id, created_at, portal_kbo) VALUES ($1, $2, $3, $4, $5)',
          [decision.id, request.text, request.requestId, now, request.portalKbo],
        );
      } else {
        await tx.query(
          'INSERT INTO person_contests (decision_id, hub_request_id, reason, status_before, created_at, portal_kbo) VALUES ($1, $2, $3, $4, $5, $6)',
          [decision.id, request.requestId, request.text, decision.status, now, request.portalKbo],
        );
        // R39: a final decision the person contests is shared as `contested` until the CPAS corrects it.
        if (decision.status === 'final') await tx.query(`UPDATE decisions SET status = 'contested' WHERE id = $1`, [decision.id]);
      }
      await tx.query('INSERT INTO worklist_notices (request_id, kind, details, created_at) VALUES ($1, $2, $3, $4)', [
        decision.request_id,
        `person-${request.kind}`,
        {
          decisionRef: decision.ref,
          text: request.text,
          receivedVia: 'portal',
          ...(request.kind === 'contest' ? { statusBefore: decision.status } : {}),
        },
        now,
      ]);
      await appendAudit(
        tx,
        { requestId: httpRequestId, user: null, now },
        {
          action: `person-request.${request.kind}-received`,
          recordType: 'decision',
          recordId: decision.id,
          personId: decision.person_id,
          reason: `hub request ${request.requestId} (portal)`,
        },
      );
      return { status: 'recorded' as const };
    });
  }

  return {
    /** A verified `person-request` from the hub for one tenant of this node; answers a signed acknowledgement to the hub. */
    async receive(tenant: Tenant, claims: PersonRequestMessage, httpRequestId: string): Promise<string> {
      const ack = (result: Ack) =>
        deps.hub.channel.sign(identityOf(tenant), 'hub', { type: 'person-request-ack', requestId: claims.requestId, ...result });
      // The person's words were encrypted by the portal to this CPAS: the hub never read them.
      const opened = decryptJsonWith(tenant.keys.encryption.privateKey, claims.content);
      const text = opened.ok ? (opened.value as { text?: unknown }).text : undefined;
      if (typeof text !== 'string' || text.trim().length === 0 || text.length > MAX_STATEMENT_LENGTH) {
        return ack({ status: 'refused', reasonCode: opened.ok ? 'person-request.text-invalid' : opened.code });
      }
      return ack(
        await record(
          tenant,
          {
            requestId: claims.requestId,
            kind: claims.kind,
            niss: claims.niss,
            decisionRef: claims.decisionRef,
            text: text.trim(),
            portalKbo: claims.portal && /^\d{10}$/.test(claims.portal.kbo) ? claims.portal.kbo : null,
          },
          httpRequestId,
        ),
      );
    },
  };
}
