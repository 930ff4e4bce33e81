/**
 * Corrections (flow 3, R39), both sides of the node.
 *
 * As a provider: a decision is corrected (its coded fields change) or annulled; every earlier
 * version is kept in `decision_revisions`, and a `correction` message goes to the hub through the
 * outbox, in the same transaction, so that the hub can notify every CPAS that received the old value.
 * Later summaries carry the new fields with status `corrected` or `annulled`.
 *
 * As a requester: the hub's signed correction notice marks the summaries received from that provider
 * (the signed content stays as it was received; the mark is kept beside it) and puts a notice on the
 * worklist of the file's workers. A notice delivered twice is recorded once.
 */
import { conflict, invalid } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import type { CorrectionNotice } from '#contracts/protocol/messages.ts';
import type { Actor, Tenant, TenantRegistry } from '../../tenant.ts';
import { isUuid, withRequest } from '../access/access.ts';
import { appendAudit } from '../audit/audit.ts';
import { readCode } from '../../settings.ts';
import { identityOf, type HubClient } from '../exchange/hub-client.ts';

export type DecisionChanges = {
  aidType?: string;
  outcome?: 'granted' | 'refused' | 'partial' | 'withdrawn';
  amountCents?: number | null;
  period?: { from: string; to?: string } | null;
  legalBasis?: string;
  motivationCategory?: string;
  motivationText?: string;
};
export type DecisionCorrection = { kind: 'corrected' | 'annulled'; reasonCode: string; changes?: DecisionChanges };

type DecisionRow = {
  id: string;
  ref: string;
  request_id: string;
  decided_at: string;
  aid_type: string;
  outcome: string;
  amount_cents: number | null;
  period_from: string | null;
  period_to: string | null;
  legal_basis: string;
  motivation_category: string;
  motivation_text: string | null;
  status: string;
  revision: number;
};

const CODED: [keyof DecisionChanges, string, string][] = [
  ['aidType', 'aid-kind', '/changes/aidType'],
  ['legalBasis', 'legal-basis', '/changes/legalBasis'],
  ['motivationCategory', 'motivation-category', '/changes/motivationCategory'],
];

async function requireCode(tx: Queryable, list: string, code: string, path: string) {
  if (!(await readCode(tx, list, code)))
    throw invalid(`correction.unknown-${list}`, `Unknown ${list.replace('-', ' ')} "${code}".`, [
      { path, code: 'not-allowed', message: `not in the ${list} code list` },
    ]);
}

function previousOf(row: DecisionRow) {
  return {
    aidType: row.aid_type,
    outcome: row.outcome,
    amountCents: row.amount_cents,
    period: row.period_from ? { from: row.period_from, to: row.period_to } : null,
    legalBasis: row.legal_basis,
    motivationCategory: row.motivation_category,
    motivationText: row.motivation_text,
    status: row.status,
  };
}

export function createCorrectionService(deps: { tenants: TenantRegistry; hub: HubClient; clock: () => Date }) {
  return {
    /** `POST /api/v1/decisions/{id}/corrections`: correct or annul a decision, keep the old version, tell the hub. */
    async correctDecision(actor: Actor, decisionId: string, input: DecisionCorrection) {
      const owner = isUuid(decisionId)
        ? await actor.tenant.db.one<{ request_id: string }>('SELECT request_id FROM decisions WHERE id = $1', [decisionId])
        : undefined;
      const requestId = owner?.request_id ?? '00000000-0000-0000-0000-000000000000';
      return withRequest(
        actor,
        requestId,
        {
          action: `decision.${input.kind === 'annulled' ? 'annul' : 'correct'}`,
          mode: 'write',
          recordType: 'decision',
          recordId: decisionId,
        },
        async (tx, request) => {
          const row = (await tx.one<DecisionRow>('SELECT * FROM decisions WHERE id = $1 FOR UPDATE', [decisionId]))!;
          if (row.status === 'annulled') throw conflict('decision.annulled', 'This decision was annulled; record a new decision instead.');
          if (!(await readCode(tx, 'correction-reason', input.reasonCode))) {
            throw invalid('correction.unknown-reason', `Unknown correction reason "${input.reasonCode}".`, [
              { path: '/reasonCode', code: 'not-allowed', message: 'not in the correction-reason code list' },
            ]);
          }
          const changes = input.changes ?? {};
          if (input.kind === 'corrected' && Object.keys(changes).length === 0) {
            throw invalid('correction.no-change', 'A correction changes at least one field of the decision.', [
              { path: '/changes', code: 'empty', message: 'name the fields that change' },
            ]);
          }
          if (input.kind === 'annulled' && Object.keys(changes).length > 0) {
            throw invalid('correction.changes-on-annulment', 'An annulment changes no field; record a new decision if one is taken.', [
              { path: '/changes', code: 'not-allowed', message: 'must be absent when annulling' },
            ]);
          }
          for (const [field, list, path] of CODED) {
            const value = changes[field];
            if (typeof value === 'string') await requireCode(tx, list, value, path);
          }
          const period =
            changes.period === undefined
              ? row.period_from
                ? { from: row.period_from, to: row.period_to ?? undefined }
                : null
              : changes.period;
          if (period?.to && period.to < period.from)
            throw invalid('decision.period-invalid', 'The period ends before it starts.', [
              { path: '/changes/period/to', code: 'before-start', message: 'must not be before period.from' },
            ]);

          await tx.query(
            `INSERT INTO decision_revisions (decision_id, revision, kind, reason_code, previous, revised_by, revised_at) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
            [row.id, row.revision, input.kind, input.reasonCode, previousOf(row), actor.user.id, actor.now],
          );
          const updated = (await tx.one<DecisionRow>(
            `UPDATE decisions SET aid_type = $2, outcome = $3, amount_cents = $4, period_from = $5, period_to = $6, legal_basis = $7, motivation_category = $8,
             motivation_text = $9, status = $10, revision = revision + 1 WHERE id = $1 RETURNING *`,
            [
              row.id,
              changes.aidType ?? row.aid_type,
              changes.outcome ?? row.outcome,
              changes.amountCents === undefined ? row.amount_cents : changes.amountCents,
              period?.from ?? null,
              period?.to ?? null,
              changes.legalBasis ?? row.legal_basis,
              changes.motivationCategory ?? row.motivation_category,
              changes.motivationText ?? row.motivation_text,
              input.kind,
            ],
          ))!;
          const person = await tx.one<{ niss: string | null }>('SELECT niss FROM persons WHERE id = $1', [request.person_id]);
          // A person without a number is not known at the hub: nobody can have received the old value.
          const isSentToHub = Boolean(person?.niss);
          if (isSentToHub) {
            await tx.query(`INSERT INTO outbox (topic, payload) VALUES ('correction', $1)`, [
              {
                niss: person!.niss,
                decisionRef: row.ref,
                status: input.kind,
                correctedAt: actor.now.toISOString(),
              },
            ]);
          }
          const revisions = await tx.query<{ revision: number; kind: string; reason_code: string; revised_at: Date }>(
            'SELECT revision, kind, reason_code, revised_at FROM decision_revisions WHERE decision_id = $1 ORDER BY revision',
            [row.id],
          );
          return {
            id: updated.id,
            ref: updated.ref,
            status: updated.status,
            revision: updated.revision,
            aidType: updated.aid_type,
            outcome: updated.outcome,
            amountCents: updated.amount_cents,
            period: updated.period_from ? { from: updated.period_from, to: updated.period_to } : null,
            legalBasis: updated.legal_basis,
            motivationCategory: updated.motivation_category,
            revisions: revisions.map((r) => ({
              revision: r.revision,
              kind: r.kind,
              reasonCode: r.reason_code,
              revisedAt: r.revised_at.toISOString(),
            })),
            hubNotification: isSentToHub ? 'queued' : 'not-applicable',
          };
        },
      );
    },

    /** A verified correction notice from the hub, for one tenant of this node; answers a signed acknowledgement. */
    async receiveNotice(tenant: Tenant, claims: CorrectionNotice, requestId: string): Promise<string> {
      const provider = claims.provider;
      const mark = { decisionRef: claims.decisionRef, status: claims.status, correctedAt: claims.correctedAt, providerKbo: provider.kbo };
      const matched = await tenant.db.transaction(async (tx) => {
        const fresh = await tx.one(
          'INSERT INTO received_correction_notices (notice_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING notice_id',
          [claims.noticeId],
        );
        if (!fresh) return 0;
        const rows = await tx.query<{
          consultation_id: string;
          request_id: string;
          person_id: string;
          summary: { decisions?: { ref: string }[] } | null;
        }>(
          `SELECT c.id AS consultation_id, c.request_id, r.person_id, cr.summary FROM consultations c
             JOIN consultation_responses cr ON cr.consultation_id = c.id AND cr.provider_kbo = $2
             JOIN aid_requests r ON r.id = c.request_id
            WHERE c.id = ANY($1::uuid[]) AND cr.status = 'answered'`,
          [claims.consultationIds, provider.kbo],
        );
        let count = 0;
        const requests = new Set<string>();
        for (const row of rows) {
          // A summary still held that never carried this decision received no old value; an expired or
          // purged one may have been read, so its workers are told.
          if (row.summary && !(row.summary.decisions ?? []).some((d) => d.ref === mark.decisionRef)) continue;
          await tx.query(
            `UPDATE consultation_responses SET corrections = corrections || $3::jsonb, correction_notified_at = $4
              WHERE consultation_id = $1 AND provider_kbo = $2`,
            [row.consultation_id, provider.kbo, JSON.stringify([mark]), deps.clock()],
          );
          count += 1;
          if (requests.has(row.request_id)) continue;
          requests.add(row.request_id);
          await tx.query(`INSERT INTO worklist_notices (request_id, kind, details) VALUES ($1, 'correction-received', $2)`, [
            row.request_id,
            { ...mark, providerName: provider.name, consultationId: row.consultation_id },
          ]);
          await appendAudit(
            tx,
            { requestId, user: null },
            {
              action: 'exchange.correction-received',
              recordType: 'aid-request',
              recordId: row.request_id,
              personId: row.person_id,
              reason: `${mark.status} ${mark.decisionRef} by ${provider.kbo}`,
            },
          );
        }
        return count;
      });
      return deps.hub.channel.sign(identityOf(tenant), 'hub', { type: 'correction-ack', noticeId: claims.noticeId, matched });
    },
  };
}
