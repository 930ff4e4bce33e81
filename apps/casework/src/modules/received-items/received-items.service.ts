/**
 * R35: attaching an item received from another CPAS (a decision of its summary) to the social file,
 * with a justification, so it stays after the received summary expires; and listing what is attached.
 * Under the file's access rule (withRequest), audited.
 */
import { conflict, notFound } from '#platform/errors.ts';
import type { ShareableSummary } from '#contracts/summary/summary.schema.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import { isUuid, withRequest } from '../access/index.ts';
import { itemToAttach } from './received-items.ts';

type AttachedRow = {
  id: string;
  consultation_id: string;
  provider_kbo: string;
  provider_name: string;
  summary_generated_at: Date;
  item_ref: string;
  item: unknown;
  justification: string;
  attached_at: Date;
  attached_by_name: string | null;
};

const view = (row: AttachedRow) => ({
  id: row.id,
  consultationId: row.consultation_id,
  provider: { kbo: row.provider_kbo, name: row.provider_name },
  receivedDated: row.summary_generated_at.toISOString(),
  itemRef: row.item_ref,
  item: row.item,
  justification: row.justification,
  attachedAt: row.attached_at.toISOString(),
  attachedBy: row.attached_by_name,
});

export function createReceivedItemService(deps: { withRequest: typeof withRequest } = { withRequest }) {
  return {
    async list(actor: Actor, requestId: string) {
      return deps.withRequest(actor, requestId, { action: 'attached-item.list', mode: 'read' }, async (tx, request) => ({
        items: (
          await tx.query<AttachedRow>(
            `SELECT a.id, a.consultation_id, a.provider_kbo, a.provider_name, a.summary_generated_at, a.item_ref, a.item, a.justification,
                    a.attached_at, u.display_name AS attached_by_name
               FROM attached_items a LEFT JOIN users u ON u.id = a.attached_by WHERE a.request_id = $1 ORDER BY a.attached_at DESC`,
            [request.id],
          )
        ).map(view),
      }));
    },

    async attach(
      actor: Actor,
      requestId: string,
      input: { consultationId: string; providerKbo: string; decisionRef: string; justification: string },
    ) {
      return deps.withRequest(actor, requestId, { action: 'attached-item.create', mode: 'write' }, async (tx, request) => {
        const response = isUuid(input.consultationId)
          ? await tx.one<{ provider_name: string; summary: ShareableSummary | null; expires_at: Date | null }>(
              `SELECT cr.provider_name, cr.summary, cr.expires_at FROM consultation_responses cr JOIN consultations c ON c.id = cr.consultation_id
                WHERE c.id = $1 AND c.request_id = $2 AND cr.provider_kbo = $3`,
              [input.consultationId, request.id, input.providerKbo],
            )
          : undefined;
        const chosen = itemToAttach(response, input.decisionRef, actor.now);
        if (!chosen.ok) {
          if (chosen.reason === 'expired')
            throw conflict('attached-item.expired', 'This summary has expired: its items can no longer be attached.');
          throw notFound('attached-item.not-found', 'No such item among the summaries received on this file.');
        }
        const row = await tx.one<{ id: string }>(
          `INSERT INTO attached_items (request_id, consultation_id, provider_kbo, provider_name, summary_generated_at, item_ref, item, justification,
             attached_by, attached_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (consultation_id, provider_kbo, item_ref) DO NOTHING RETURNING id`,
          [
            request.id,
            input.consultationId,
            input.providerKbo,
            response!.provider_name,
            response!.summary!.generatedAt,
            input.decisionRef,
            chosen.item,
            input.justification.trim(),
            actor.user.id,
            actor.now,
          ],
        );
        if (!row) throw conflict('attached-item.exists', 'This item is already attached to the file.');
        await appendAudit(tx, actor, {
          action: 'attached-item.created',
          recordType: 'attached-item',
          recordId: row.id,
          personId: request.person_id,
          reason: `from ${input.providerKbo}`,
        });
        return view({
          id: row.id,
          consultation_id: input.consultationId,
          provider_kbo: input.providerKbo,
          provider_name: response!.provider_name,
          summary_generated_at: new Date(response!.summary!.generatedAt),
          item_ref: input.decisionRef,
          item: chosen.item,
          justification: input.justification.trim(),
          attached_at: actor.now,
          attached_by_name: actor.user.displayName,
        });
      });
    },
  };
}

export type ReceivedItemService = ReturnType<typeof createReceivedItemService>;
