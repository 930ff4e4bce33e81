/**
 * The requesting side of a consultation (flow 2; R20, R29, R32–R35): only the worker assigned to an
 * open request, after recording that the person was informed, asks the hub. Answers are verified
 * (provider signature), decrypted with this CPAS's key, checked against the closed schema, and kept
 * with their provenance until they expire. They are shown as information to verify, never copied
 * into a decision.
 */
import { randomUUID } from 'node:crypto';
import { AppError, conflict, forbidden } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import { verifyMessage } from '#contracts/protocol/envelope.ts';
import { decryptJsonWith } from '#contracts/protocol/encryption.ts';
import { validateSummary, type ShareableSummary } from '#contracts/summary/summary.schema.ts';
import type { Actor, Tenant } from '../../tenant.ts';
import { appendAudit, recordDenial } from '../audit/audit.ts';
import { isUuid, withRequest, type AidRequestRow } from '../access/access.ts';
import { requireOpen } from '../aid-requests/aid-requests.service.ts';
import { readSetting } from '../../settings.ts';
import { HubUnreachableError, type HubClient } from './hub-client.ts';

type ProviderResult = { provider: { kbo: string; name: string }; status: string; answer: string | null; reasonCode: string | null; leafIndex: number };
type ResponseRow = { provider_kbo: string; provider_name: string; status: string; reason_code: string | null; summary: ShareableSummary | null; received_at: Date | null; expires_at: Date | null; hub_leaf_index: number | null; corrections?: { decisionRef: string; status: string; correctedAt: string }[] };

const NOTICE = {
  fr: (name: string, date: string) => `Information du ${name} datée du ${date}, à vérifier`,
  nl: (name: string, date: string) => `Informatie van ${name} van ${date}, te verifiëren`,
  de: (name: string, date: string) => `Information von ${name} vom ${date}, zu überprüfen`,
  en: (name: string, date: string) => `Information from ${name} dated ${date}, to verify`,
};

function toResponse(row: ResponseRow, now: Date) {
  const isExpired = row.expires_at !== null && row.expires_at <= now;
  const date = row.summary?.generatedAt.slice(0, 10) ?? row.received_at?.toISOString().slice(0, 10) ?? '';
  return {
    provider: { kbo: row.provider_kbo, name: row.provider_name },
    status: row.status,
    ...(row.reason_code ? { reasonCode: row.reason_code } : {}),
    ...(row.summary && !isExpired ? { summary: row.summary } : {}),
    ...(row.received_at ? { receivedAt: row.received_at.toISOString() } : {}),
    ...(row.expires_at ? { expiresAt: row.expires_at.toISOString(), isExpired } : {}),
    ...(row.status === 'answered' ? { notice: Object.fromEntries(Object.entries(NOTICE).map(([lang, text]) => [lang, text(row.provider_name, date)])), isToVerify: true } : {}),
    hubLeafIndex: row.hub_leaf_index,
    // R39: the provider corrected or annulled an item after it was shared; the summary above is kept as received.
    ...(row.corrections && row.corrections.length > 0 ? { corrections: row.corrections.map(({ decisionRef, status, correctedAt }) => ({ decisionRef, status, correctedAt })) } : {}),
  };
}

export function createConsultationService(deps: { hub: HubClient; flushOutbox: () => Promise<unknown>; clock: () => Date }) {
  async function openAnswer(tenant: Tenant, result: ProviderResult, niss: string): Promise<{ status: string; reasonCode: string | null; summary: ShareableSummary | null }> {
    if (result.status === 'pending' || !result.answer) return { status: result.status === 'answered' ? 'error' : result.status, reasonCode: result.reasonCode, summary: null };
    const verified = await verifyMessage(result.answer, {
      resolveKey: (iss, kid) => (iss === result.provider.kbo ? deps.hub.signingKey(iss, kid) : undefined), expectedAudience: tenant.kbo, replay: deps.hub.replay, now: deps.clock(),
    });
    if (!verified.ok) return { status: 'error', reasonCode: verified.code, summary: null };
    const claims = verified.claims as { status?: string; summary?: unknown; reasonCode?: string };
    if (claims.status !== 'answered') return { status: String(claims.status), reasonCode: claims.reasonCode ?? null, summary: null };
    const opened = decryptJsonWith(tenant.keys.encryption.privateKey, claims.summary);
    if (!opened.ok) return { status: 'error', reasonCode: opened.code, summary: null };
    // The closed schema is checked at both ends (principle 2).
    const checked = validateSummary(opened.value);
    if (!checked.ok || checked.summary.provider.kbo !== result.provider.kbo || checked.summary.person.niss !== niss) {
      return { status: 'error', reasonCode: 'summary.invalid', summary: null };
    }
    return { status: 'answered', reasonCode: null, summary: checked.summary };
  }

  async function storeResults(tx: Queryable, tenant: Tenant, consultationId: string, results: ProviderResult[], niss: string, now: Date) {
    const { receivedSummaryDays } = await readSetting(tx, 'exchange');
    for (const result of results) {
      const opened = await openAnswer(tenant, result, niss);
      const expiresAt = opened.summary ? new Date(now.getTime() + receivedSummaryDays * 86_400_000) : null;
      await tx.query(
        `INSERT INTO consultation_responses (consultation_id, provider_kbo, provider_name, status, reason_code, summary, received_at, expires_at, hub_leaf_index)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
         ON CONFLICT (consultation_id, provider_kbo) DO UPDATE SET status = EXCLUDED.status, reason_code = EXCLUDED.reason_code, summary = EXCLUDED.summary,
           received_at = EXCLUDED.received_at, expires_at = EXCLUDED.expires_at, hub_leaf_index = EXCLUDED.hub_leaf_index, attempts = consultation_responses.attempts + 1`,
        [consultationId, result.provider.kbo, result.provider.name, opened.status, opened.reasonCode, opened.summary, opened.summary ? now : null, expiresAt, result.leafIndex]);
    }
  }

  async function view(tx: Queryable, consultationId: string, now: Date) {
    const consultation = await tx.one<{ id: string; purpose: string; requested_at: Date; hub_leaf_index: number | null }>('SELECT * FROM consultations WHERE id = $1', [consultationId]);
    const rows = await tx.query<ResponseRow>('SELECT * FROM consultation_responses WHERE consultation_id = $1 ORDER BY provider_name', [consultationId]);
    const responses = rows.map((row) => toResponse(row, now));
    return {
      id: consultation!.id, purpose: consultation!.purpose, requestedAt: consultation!.requested_at.toISOString(),
      status: responses.some((r) => r.status === 'pending') ? 'pending' : 'complete', hubLeafIndex: consultation!.hub_leaf_index, responses,
    };
  }

  async function askHub(actor: Actor, payload: Record<string, unknown>) {
    try {
      return await deps.hub.send(actor.tenant, '/v1/consultations', payload);
    } catch (error) {
      if (error instanceof HubUnreachableError) throw new AppError('hub.unreachable', 503, 'The hub cannot be reached right now; try again in a moment.');
      throw error;
    }
  }

  return {
    async requestConsultation(actor: Actor, requestId: string, input: { purpose: string }) {
      const checked = await withRequest(actor, requestId, { action: 'rse-consultation.prepare', mode: 'read' }, async (tx, request: AidRequestRow) => {
        requireOpen(request);
        const assigned = await tx.one('SELECT 1 FROM assignments WHERE request_id = $1 AND user_id = $2 AND ended_at IS NULL', [request.id, actor.user.id]);
        const informed = await tx.one<{ informed_at: Date }>('SELECT informed_at FROM person_informed WHERE request_id = $1 ORDER BY informed_at DESC LIMIT 1', [request.id]);
        const person = await tx.one<{ niss: string | null }>('SELECT niss FROM persons WHERE id = $1', [request.person_id]);
        const integration = await tx.one('SELECT 1 FROM integrations WHERE request_id = $1 AND person_id = $2 AND end_date IS NULL', [request.id, request.person_id]);
        return { request, isAssigned: Boolean(assigned), informedAt: informed?.informed_at ?? null, niss: person?.niss ?? null, hasIntegration: Boolean(integration) };
      });
      const deny = async (error: AppError) => {
        await recordDenial(actor.tenant.db, actor, { action: 'rse-consultation.create', recordType: 'aid-request', recordId: requestId, personId: checked.request.person_id, reason: error.code });
        throw error;
      };
      // R20, R33 and principle 3: checked here before any network call, and again at the hub.
      if (!checked.isAssigned) await deny(forbidden('consultation.not-assigned', 'Only a worker assigned to this request may consult the RSE.'));
      if (!checked.informedAt) await deny(conflict('consultation.person-not-informed', 'Record that the person was informed before consulting the RSE.'));
      if (!checked.niss || !checked.hasIntegration) await deny(forbidden('consultation.no-integration', 'This request has no active integration at the hub (a person without NISS cannot be consulted).'));
      await deps.flushOutbox();
      const consultationId = randomUUID();
      const answer = await askHub(actor, {
        consultationId, niss: checked.niss, purpose: input.purpose, fileRef: checked.request.id, workerRef: actor.user.id, personInformedAt: checked.informedAt!.toISOString(),
      });
      if (!answer.ok) await deny(new AppError(answer.code, answer.status === 409 ? 409 : 403, answer.message));
      const claims = (answer as { ok: true; claims: { results?: ProviderResult[]; leafIndex?: number } }).claims;
      const now = deps.clock();
      return actor.tenant.db.transaction(async (tx) => {
        await tx.query('INSERT INTO consultations (id, request_id, purpose, requested_by, requested_at, hub_leaf_index) VALUES ($1, $2, $3, $4, $5, $6)',
          [consultationId, checked.request.id, input.purpose, actor.user.id, now, claims.leafIndex ?? null]);
        await storeResults(tx, actor.tenant, consultationId, claims.results ?? [], checked.niss!, now);
        await appendAudit(tx, actor, { action: 'rse-consultation.create', recordType: 'consultation', recordId: consultationId, personId: checked.request.person_id, reason: input.purpose });
        return view(tx, consultationId, now);
      });
    },

    /** Polling a consultation retries the providers still `pending` (never a silent loss). */
    async getConsultation(actor: Actor, requestId: string, consultationId: string) {
      const state = await withRequest(actor, requestId, { action: 'rse-consultation.read', mode: 'read', recordType: 'consultation', recordId: consultationId }, async (tx, request) => {
        const consultation = isUuid(consultationId)
          ? await tx.one<{ id: string; purpose: string }>('SELECT id, purpose FROM consultations WHERE id = $1 AND request_id = $2', [consultationId, request.id])
          : undefined;
        if (!consultation) throw new AppError('consultation.not-found', 404, 'No such consultation.');
        const pending = await tx.query<{ provider_kbo: string }>(`SELECT provider_kbo FROM consultation_responses WHERE consultation_id = $1 AND status = 'pending'`, [consultationId]);
        const informed = await tx.one<{ informed_at: Date }>('SELECT informed_at FROM person_informed WHERE request_id = $1 ORDER BY informed_at DESC LIMIT 1', [request.id]);
        const person = await tx.one<{ niss: string | null }>('SELECT niss FROM persons WHERE id = $1', [request.person_id]);
        return { request, consultation, pending: pending.map((p) => p.provider_kbo), informedAt: informed?.informed_at ?? null, niss: person?.niss ?? null };
      });
      if (state.pending.length > 0 && state.niss && state.informedAt) {
        const answer = await deps.hub.send(actor.tenant, '/v1/consultations', {
          consultationId, niss: state.niss, purpose: state.consultation.purpose, fileRef: state.request.id, workerRef: actor.user.id,
          personInformedAt: state.informedAt.toISOString(), providers: state.pending,
        }).catch(() => null);
        if (answer?.ok) {
          const results = ((answer.claims as { results?: ProviderResult[] }).results ?? []).filter((r) => r.status !== 'pending');
          if (results.length > 0) await actor.tenant.db.transaction((tx) => storeResults(tx, actor.tenant, consultationId, results, state.niss!, deps.clock()));
        }
      }
      return actor.tenant.db.transaction((tx) => view(tx, consultationId, deps.clock()));
    },
  };
}
