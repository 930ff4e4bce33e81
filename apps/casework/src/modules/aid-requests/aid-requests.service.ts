/**
 * Aid requests: registration with its acknowledgement (R6), legal deadlines (R7, R8, R13, R14),
 * assignment and grants (R23), territorial transfer (R7), hearings (R11), home visits, PIIS,
 * the person-informed record (R33), closing, and the worklist of what is due.
 */
import { conflict, invalid, notFound } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import { isValidKbo } from '#contracts/kbo.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import {
  accessibleRequestsPredicate,
  hasRole,
  isOneOf,
  isUuid,
  requireCaseworker,
  requireRole,
  withRequest,
  type AidRequestRow,
} from '../access/index.ts';
import { readCode, readSetting, type Settings } from '../../settings.ts';
import { computeDeadlines, listDeadlineAlerts, type DeadlineInput, type Deadlines, type DeadlineAlert } from './deadlines.ts';
import { enqueueIntegration, endIntegrations } from '../integrations/integrations.service.ts';

export type NewAidRequest = {
  personId: string;
  kind: string;
  receivedAt: string;
  cohabitantIds?: string[];
  transferredFrom?: { kbo: string; receivedAt: string };
  isNewRisBeneficiary?: boolean;
};

export const OPEN_STATUSES = ['received', 'investigating', 'report-signed', 'decided', 'notified'];
export const isOpen = (request: AidRequestRow) => OPEN_STATUSES.includes(request.status);

export function requireOpen(request: AidRequestRow): void {
  if (!isOpen(request)) throw conflict('aid-request.closed', `This request is ${request.status}; reopen it by registering a new request.`);
}

type DecisionFacts = { decided_at: string | null; notified_at: string | null };

async function deadlineInputFor(tx: Queryable, request: AidRequestRow, today: string): Promise<DeadlineInput> {
  const kind = await readCode(tx, 'aid-kind', request.kind);
  const facts = await tx.one<DecisionFacts>(
    `SELECT d.decided_at, n.sent_at AS notified_at FROM decisions d LEFT JOIN notifications n ON n.decision_id = d.id
      WHERE d.request_id = $1 AND d.status <> 'annulled' ORDER BY d.decided_at DESC, d.created_at DESC LIMIT 1`,
    [request.id],
  );
  const transfer = await tx.one<{ started_at: string }>('SELECT started_at FROM transfers WHERE request_id = $1', [request.id]);
  return {
    kind: kind?.attributes.deadlineRule === 'ris' ? 'ris' : 'social-aid',
    receivedAt: request.original_received_at,
    decidedAt: facts?.decided_at ?? null,
    notifiedAt: facts?.notified_at ?? null,
    lastHomeVisitAt: request.last_home_visit_at,
    isNewRisBeneficiary: request.is_new_ris_beneficiary,
    piisSignedAt: request.piis_signed_at,
    transferStartedAt: transfer?.started_at ?? null,
    today,
  };
}

export async function deadlinesFor(
  tx: Queryable,
  request: AidRequestRow,
  today: string,
): Promise<{ deadlines: Deadlines; alerts: DeadlineAlert[] }> {
  const rules = await readSetting(tx, 'deadlines');
  const input = await deadlineInputFor(tx, request, today);
  const isActive = isOpen(request);
  return { deadlines: computeDeadlines(input, rules), alerts: isActive ? listDeadlineAlerts(input, rules) : [] };
}

export async function viewRequest(tx: Queryable, request: AidRequestRow, today: string) {
  const [person, assignees, integration, informed, hearings, transfer, report, decisions, { deadlines, alerts }] = await Promise.all([
    tx.one<{ id: string; niss: string | null; family_name: string; given_names: string; language: string }>(
      'SELECT id, niss, family_name, given_names, language FROM persons WHERE id = $1',
      [request.person_id],
    ),
    tx.query<{ id: string; display_name: string }>(
      'SELECT u.id, u.display_name FROM assignments a JOIN users u ON u.id = a.user_id WHERE a.request_id = $1 AND a.ended_at IS NULL ORDER BY a.assigned_at',
      [request.id],
    ),
    tx.one<{ quality_code: string; hub_status: string; start_date: string; end_date: string | null }>(
      `SELECT quality_code, hub_status, start_date, end_date FROM integrations WHERE request_id = $1 AND role = 'applicant'`,
      [request.id],
    ),
    tx.one<{ informed_at: Date; method: string }>(
      'SELECT informed_at, method FROM person_informed WHERE request_id = $1 ORDER BY informed_at DESC LIMIT 1',
      [request.id],
    ),
    tx.query<{
      id: string;
      requested_at: string;
      scheduled_at: string | null;
      held_at: string | null;
      attendees: string | null;
      assisted_by: string | null;
    }>('SELECT id, requested_at, scheduled_at, held_at, attendees, assisted_by FROM hearings WHERE request_id = $1 ORDER BY requested_at', [
      request.id,
    ]),
    tx.one<{ to_kbo: string; to_name: string; started_at: string; applicant_informed_at: string; is_overdue: boolean }>(
      'SELECT to_kbo, to_name, started_at, applicant_informed_at, is_overdue FROM transfers WHERE request_id = $1',
      [request.id],
    ),
    tx.one<{ updated_at: Date; signed_at: Date | null }>('SELECT updated_at, signed_at FROM social_reports WHERE request_id = $1', [
      request.id,
    ]),
    tx.query<{
      id: string;
      ref: string;
      decided_at: string;
      aid_type: string;
      outcome: string;
      status: string;
      notified_at: string | null;
    }>(
      `SELECT d.id, d.ref, d.decided_at, d.aid_type, d.outcome, d.status, n.sent_at AS notified_at FROM decisions d
        LEFT JOIN notifications n ON n.decision_id = d.id WHERE d.request_id = $1 ORDER BY d.decided_at, d.created_at`,
      [request.id],
    ),
    deadlinesFor(tx, request, today),
  ]);
  return {
    id: request.id,
    personId: request.person_id,
    person: person
      ? { id: person.id, niss: person.niss, familyName: person.family_name, givenNames: person.given_names, language: person.language }
      : null,
    kind: request.kind,
    status: request.status,
    receivedAt: request.received_at.toISOString(),
    originalReceivedAt: request.original_received_at,
    transferredFromKbo: request.transferred_from_kbo,
    acknowledgement: { number: request.acknowledgement_number, issuedAt: request.acknowledgement_issued_at.toISOString() },
    deadlines,
    alerts,
    assignedTo: assignees.map((a) => ({ id: a.id, displayName: a.display_name })),
    integration: integration
      ? { qualityCode: integration.quality_code, status: integration.hub_status, start: integration.start_date, end: integration.end_date }
      : null,
    personInformed: informed ? { informedAt: informed.informed_at.toISOString(), method: informed.method } : null,
    hearings: hearings.map((h) => ({
      id: h.id,
      requestedAt: h.requested_at,
      scheduledAt: h.scheduled_at,
      heldAt: h.held_at,
      attendees: h.attendees,
      assistedBy: h.assisted_by,
    })),
    transfer: transfer
      ? {
          toKbo: transfer.to_kbo,
          toName: transfer.to_name,
          startedAt: transfer.started_at,
          applicantInformedAt: transfer.applicant_informed_at,
          isOverdue: transfer.is_overdue,
        }
      : null,
    socialReport: report
      ? {
          updatedAt: report.updated_at.toISOString(),
          isSigned: report.signed_at !== null,
          signedAt: report.signed_at?.toISOString() ?? null,
        }
      : null,
    decisions: decisions.map((d) => ({
      id: d.id,
      ref: d.ref,
      decidedAt: d.decided_at,
      aidType: d.aid_type,
      outcome: d.outcome,
      status: d.status,
      notifiedAt: d.notified_at,
    })),
    lastHomeVisitAt: request.last_home_visit_at,
    piisSignedAt: request.piis_signed_at,
    isNewRisBeneficiary: request.is_new_ris_beneficiary,
    closedAt: request.closed_at?.toISOString() ?? null,
    closeReason: request.close_reason,
  };
}

export type AidRequestView = Awaited<ReturnType<typeof viewRequest>>;

const today = (actor: Actor) => actor.now.toISOString().slice(0, 10);

export function createAidRequestService() {
  return {
    async registerRequest(
      actor: Actor,
      input: NewAidRequest,
      idempotencyKey: string | null,
    ): Promise<{ view: AidRequestView; isReplay: boolean }> {
      requireCaseworker(actor);
      if (!isUuid(input.personId)) throw notFound('person.not-found', 'No such person.');
      const receivedAt = new Date(input.receivedAt);
      if (receivedAt.getTime() > actor.now.getTime() + 5 * 60_000)
        throw invalid('aid-request.received-in-future', 'The request cannot be received in the future.', [
          { path: '/receivedAt', code: 'in-future', message: 'must not be in the future' },
        ]);
      if (input.transferredFrom && !isValidKbo(input.transferredFrom.kbo))
        throw invalid('kbo.invalid', 'The enterprise number of the transferring CPAS is invalid.', [
          { path: '/transferredFrom/kbo', code: 'kbo.invalid', message: 'invalid KBO/BCE number' },
        ]);
      const existingId = idempotencyKey
        ? (await actor.tenant.db.one<{ id: string }>('SELECT id FROM aid_requests WHERE idempotency_key = $1', [idempotencyKey]))?.id
        : undefined;
      if (existingId) {
        const view = await withRequest(actor, existingId, { action: 'aid-request.read', mode: 'read' }, (tx, row) =>
          viewRequest(tx, row, today(actor)),
        );
        return { view, isReplay: true };
      }
      const view = await actor.tenant.db.transaction(async (tx) => {
        const person = await tx.one<{ id: string; niss: string | null }>(
          'SELECT id, niss FROM persons WHERE id = $1 AND anonymised_at IS NULL',
          [input.personId],
        );
        if (!person) throw notFound('person.not-found', 'No such person.');
        const kind = await readCode(tx, 'aid-kind', input.kind);
        if (!kind)
          throw invalid('aid-request.unknown-kind', 'Unknown kind of aid request.', [
            { path: '/kind', code: 'not-allowed', message: 'not in the aid-kind code list' },
          ]);
        const cohabitants = [...new Set(input.cohabitantIds ?? [])].filter((id) => id !== input.personId);
        for (const [index, id] of cohabitants.entries()) {
          const exists = isUuid(id) && (await tx.one('SELECT 1 FROM persons WHERE id = $1 AND anonymised_at IS NULL', [id]));
          if (!exists)
            throw invalid('aid-request.unknown-cohabitant', 'A cohabitant is not a registered person.', [
              { path: `/cohabitantIds/${index}`, code: 'unknown', message: 'no such person' },
            ]);
        }
        // R6: the acknowledgement is issued with the request itself, always — even when the CPAS
        // believes itself incompetent (organic law art. 58; domain §3.2).
        const sequence = await tx.one<{ n: number }>(`SELECT nextval('acknowledgement_numbers') AS n`);
        const ackNumber = `${receivedAt.getUTCFullYear()}-${String(sequence!.n).padStart(6, '0')}`;
        const originalDate = input.transferredFrom?.receivedAt ?? input.receivedAt.slice(0, 10);
        const row = await tx.one<AidRequestRow>(
          `INSERT INTO aid_requests (person_id, kind, status, received_at, original_received_at, transferred_from_kbo, acknowledgement_number,
             acknowledgement_issued_at, is_new_ris_beneficiary, created_by, idempotency_key)
           VALUES ($1, $2, 'received', $3, $4, $5, $6, $7, $8, $9, $10) RETURNING *`,
          [
            input.personId,
            input.kind,
            receivedAt,
            originalDate,
            input.transferredFrom?.kbo ?? null,
            ackNumber,
            actor.now,
            input.isNewRisBeneficiary ?? input.kind === 'ris',
            actor.user.id,
            idempotencyKey,
          ],
        );
        for (const id of cohabitants)
          await tx.query('INSERT INTO aid_request_cohabitants (request_id, person_id) VALUES ($1, $2)', [row!.id, id]);
        if (hasRole(actor, ['social-worker'])) {
          await tx.query('INSERT INTO assignments (request_id, user_id, assigned_by) VALUES ($1, $2, $2)', [row!.id, actor.user.id]);
        }
        // Flow 1: 17-1 "file under examination" for the applicant, 17-5 for cohabitants (domain §2.3).
        await enqueueIntegration(tx, {
          requestId: row!.id,
          personId: input.personId,
          role: 'applicant',
          qualityCode: '17-1',
          start: originalDate,
        });
        for (const id of cohabitants)
          await enqueueIntegration(tx, { requestId: row!.id, personId: id, role: 'cohabitant', qualityCode: '17-5', start: originalDate });
        await appendAudit(tx, actor, {
          action: 'aid-request.create',
          recordType: 'aid-request',
          recordId: row!.id,
          personId: input.personId,
        });
        if (!hasRole(actor, ['social-worker'])) {
          await tx.query(
            'INSERT INTO access_grants (request_id, user_id, kind, reason, granted_by, expires_at) VALUES ($1, $2, $3, $4, $2, $5)',
            [
              row!.id,
              actor.user.id,
              'grant',
              'registered the request; assign a social worker',
              new Date(actor.now.getTime() + 24 * 3600_000),
            ],
          );
        }
        return viewRequest(tx, row!, today(actor));
      });
      return { view, isReplay: false };
    },

    getRequest(actor: Actor, id: string): Promise<AidRequestView> {
      return withRequest(actor, id, { action: 'aid-request.read', mode: 'read' }, (tx, row) => viewRequest(tx, row, today(actor)));
    },

    async listForPerson(actor: Actor, personId: string) {
      requireCaseworker(actor);
      if (!isUuid(personId)) return [];
      return actor.tenant.db.transaction(async (tx) => {
        const rows = await tx.query<AidRequestRow>(
          `SELECT r.* FROM aid_requests r WHERE r.person_id = $1 AND ${accessibleRequestsPredicate('r', '$2', '$3')} ORDER BY r.received_at DESC`,
          [personId, actor.user.id, actor.now],
        );
        await appendAudit(tx, actor, { action: 'aid-request.list', recordType: 'person', recordId: personId, personId });
        return Promise.all(
          rows.map(async (row) => {
            const assignees = await tx.query<{ id: string; display_name: string }>(
              'SELECT u.id, u.display_name FROM assignments a JOIN users u ON u.id = a.user_id WHERE a.request_id = $1 AND a.ended_at IS NULL',
              [row.id],
            );
            const { deadlines } = await deadlinesFor(tx, row, today(actor));
            return {
              id: row.id,
              status: row.status,
              kind: row.kind,
              receivedAt: row.received_at.toISOString(),
              acknowledgementNumber: row.acknowledgement_number,
              assignedTo: assignees.map((a) => ({ id: a.id, displayName: a.display_name })),
              deadlines,
            };
          }),
        );
      });
    },

    /** A supervisor (or admin) assigns a worker of the CPAS to a file. */
    async assign(actor: Actor, requestId: string, userId: string) {
      requireRole(actor, ['supervisor', 'admin'], 'access.role', 'Only a supervisor assigns files.');
      if (!isUuid(userId) || !isUuid(requestId)) throw notFound('aid-request.not-found', 'No such aid request.');
      return actor.tenant.db.transaction(async (tx) => {
        const request = await tx.one<AidRequestRow>('SELECT * FROM aid_requests WHERE id = $1', [requestId]);
        if (!request) throw notFound('aid-request.not-found', 'No such aid request.');
        const worker = await tx.one<{ role: string }>(`SELECT role FROM users WHERE id = $1 AND is_active`, [userId]);
        if (!worker || !isOneOf(worker.role, ['social-worker']))
          throw invalid('assignment.not-a-worker', 'Files are assigned to social workers.', [
            { path: '/userId', code: 'not-a-worker', message: 'not an active social worker' },
          ]);
        await tx.query(
          `INSERT INTO assignments (request_id, user_id, assigned_by) VALUES ($1, $2, $3)
                        ON CONFLICT (request_id, user_id) DO UPDATE SET ended_at = NULL, assigned_at = now(), assigned_by = $3`,
          [requestId, userId, actor.user.id],
        );
        await appendAudit(tx, actor, {
          action: 'aid-request.assign',
          recordType: 'aid-request',
          recordId: requestId,
          personId: request.person_id,
        });
        return { requestId, userId };
      });
    },

    /** R23: an explicit, time-limited grant with a stated reason. */
    async grantAccess(actor: Actor, requestId: string, input: { userId: string; reason: string; hours: number }) {
      requireRole(actor, ['supervisor'], 'access.role', 'Only a supervisor grants access to a file.');
      const limits = await readSetting(actor.tenant.db, 'access');
      if (input.hours > limits.grantMaxHours)
        throw invalid('grant.too-long', `A grant lasts at most ${limits.grantMaxHours} hours.`, [
          { path: '/hours', code: 'too-large', message: `at most ${limits.grantMaxHours}` },
        ]);
      return withRequest(actor, requestId, { action: 'aid-request.grant-access', mode: 'write' }, async (tx, request) => {
        if (!isUuid(input.userId) || !(await tx.one('SELECT 1 FROM users WHERE id = $1 AND is_active', [input.userId]))) {
          throw invalid('grant.unknown-user', 'No such user.', [{ path: '/userId', code: 'unknown', message: 'no such user' }]);
        }
        const expiresAt = new Date(actor.now.getTime() + input.hours * 3600_000);
        const grant = await tx.one<{ id: string }>(
          `INSERT INTO access_grants (request_id, user_id, kind, reason, granted_by, expires_at) VALUES ($1, $2, 'grant', $3, $4, $5) RETURNING id`,
          [request.id, input.userId, input.reason, actor.user.id, expiresAt],
        );
        return { id: grant!.id, userId: input.userId, expiresAt: expiresAt.toISOString() };
      });
    },

    /** R7: forward to the competent CPAS within 5 days, informing the applicant; the original date stays. */
    async transfer(
      actor: Actor,
      requestId: string,
      input: { toKbo: string; toName: string; reason: string; startedAt: string; applicantInformedAt: string },
    ) {
      if (!isValidKbo(input.toKbo))
        throw invalid('kbo.invalid', 'The enterprise number of the receiving CPAS is invalid.', [
          { path: '/toKbo', code: 'kbo.invalid', message: 'invalid KBO/BCE number' },
        ]);
      return withRequest(actor, requestId, { action: 'aid-request.transfer', mode: 'write' }, async (tx, request) => {
        requireOpen(request);
        if (request.status !== 'received' && request.status !== 'investigating')
          throw conflict('transfer.too-late', 'A request already reported on or decided cannot be transferred.');
        const rules = await readSetting(tx, 'deadlines');
        const computed = computeDeadlines(
          { kind: 'social-aid', receivedAt: request.original_received_at, today: input.startedAt },
          rules as Settings['deadlines'],
        );
        const isOverdue = input.startedAt > computed.transferDue;
        await tx.query(
          `INSERT INTO transfers (request_id, to_kbo, to_name, reason, started_at, applicant_informed_at, is_overdue, created_by)
                        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [request.id, input.toKbo, input.toName, input.reason, input.startedAt, input.applicantInformedAt, isOverdue, actor.user.id],
        );
        await tx.query(
          `UPDATE aid_requests SET status = 'transferred', closed_at = $2, close_reason = 'transferred', updated_at = now() WHERE id = $1`,
          [request.id, actor.now],
        );
        await endIntegrations(tx, request.id, input.startedAt);
        return {
          requestId: request.id,
          status: 'transferred',
          transferDue: computed.transferDue,
          isOverdue,
          originalReceivedAt: request.original_received_at,
        };
      });
    },

    async requestHearing(actor: Actor, requestId: string, input: { requestedAt: string; scheduledAt?: string }) {
      return withRequest(actor, requestId, { action: 'hearing.create', mode: 'write' }, async (tx, request) => {
        requireOpen(request);
        const row = await tx.one<{ id: string }>(
          'INSERT INTO hearings (request_id, requested_at, scheduled_at, created_by) VALUES ($1, $2, $3, $4) RETURNING id',
          [request.id, input.requestedAt, input.scheduledAt ?? null, actor.user.id],
        );
        return { id: row!.id, requestedAt: input.requestedAt, scheduledAt: input.scheduledAt ?? null, heldAt: null };
      });
    },

    async recordHearing(
      actor: Actor,
      requestId: string,
      hearingId: string,
      input: { heldAt: string; attendees: string; assistedBy?: string },
    ) {
      return withRequest(actor, requestId, { action: 'hearing.record', mode: 'write' }, async (tx, request) => {
        if (!isUuid(hearingId)) throw notFound('hearing.not-found', 'No such hearing.');
        const row = await tx.one<{ id: string; requested_at: string }>(
          'UPDATE hearings SET held_at = $3, attendees = $4, assisted_by = $5 WHERE id = $1 AND request_id = $2 RETURNING id, requested_at',
          [hearingId, request.id, input.heldAt, input.attendees, input.assistedBy ?? null],
        );
        if (!row) throw notFound('hearing.not-found', 'No such hearing.');
        return {
          id: row.id,
          requestedAt: row.requested_at,
          heldAt: input.heldAt,
          attendees: input.attendees,
          assistedBy: input.assistedBy ?? null,
        };
      });
    },

    async recordHomeVisit(actor: Actor, requestId: string, input: { visitedAt: string }) {
      return withRequest(actor, requestId, { action: 'home-visit.record', mode: 'write' }, async (tx, request) => {
        await tx.query(
          'UPDATE aid_requests SET last_home_visit_at = GREATEST(last_home_visit_at, $2::date), updated_at = now() WHERE id = $1',
          [request.id, input.visitedAt],
        );
        return { requestId: request.id, lastHomeVisitAt: input.visitedAt };
      });
    },

    async recordPiis(actor: Actor, requestId: string, input: { signedAt: string }) {
      return withRequest(actor, requestId, { action: 'piis.record', mode: 'write' }, async (tx, request) => {
        await tx.query('UPDATE aid_requests SET piis_signed_at = $2, updated_at = now() WHERE id = $1', [request.id, input.signedAt]);
        return { requestId: request.id, piisSignedAt: input.signedAt };
      });
    },

    /** R33: recorded before any consultation; the consultation checks it. */
    async recordPersonInformed(actor: Actor, requestId: string, input: { informedAt: string; method: string }) {
      if (new Date(input.informedAt).getTime() > actor.now.getTime() + 5 * 60_000) {
        throw invalid('person-informed.in-future', 'The person cannot have been informed in the future.', [
          { path: '/informedAt', code: 'in-future', message: 'must not be in the future' },
        ]);
      }
      return withRequest(actor, requestId, { action: 'person-informed.record', mode: 'write' }, async (tx, request) => {
        requireOpen(request);
        const row = await tx.one<{ id: string; informed_at: Date; recorded_at: Date }>(
          'INSERT INTO person_informed (request_id, informed_at, method, recorded_by) VALUES ($1, $2, $3, $4) RETURNING id, informed_at, recorded_at',
          [request.id, input.informedAt, input.method, actor.user.id],
        );
        return {
          id: row!.id,
          informedAt: row!.informed_at.toISOString(),
          method: input.method,
          recordedAt: row!.recorded_at.toISOString(),
        };
      });
    },

    /** Closing ends the integrations (R21); the hub is told through the outbox. */
    async close(actor: Actor, requestId: string, input: { reason: string }) {
      return withRequest(actor, requestId, { action: 'aid-request.close', mode: 'write' }, async (tx, request) => {
        requireOpen(request);
        const grace = await readSetting(tx, 'integration');
        const endDate = new Date(actor.now.getTime() + grace.graceDays * 86_400_000).toISOString().slice(0, 10);
        await tx.query(`UPDATE aid_requests SET status = 'closed', closed_at = $2, close_reason = $3, updated_at = now() WHERE id = $1`, [
          request.id,
          actor.now,
          input.reason,
        ]);
        await endIntegrations(tx, request.id, endDate);
        const row = await tx.one<AidRequestRow>('SELECT * FROM aid_requests WHERE id = $1', [request.id]);
        return viewRequest(tx, row!, today(actor));
      });
    },
  };
}

export type AidRequestService = ReturnType<typeof createAidRequestService>;
