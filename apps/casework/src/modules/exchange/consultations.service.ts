/**
 * The requesting side of a consultation (flow 2; R20, R29, R32–R35): only the worker assigned to an
 * open request, after recording that the person was informed, asks the hub. Answers are verified
 * (provider signature), decrypted with this CPAS's key, checked against the closed schema, and kept
 * with their provenance until they expire. They are shown as information to verify, never copied
 * into a decision.
 */
import { randomUUID } from 'node:crypto';
import { AppError, conflict, forbidden, notFound } from '#platform/errors.ts';
import type { Database, Queryable } from '#platform/db.ts';
import { createCoalescer, perKey } from '#platform/coalesce.ts';
import { ConsultationResult, type ProviderResult } from '#contracts/protocol/messages.ts';
import { openSummaryAnswer } from '#contracts/protocol/summary-answer.ts';
import type { ShareableSummary } from '#contracts/summary/summary.schema.ts';
import type { Actor, Tenant } from '../../tenant.ts';
import { appendAudit, auditCallOf, recordDenial, type AuditEntry } from '../audit/audit.ts';
import { accessibleRequestsPredicate, CASEWORK_ROLES, hasRole, isUuid, withRequest, type AidRequestRow } from '../access/index.ts';
import { requireOpen } from '../aid-requests/aid-requests.service.ts';
import type { SessionRider } from '../auth/index.ts';
import { HubUnreachableError, type HubClient } from './hub-client.ts';

type ResponseRow = {
  provider_kbo: string;
  provider_name: string;
  status: string;
  reason_code: string | null;
  summary: ShareableSummary | null;
  received_at: Date | null;
  expires_at: Date | null;
  hub_leaf_index: number | null;
  corrections?: { decisionRef: string; status: string; correctedAt: string }[];
};

/** What the store of new consultations returns of each answer: every column but the summary, which the node already holds. */
const STORED_BUT_SUMMARY = 'consultation_id, provider_kbo, provider_name, status, reason_code, received_at, expires_at, hub_leaf_index';

type PrepareRow = Pick<AidRequestRow, 'id' | 'person_id' | 'status'> & {
  can_access: boolean;
  is_assigned: boolean;
  informed_at: Date | null;
  niss: string | null;
  has_integration: boolean;
  has_due_outbox: boolean;
};

/**
 * R23 (can_access_request, the rule of withRequest) and every check of the node on one file, in one
 * read: `user`, `now` and `id` are the SQL of the user, the moment and the file's id.
 */
const prepareSql = (user: string, now: string, id: string) => `
  SELECT r.id, r.person_id, r.status, ${accessibleRequestsPredicate('r', user, now)} AS can_access,
    EXISTS (SELECT 1 FROM assignments a WHERE a.request_id = r.id AND a.user_id = ${user} AND a.ended_at IS NULL) AS is_assigned,
    (SELECT informed_at FROM person_informed WHERE request_id = r.id ORDER BY informed_at DESC LIMIT 1) AS informed_at,
    (SELECT niss FROM persons WHERE id = r.person_id) AS niss,
    EXISTS (SELECT 1 FROM integrations WHERE request_id = r.id AND person_id = r.person_id AND end_date IS NULL) AS has_integration,
    EXISTS (SELECT 1 FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= ${now}) AS has_due_outbox
  FROM aid_requests r WHERE r.id = ${id}`;

const PREPARE_SQL = prepareSql('$2', '$3', '$1');

/** The same read in the statement that authenticates the session (SessionRider): one round trip fewer per consultation. */
const PREPARE_RIDER_SQL = prepareSql('found.id', '$2', '$6');

/** The read's row as the session's statement returns it (JSON): the time as text. */
type PreparedJson = Omit<PrepareRow, 'informed_at'> & { informed_at: string | null };

function fromJson(prepared: unknown): PrepareRow | undefined {
  if (prepared === null || typeof prepared !== 'object') return undefined;
  const row = prepared as PreparedJson;
  return { ...row, informed_at: row.informed_at === null ? null : new Date(row.informed_at) };
}

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
    ...(row.status === 'answered'
      ? {
          notice: Object.fromEntries(Object.entries(NOTICE).map(([lang, text]) => [lang, text(row.provider_name, date)])),
          isToVerify: true,
        }
      : {}),
    hubLeafIndex: row.hub_leaf_index,
    // R39: the provider corrected or annulled an item after it was shared; the summary above is kept as received.
    ...(row.corrections && row.corrections.length > 0
      ? { corrections: row.corrections.map(({ decisionRef, status, correctedAt }) => ({ decisionRef, status, correctedAt })) }
      : {}),
  };
}

export function createConsultationService(deps: { hub: HubClient; flushOutbox: () => Promise<unknown>; clock: () => Date }) {
  // Concurrent consultations of one CPAS are stored in one transaction (ADR 0022): one hold of the
  // audit chain's lock and one commit for the group instead of one each.
  const storesOf = perKey((db: Database) => createCoalescer((consultations: NewConsultation[]) => storeConsultations(db, consultations)));

  type OpenedAnswer = { result: ProviderResult; status: string; reasonCode: string | null; summary: ShareableSummary | null };

  /** Verifies, decrypts and checks every answer before any transaction is opened. */
  async function openAnswers(tenant: Tenant, results: ProviderResult[], niss: string, consultationId: string): Promise<OpenedAnswer[]> {
    const context = {
      channel: deps.hub.channel,
      audience: tenant.kbo,
      decryptionKey: tenant.keys.encryption.privateKey,
      niss,
      consultationId,
    };
    return Promise.all(results.map(async (result) => ({ result, ...(await openSummaryAnswer(result, context)) })));
  }

  /**
   * Stores answers given as JSON in `param` (each with its consultation and time of receipt): a new one,
   * or an answer to a consultation polled again. A summary expires `exchange.receivedSummaryDays` after it
   * was received (R35).
   */
  const responsesUpsert = (param: string, returning = '*') => `INSERT INTO consultation_responses
             (consultation_id, provider_kbo, provider_name, status, reason_code, summary, received_at, expires_at, hub_leaf_index)
      SELECT r.consultation_id, r.kbo, r.name, r.status, r.reason_code, r.summary, CASE WHEN r.summary IS NULL THEN NULL ELSE r.received_at END,
             CASE WHEN r.summary IS NULL THEN NULL
                  ELSE r.received_at
                       + make_interval(days => (SELECT (value->>'receivedSummaryDays')::int FROM settings WHERE key = 'exchange'))
             END,
             r.leaf_index
        FROM jsonb_to_recordset(${param}::jsonb) AS r(consultation_id uuid, kbo text, name text, status text, reason_code text,
                                                    summary jsonb, leaf_index bigint, received_at timestamptz)
      ON CONFLICT (consultation_id, provider_kbo) DO UPDATE SET status = EXCLUDED.status, reason_code = EXCLUDED.reason_code, summary = EXCLUDED.summary,
        received_at = EXCLUDED.received_at, expires_at = EXCLUDED.expires_at, hub_leaf_index = EXCLUDED.hub_leaf_index,
        attempts = consultation_responses.attempts + 1
      RETURNING ${returning}`;

  const answersOf = (consultationId: string, opened: OpenedAnswer[], now: Date) =>
    opened.map(({ result, status, reasonCode, summary }) => ({
      consultation_id: consultationId,
      kbo: result.provider.kbo,
      name: result.provider.name,
      status,
      reason_code: reasonCode,
      summary,
      leaf_index: result.leafIndex,
      received_at: now.toISOString(),
    }));

  function checkExpiry(rows: ResponseRow[]): ResponseRow[] {
    // A summary expires `exchange.receivedSummaryDays` after it was received (R35).
    if (rows.some((row) => row.summary !== null && row.expires_at === null))
      throw new Error('Setting exchange is missing: run the migrations');
    return rows;
  }

  /** Stores answers to a consultation polled again (the providers that were pending). */
  async function storeResults(tx: Queryable, consultationId: string, opened: OpenedAnswer[], now: Date) {
    return checkExpiry(await tx.query<ResponseRow>(responsesUpsert('$1'), [JSON.stringify(answersOf(consultationId, opened, now))]));
  }

  type NewConsultation = {
    actor: Actor;
    consultationId: string;
    opened: OpenedAnswer[];
    now: Date;
    consultation: { requestId: string; purpose: string; hubLeafIndex: number | null };
    events: AuditEntry[];
  };

  /**
   * New consultations, their answers and their audit events in one statement — atomic on its own, so
   * the audit chain's lock is held for one statement and there is one commit. Concurrent consultations
   * of one CPAS are stored together (ADR 0024, coalesce.ts); each gets its own answers back, and when
   * the statement fails each is stored again alone, so a bad one refuses only itself.
   */
  async function storeConsultations(db: Queryable, consultations: NewConsultation[]): Promise<ResponseRow[][]> {
    const audit = auditCallOf(
      consultations.flatMap(({ actor, events }) => events.map((entry) => ({ actor, entry }))),
      3,
    );
    const row = await db.one<{
      responses: (Omit<ResponseRow, 'received_at' | 'expires_at' | 'summary'> & {
        consultation_id: string;
        received_at: string | null;
        expires_at: string | null;
      })[];
    }>(
      `WITH consultation AS (
              INSERT INTO consultations (id, request_id, purpose, requested_by, requested_at, hub_leaf_index)
              SELECT * FROM jsonb_to_recordset($1::jsonb)
                AS c(id uuid, request_id uuid, purpose text, requested_by uuid, requested_at timestamptz, hub_leaf_index bigint)),
            responses AS (${responsesUpsert('$2', STORED_BUT_SUMMARY)})
       SELECT ${audit.sql} AS audited,
              (SELECT coalesce(json_agg(r ORDER BY r.consultation_id, r.provider_name), '[]'::json) FROM responses r) AS responses`,
      [
        JSON.stringify(
          consultations.map(({ actor, consultationId, now, consultation }) => ({
            id: consultationId,
            request_id: consultation.requestId,
            purpose: consultation.purpose,
            requested_by: actor.user.id,
            requested_at: now.toISOString(),
            hub_leaf_index: consultation.hubLeafIndex,
          })),
        ),
        JSON.stringify(consultations.flatMap(({ consultationId, opened, now }) => answersOf(consultationId, opened, now))),
        ...audit.params,
      ],
    );
    const byConsultation = new Map<string, ResponseRow[]>(consultations.map(({ consultationId }) => [consultationId, []]));
    // Each summary as the node just checked and stored it: PostgreSQL need not send the 5 KB back, nor this node parse it again.
    const summaries = new Map(
      consultations.flatMap(({ consultationId, opened }) =>
        opened.map(({ result, summary }) => [`${consultationId} ${result.provider.kbo}`, summary]),
      ),
    );
    for (const { consultation_id: consultationId, ...response } of row!.responses)
      byConsultation.get(consultationId)!.push({
        ...response,
        summary: summaries.get(`${consultationId} ${response.provider_kbo}`) ?? null,
        received_at: response.received_at ? new Date(response.received_at) : null,
        expires_at: response.expires_at ? new Date(response.expires_at) : null,
      });
    return consultations.map(({ consultationId }) => checkExpiry(byConsultation.get(consultationId)!));
  }

  function toView(
    consultation: { id: string; purpose: string; requested_at: Date; hub_leaf_index: number | null },
    rows: ResponseRow[],
    now: Date,
  ) {
    const responses = rows.map((row) => toResponse(row, now));
    return {
      id: consultation.id,
      purpose: consultation.purpose,
      requestedAt: consultation.requested_at.toISOString(),
      status: responses.some((r) => r.status === 'pending') ? 'pending' : 'complete',
      hubLeafIndex: consultation.hub_leaf_index,
      responses,
    };
  }

  async function view(tx: Queryable, consultationId: string, now: Date) {
    const consultation = await tx.one<{ id: string; purpose: string; requested_at: Date; hub_leaf_index: number | null }>(
      'SELECT * FROM consultations WHERE id = $1',
      [consultationId],
    );
    const rows = await tx.query<ResponseRow>('SELECT * FROM consultation_responses WHERE consultation_id = $1 ORDER BY provider_name', [
      consultationId,
    ]);
    return toView(consultation!, rows, now);
  }

  async function askHub(actor: Actor, payload: Record<string, unknown>) {
    try {
      return await deps.hub.send(actor.tenant, '/v1/consultations', payload, ConsultationResult);
    } catch (error) {
      if (error instanceof HubUnreachableError)
        throw new AppError('hub.unreachable', 503, 'The hub cannot be reached right now; try again in a moment.');
      throw error;
    }
  }

  return {
    /**
     * The consultation's first read, to run in the statement that authenticates the session (SessionRider);
     * none for an id that is no UUID (refused without a read).
     */
    preparedRead(requestId: string): SessionRider | undefined {
      return isUuid(requestId) ? { sql: PREPARE_RIDER_SQL, params: [requestId], types: ['uuid'] } : undefined;
    },

    /** `prepared`: the row of `preparedRead` when the session's statement ran it (null: no such file). */
    async requestConsultation(actor: Actor, requestId: string, input: { purpose: string }, prepared?: unknown) {
      const db = actor.tenant.db;
      const readEvent: AuditEntry = { action: 'rse-consultation.prepare', recordType: 'aid-request', recordId: requestId.slice(0, 64) };
      if (!isUuid(requestId)) {
        await recordDenial(db, actor, readEvent);
        throw notFound('aid-request.not-found', 'No such aid request.');
      }
      // R23 (the rule of withRequest, one predicate) and every check of the node, in one read. The read
      // is audited with its outcome, in the transaction that stores the consultation or records the
      // refusal: one extension of the audit chain per consultation instead of two.
      const request =
        prepared === undefined ? await db.one<PrepareRow>(PREPARE_SQL, [requestId, actor.user.id, actor.now]) : fromJson(prepared);
      if (!request || !request.can_access || !hasRole(actor, CASEWORK_ROLES)) {
        await recordDenial(db, actor, { ...readEvent, personId: request?.person_id ?? null });
        throw notFound('aid-request.not-found', 'No such aid request.');
      }
      requireOpen(request);
      readEvent.personId = request.person_id;
      let isReadAudited = false;
      const deny = async (error: AppError) => {
        await appendAudit(db, actor, [
          readEvent,
          {
            action: 'rse-consultation.create',
            recordType: 'aid-request',
            recordId: requestId,
            personId: request.person_id,
            outcome: 'denied',
            reason: error.code,
          },
        ]);
        isReadAudited = true;
        throw error;
      };
      try {
        // R20, R33 and principle 3: checked here before any network call, and again at the hub.
        if (!request.is_assigned)
          await deny(forbidden('consultation.not-assigned', 'Only a worker assigned to this request may consult the RSE.'));
        if (!request.informed_at)
          await deny(conflict('consultation.person-not-informed', 'Record that the person was informed before consulting the RSE.'));
        if (!request.niss || !request.has_integration)
          await deny(
            forbidden(
              'consultation.no-integration',
              'This request has no active integration at the hub (a person without NISS cannot be consulted).',
            ),
          );
        // Integration changes still in the outbox go first, so the hub knows the relationship (flow 1).
        if (request.has_due_outbox) await deps.flushOutbox();
        const consultationId = randomUUID();
        const answer = await askHub(actor, {
          consultationId,
          niss: request.niss,
          purpose: input.purpose,
          fileRef: request.id,
          workerRef: actor.user.id,
          personInformedAt: request.informed_at!.toISOString(),
        });
        if (!answer.ok) return await deny(new AppError(answer.code, answer.status === 409 ? 409 : 403, answer.message));
        const opened = await openAnswers(actor.tenant, answer.claims.results, request.niss!, consultationId);
        const now = deps.clock();
        const hubLeafIndex = answer.claims.leafIndex;
        const rows = await storesOf(db)({
          actor,
          consultationId,
          opened,
          now,
          consultation: { requestId: request.id, purpose: input.purpose, hubLeafIndex },
          events: [
            readEvent,
            {
              action: 'rse-consultation.create',
              recordType: 'consultation',
              recordId: consultationId,
              personId: request.person_id,
              reason: input.purpose,
            },
          ],
        });
        isReadAudited = true;
        return toView({ id: consultationId, purpose: input.purpose, requested_at: now, hub_leaf_index: hubLeafIndex }, rows, now);
      } finally {
        // Hub unreachable or any other failure: the read of the file is still on record (R43).
        if (!isReadAudited) await appendAudit(db, actor, readEvent);
      }
    },

    /** Polling a consultation retries the providers still `pending` (never a silent loss). */
    async getConsultation(actor: Actor, requestId: string, consultationId: string) {
      const state = await withRequest(
        actor,
        requestId,
        { action: 'rse-consultation.read', mode: 'read', recordType: 'consultation', recordId: consultationId },
        async (tx, request) => {
          const consultation = isUuid(consultationId)
            ? await tx.one<{ id: string; purpose: string }>('SELECT id, purpose FROM consultations WHERE id = $1 AND request_id = $2', [
                consultationId,
                request.id,
              ])
            : undefined;
          if (!consultation) throw new AppError('consultation.not-found', 404, 'No such consultation.');
          const pending = await tx.query<{ provider_kbo: string }>(
            `SELECT provider_kbo FROM consultation_responses WHERE consultation_id = $1 AND status = 'pending'`,
            [consultationId],
          );
          const informed = await tx.one<{ informed_at: Date }>(
            'SELECT informed_at FROM person_informed WHERE request_id = $1 ORDER BY informed_at DESC LIMIT 1',
            [request.id],
          );
          const person = await tx.one<{ niss: string | null }>('SELECT niss FROM persons WHERE id = $1', [request.person_id]);
          return {
            request,
            consultation,
            pending: pending.map((p) => p.provider_kbo),
            informedAt: informed?.informed_at ?? null,
            niss: person?.niss ?? null,
          };
        },
      );
      if (state.pending.length > 0 && state.niss && state.informedAt) {
        const answer = await deps.hub
          .send(
            actor.tenant,
            '/v1/consultations',
            {
              consultationId,
              niss: state.niss,
              purpose: state.consultation.purpose,
              fileRef: state.request.id,
              workerRef: actor.user.id,
              personInformedAt: state.informedAt.toISOString(),
              providers: state.pending,
            },
            ConsultationResult,
          )
          .catch(() => null);
        if (answer?.ok) {
          const results = answer.claims.results.filter((r) => r.status !== 'pending');
          if (results.length > 0) {
            const opened = await openAnswers(actor.tenant, results, state.niss!, consultationId);
            await actor.tenant.db.transaction((tx) => storeResults(tx, consultationId, opened, deps.clock()));
          }
        }
      }
      return actor.tenant.db.transaction((tx) => view(tx, consultationId, deps.clock()));
    },
  };
}
