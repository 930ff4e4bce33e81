/**
 * Aid requests: registration with its acknowledgement (R6), legal deadlines (R7, R8, R13, R14),
 * assignment and grants (R23), territorial transfer (R7), hearings (R11), home visits, PIIS,
 * the person-informed record (R33) and closing. The rules are in aid-requests.ts and deadlines.ts,
 * the SQL in aid-requests.repository.ts; the dependencies are passed in (defaults: the real ones).
 */
import { invalid, notFound } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import { isValidKbo } from '#contracts/kbo.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import { hasRole, isOneOf, isUuid, requireCaseworker, requireRole, withRequest, type AidRequestRow } from '../access/index.ts';
import { readCode, readSetting, type Settings } from '../../settings.ts';
import { enqueueIntegration, endIntegrations, reopenIntegrations } from '../integrations/index.ts';
import { queueTransfer } from '../transfers/index.ts';
import { computeDeadlines, listDeadlineAlerts, type DeadlineInput, type Deadlines, type DeadlineAlert } from './deadlines.ts';
import {
  aidRequestRepository,
  type AidRequestRepository,
  type DeadlineFactsRow,
  type ListedDeadlineFacts,
} from './aid-requests.repository.ts';
import {
  acknowledgementNumber,
  addDaysTo,
  distinctCohabitants,
  isoDay,
  isOpen,
  requireNotInFuture,
  requireOpen,
  requireReopenable,
  requireTransferable,
  statusOnReopening,
} from './aid-requests.ts';

export { isOpen, OPEN_STATUSES, requireOpen } from './aid-requests.ts';

export type NewAidRequest = {
  personId: string;
  kind: string;
  receivedAt: string;
  cohabitantIds?: string[];
  transferredFrom?: { kbo: string; receivedAt: string };
  isNewRisBeneficiary?: boolean;
};

type DecisionFacts = { decided_at: string | null; notified_at: string | null; outcome: string; kind: string };

/** What the deadlines read of a file itself: a list selects only these columns (issue 14: fewer to read and parse). */
export type DeadlineFile = Pick<
  AidRequestRow,
  'id' | 'kind' | 'status' | 'original_received_at' | 'last_home_visit_at' | 'is_new_ris_beneficiary' | 'piis_signed_at'
>;

/** The deadlines' input of one file from its facts (read one file at a time or for a whole list). */
function toDeadlineInput(
  request: DeadlineFile,
  kindAttributes: Record<string, unknown> | undefined,
  facts: DecisionFacts | undefined,
  transferStartedAt: string | null,
  lastPiisEvaluationAt: string | null,
  today: string,
): DeadlineInput {
  return {
    kind: kindAttributes?.deadlineRule === 'ris' ? 'ris' : 'social-aid',
    receivedAt: request.original_received_at,
    decidedAt: facts?.decided_at ?? null,
    notifiedAt: facts?.notified_at ?? null,
    lastHomeVisitAt: request.last_home_visit_at,
    isNewRisBeneficiary: request.is_new_ris_beneficiary,
    piisSignedAt: request.piis_signed_at,
    // A refusal, withdrawal or stop ends the aid: no yearly home visit, no PIIS to sign (R13, R14); a suspension does not end it.
    isAidPaid: facts ? facts.kind === 'suspension' || facts.outcome === 'granted' || facts.outcome === 'partial' : undefined,
    transferStartedAt,
    lastPiisEvaluationAt,
    today,
  };
}

/** The deadlines and alerts of one file (its page, a decision, a PIIS): its facts, then the same rules as for a list. */
export async function deadlinesFor(
  tx: Queryable,
  request: AidRequestRow,
  today: string,
): Promise<{ deadlines: Deadlines; alerts: DeadlineAlert[] }> {
  const [facts] = await aidRequestRepository(tx).deadlineFacts([request.id]);
  return (await deadlinesFromFacts(tx, [request], today, () => facts)).get(request.id)!;
}

/**
 * The deadlines of a list of files read with their facts (`LISTED_DEADLINE_FACTS_COLUMNS`): two statements
 * whatever their number, the rules and the aid kinds; the same rules as `deadlinesFor`.
 */
export async function deadlinesForListedRequests(
  tx: Queryable,
  requests: readonly (DeadlineFile & ListedDeadlineFacts)[],
  today: string,
): Promise<Map<string, { deadlines: Deadlines; alerts: DeadlineAlert[] }>> {
  return deadlinesFromFacts(tx, requests, today, (request) => ({
    request_id: request.id,
    decided_at: request.decided_at,
    notified_at: request.notified_at,
    outcome: request.outcome,
    kind: request.decision_kind,
    transfer_started_at: request.transfer_started_at,
    piis_last_at: request.piis_last_at,
  }));
}

async function deadlinesFromFacts<T extends DeadlineFile>(
  tx: Queryable,
  requests: readonly T[],
  today: string,
  factsOf: (request: T) => DeadlineFactsRow | undefined,
): Promise<Map<string, { deadlines: Deadlines; alerts: DeadlineAlert[] }>> {
  const out = new Map<string, { deadlines: Deadlines; alerts: DeadlineAlert[] }>();
  if (requests.length === 0) return out;
  const rules = await readSetting(tx, 'deadlines');
  const kinds = new Map(
    (
      await tx.query<{ code: string; attributes: Record<string, unknown> }>(
        'SELECT code, attributes FROM code_lists WHERE list = $1 AND code = ANY($2::text[]) AND is_active',
        ['aid-kind', [...new Set(requests.map((request) => request.kind))]],
      )
    ).map((row) => [row.code, row.attributes]),
  );
  for (const request of requests) out.set(request.id, deadlinesOf(request, rules, kinds.get(request.kind), factsOf(request), today));
  return out;
}

/** One file's deadlines and alerts from its facts, the CPAS's rules and its aid kind's attributes. */
function deadlinesOf(
  request: DeadlineFile,
  rules: Settings['deadlines'],
  kindAttributes: Record<string, unknown> | undefined,
  row: DeadlineFactsRow | undefined,
  today: string,
): { deadlines: Deadlines; alerts: DeadlineAlert[] } {
  const decision =
    row && row.outcome !== null
      ? { decided_at: row.decided_at, notified_at: row.notified_at, outcome: row.outcome, kind: row.kind! }
      : undefined;
  const input = toDeadlineInput(request, kindAttributes, decision, row?.transfer_started_at ?? null, row?.piis_last_at ?? null, today);
  // Each file's deadlines computed once, not again for its alerts.
  const deadlines = computeDeadlines(input, rules);
  return { deadlines, alerts: isOpen(request) ? listDeadlineAlerts(input, rules, deadlines) : [] };
}

/** The whole file as the API shows it at `now`: its row (from the access check) and one statement for the rest (`fileView`). */
export async function viewRequest(tx: Queryable, request: AidRequestRow, now: Date) {
  const row = await aidRequestRepository(tx).fileView(request, now);
  if (!row.deadline_rules) throw new Error('Setting deadlines is missing: run the migrations');
  const { deadlines, alerts } = deadlinesOf(request, row.deadline_rules, row.kind_attributes ?? undefined, row, isoDay(now));
  return {
    id: request.id,
    personId: request.person_id,
    person:
      row.person_id !== null
        ? { id: row.person_id, niss: row.niss, familyName: row.family_name, givenNames: row.given_names, language: row.language }
        : null,
    kind: request.kind,
    status: request.status,
    receivedAt: request.received_at.toISOString(),
    originalReceivedAt: request.original_received_at,
    transferredFromKbo: request.transferred_from_kbo,
    acknowledgement: { number: request.acknowledgement_number, issuedAt: request.acknowledgement_issued_at.toISOString() },
    deadlines,
    alerts,
    assignedTo: row.assignees.map((a) => ({ id: a.id, displayName: a.display_name })),
    integration:
      row.quality_code !== null
        ? { qualityCode: row.quality_code, status: row.integration_hub_status, start: row.integration_start, end: row.integration_end }
        : null,
    personInformed: row.informed_at ? { informedAt: row.informed_at.toISOString(), method: row.informed_method } : null,
    hearings: row.hearings.map((h) => ({
      id: h.id,
      requestedAt: h.requested_at,
      scheduledAt: h.scheduled_at,
      heldAt: h.held_at,
      attendees: h.attendees,
      assistedBy: h.assisted_by,
    })),
    transfer:
      row.transfer_id !== null
        ? {
            id: row.transfer_id,
            toKbo: row.to_kbo,
            toName: row.to_name,
            startedAt: row.transfer_started_at!,
            applicantInformedAt: row.applicant_informed_at,
            isOverdue: row.is_overdue,
            hubStatus: row.transfer_hub_status,
            answeredAt: row.answered_at?.toISOString() ?? null,
            answerReason: row.answer_reason,
          }
        : null,
    socialReport: row.report_updated_at
      ? {
          updatedAt: row.report_updated_at.toISOString(),
          isSigned: row.report_signed_at !== null,
          signedAt: row.report_signed_at?.toISOString() ?? null,
        }
      : null,
    decisions: row.decisions.map((d) => ({
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
    /** Temporary accesses in force (grants, break-glass openings; R23): who holds them is `…/access-grants`, itself audited. */
    activeGrants: row.active_grants,
  };
}

export type AidRequestView = Awaited<ReturnType<typeof viewRequest>>;

/** What the use cases need besides the actor; tests pass fakes. */
export type AidRequestDeps = {
  repository: (db: Queryable) => AidRequestRepository;
  withRequest: typeof withRequest;
  queueTransfer: typeof queueTransfer;
  readSetting: typeof readSetting;
  readCode: typeof readCode;
  view: (tx: Queryable, request: AidRequestRow, now: Date) => Promise<AidRequestView>;
  deadlines: typeof deadlinesFor;
};

const realDeps: AidRequestDeps = {
  repository: aidRequestRepository,
  withRequest,
  queueTransfer,
  readSetting,
  readCode,
  view: viewRequest,
  deadlines: deadlinesFor,
};

export function createAidRequestService(overrides: Partial<AidRequestDeps> = {}) {
  const deps: AidRequestDeps = { ...realDeps, ...overrides };
  const today = (actor: Actor) => isoDay(actor.now);

  return {
    async registerRequest(
      actor: Actor,
      input: NewAidRequest,
      idempotencyKey: string | null,
    ): Promise<{ view: AidRequestView; isReplay: boolean }> {
      requireCaseworker(actor);
      if (!isUuid(input.personId)) throw notFound('person.not-found', 'No such person.');
      requireNotInFuture(input.receivedAt, actor.now, {
        code: 'aid-request.received-in-future',
        title: 'The request cannot be received in the future.',
        path: '/receivedAt',
      });
      const receivedAt = new Date(input.receivedAt);
      if (input.transferredFrom && !isValidKbo(input.transferredFrom.kbo))
        throw invalid('kbo.invalid', 'The enterprise number of the transferring CPAS is invalid.', [
          { path: '/transferredFrom/kbo', code: 'kbo.invalid', message: 'invalid KBO/BCE number' },
        ]);
      const existingId = idempotencyKey ? await deps.repository(actor.tenant.db).idByIdempotencyKey(idempotencyKey) : undefined;
      if (existingId) {
        const view = await deps.withRequest(actor, existingId, { action: 'aid-request.read', mode: 'read' }, (tx, row) =>
          deps.view(tx, row, actor.now),
        );
        return { view, isReplay: true };
      }
      const view = await actor.tenant.db.transaction(async (tx) => {
        const repository = deps.repository(tx);
        if (!(await repository.isActivePerson(input.personId))) throw notFound('person.not-found', 'No such person.');
        if (!(await deps.readCode(tx, 'aid-kind', input.kind)))
          throw invalid('aid-request.unknown-kind', 'Unknown kind of aid request.', [
            { path: '/kind', code: 'not-allowed', message: 'not in the aid-kind code list' },
          ]);
        // Without an explicit list, the cohabitants are the registered members of the applicant's household (17-5, R19).
        const cohabitants = distinctCohabitants(
          input.personId,
          input.cohabitantIds ??
            (await repository.householdCohabitants(input.personId, input.transferredFrom?.receivedAt ?? isoDay(receivedAt))),
        );
        for (const [index, id] of cohabitants.entries()) {
          if (!isUuid(id) || !(await repository.isActivePerson(id)))
            throw invalid('aid-request.unknown-cohabitant', 'A cohabitant is not a registered person.', [
              { path: `/cohabitantIds/${index}`, code: 'unknown', message: 'no such person' },
            ]);
        }
        // R6: the acknowledgement is issued with the request itself, always — even when the CPAS
        // believes itself incompetent (organic law art. 58; domain §3.2).
        const sequence = await repository.nextAcknowledgementSequence();
        const originalDate = input.transferredFrom?.receivedAt ?? input.receivedAt.slice(0, 10);
        const row = await repository.insert({
          personId: input.personId,
          kind: input.kind,
          receivedAt,
          originalReceivedAt: originalDate,
          transferredFromKbo: input.transferredFrom?.kbo ?? null,
          acknowledgementNumber: acknowledgementNumber(receivedAt, sequence),
          acknowledgementIssuedAt: actor.now,
          isNewRisBeneficiary: input.isNewRisBeneficiary ?? input.kind === 'ris',
          createdBy: actor.user.id,
          idempotencyKey,
        });
        for (const id of cohabitants) await repository.addCohabitant(row.id, id);
        const isWorker = hasRole(actor, ['social-worker']);
        if (isWorker) await repository.selfAssign(row.id, actor.user.id);
        // Flow 1: 17-1 "file under examination" for the applicant, 17-5 for cohabitants (domain §2.3).
        await enqueueIntegration(tx, {
          requestId: row.id,
          personId: input.personId,
          role: 'applicant',
          qualityCode: '17-1',
          start: originalDate,
        });
        for (const id of cohabitants)
          await enqueueIntegration(tx, { requestId: row.id, personId: id, role: 'cohabitant', qualityCode: '17-5', start: originalDate });
        await appendAudit(tx, actor, {
          action: 'aid-request.create',
          recordType: 'aid-request',
          recordId: row.id,
          personId: input.personId,
        });
        if (!isWorker) {
          await repository.grant({
            requestId: row.id,
            userId: actor.user.id,
            reason: 'registered the request; assign a social worker',
            grantedBy: actor.user.id,
            expiresAt: new Date(actor.now.getTime() + 24 * 3600_000),
          });
        }
        return deps.view(tx, row, actor.now);
      });
      return { view, isReplay: false };
    },

    getRequest(actor: Actor, id: string): Promise<AidRequestView> {
      return deps.withRequest(actor, id, { action: 'aid-request.read', mode: 'read' }, (tx, row) => deps.view(tx, row, actor.now));
    },

    async listForPerson(actor: Actor, personId: string) {
      requireCaseworker(actor);
      if (!isUuid(personId)) return [];
      return actor.tenant.db.transaction(async (tx) => {
        const repository = deps.repository(tx);
        const rows = await repository.accessibleForPerson(personId, actor.user.id, actor.now);
        await appendAudit(tx, actor, { action: 'aid-request.list', recordType: 'person', recordId: personId, personId });
        const items = [];
        for (const row of rows) {
          const assignees = await repository.currentAssignees(row.id);
          const { deadlines } = await deps.deadlines(tx, row, today(actor));
          items.push({
            id: row.id,
            status: row.status,
            kind: row.kind,
            receivedAt: row.received_at.toISOString(),
            acknowledgementNumber: row.acknowledgement_number,
            assignedTo: assignees.map((a) => ({ id: a.id, displayName: a.display_name })),
            deadlines,
          });
        }
        return items;
      });
    },

    /** A supervisor (or admin) assigns a worker of the CPAS to a file. */
    async assign(actor: Actor, requestId: string, userId: string) {
      requireRole(actor, ['supervisor', 'admin'], 'access.role', 'Only a supervisor assigns files.');
      if (!isUuid(userId) || !isUuid(requestId)) throw notFound('aid-request.not-found', 'No such aid request.');
      return actor.tenant.db.transaction(async (tx) => {
        const repository = deps.repository(tx);
        const request = await repository.byId(requestId);
        if (!request) throw notFound('aid-request.not-found', 'No such aid request.');
        const workerRole = await repository.activeUserRole(userId);
        if (!workerRole || !isOneOf(workerRole, ['social-worker']))
          throw invalid('assignment.not-a-worker', 'Files are assigned to social workers.', [
            { path: '/userId', code: 'not-a-worker', message: 'not an active social worker' },
          ]);
        await repository.assign(requestId, userId, actor.user.id);
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
      const limits = await deps.readSetting(actor.tenant.db, 'access');
      if (input.hours > limits.grantMaxHours)
        throw invalid('grant.too-long', `A grant lasts at most ${limits.grantMaxHours} hours.`, [
          { path: '/hours', code: 'too-large', message: `at most ${limits.grantMaxHours}` },
        ]);
      return deps.withRequest(actor, requestId, { action: 'aid-request.grant-access', mode: 'write' }, async (tx, request) => {
        const repository = deps.repository(tx);
        if (!isUuid(input.userId) || (await repository.activeUserRole(input.userId)) === undefined) {
          throw invalid('grant.unknown-user', 'No such user.', [{ path: '/userId', code: 'unknown', message: 'no such user' }]);
        }
        const expiresAt = new Date(actor.now.getTime() + input.hours * 3600_000);
        const id = await repository.grant({
          requestId: request.id,
          userId: input.userId,
          reason: input.reason,
          grantedBy: actor.user.id,
          expiresAt,
        });
        return { id, userId: input.userId, expiresAt: expiresAt.toISOString() };
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
      return deps.withRequest(actor, requestId, { action: 'aid-request.transfer', mode: 'write' }, async (tx, request) => {
        requireTransferable(request);
        const rules = await deps.readSetting(tx, 'deadlines');
        const computed = computeDeadlines({ kind: 'social-aid', receivedAt: request.original_received_at, today: input.startedAt }, rules);
        const isOverdue = input.startedAt > computed.transferDue;
        const repository = deps.repository(tx);
        if (input.toKbo === actor.tenant.kbo)
          throw invalid('transfer.to-self', 'A request is transferred to another CPAS.', [
            { path: '/toKbo', code: 'transfer.to-self', message: 'this CPAS itself' },
          ]);
        const id = await repository.insertTransfer({ requestId: request.id, ...input, isOverdue, createdBy: actor.user.id });
        await repository.markTransferred(request.id, actor.now);
        await endIntegrations(tx, request.id, input.startedAt);
        // The request travels to the receiving CPAS through the hub (outbox; the person's data encrypted to it).
        const hubStatus = await deps.queueTransfer(tx, request, {
          id,
          toKbo: input.toKbo,
          reason: input.reason,
          startedAt: input.startedAt,
        });
        await appendAudit(tx, actor, {
          action: 'transfer.sent',
          recordType: 'aid-request',
          recordId: request.id,
          personId: request.person_id,
          reason: `to ${input.toKbo}`,
        });
        return {
          id,
          hubStatus,
          noticeLetter: `/api/v1/aid-requests/${request.id}/transfer/notice.pdf`,
          requestId: request.id,
          status: 'transferred',
          transferDue: computed.transferDue,
          isOverdue,
          originalReceivedAt: request.original_received_at,
        };
      });
    },

    /** R33: recorded before any consultation; the consultation checks it. */
    async recordPersonInformed(actor: Actor, requestId: string, input: { informedAt: string; method: string }) {
      requireNotInFuture(input.informedAt, actor.now, {
        code: 'person-informed.in-future',
        title: 'The person cannot have been informed in the future.',
        path: '/informedAt',
      });
      return deps.withRequest(actor, requestId, { action: 'person-informed.record', mode: 'write' }, async (tx, request) => {
        requireOpen(request);
        const row = await deps.repository(tx).insertPersonInformed(request.id, input.informedAt, input.method, actor.user.id);
        return { id: row.id, informedAt: row.informed_at.toISOString(), method: input.method, recordedAt: row.recorded_at.toISOString() };
      });
    },

    /** Closing ends the integrations (R21); the hub is told through the outbox. */
    async close(actor: Actor, requestId: string, input: { reason: string }) {
      return deps.withRequest(actor, requestId, { action: 'aid-request.close', mode: 'write' }, async (tx, request) => {
        requireOpen(request);
        const grace = await deps.readSetting(tx, 'integration');
        const repository = deps.repository(tx);
        await repository.close(request.id, actor.now, input.reason);
        await endIntegrations(tx, request.id, addDaysTo(actor.now, grace.graceDays));
        return deps.view(tx, (await repository.byId(request.id))!, actor.now);
      });
    },

    /**
     * Reopening (migration 0051): only a request closed without any decision, with a reason; it keeps
     * its original date (the decision deadline runs from it, R8) and its integrations are registered
     * again at the hub. Every other case is refused with the way the law gives instead (requireReopenable).
     */
    async reopen(actor: Actor, requestId: string, input: { reason: string }) {
      return deps.withRequest(actor, requestId, { action: 'aid-request.reopen', mode: 'write' }, async (tx, request) => {
        const facts = (await tx.one<{ purged_at: Date | null; report_signed: boolean | null }>(
          `SELECT r.purged_at, (SELECT s.signed_at IS NOT NULL FROM social_reports s WHERE s.request_id = r.id) AS report_signed
             FROM aid_requests r WHERE r.id = $1 FOR UPDATE`,
          [request.id],
        ))!;
        const decisions = await tx.query<{ kind: string; outcome: string }>('SELECT kind, outcome FROM decisions WHERE request_id = $1', [
          request.id,
        ]);
        requireReopenable({ status: request.status, purged_at: facts.purged_at }, decisions);
        const status = statusOnReopening(facts.report_signed === null ? null : { is_signed: facts.report_signed });
        await tx.query(
          `UPDATE aid_requests SET status = $2, closed_at = NULL, close_reason = NULL, reopened_at = $3, reopened_by = $4, reopen_reason = $5,
             updated_at = now() WHERE id = $1`,
          [request.id, status, actor.now, actor.user.id, input.reason.trim()],
        );
        if (request.closed_at) await reopenIntegrations(tx, request.id, isoDay(request.closed_at));
        const repository = deps.repository(tx);
        return deps.view(tx, (await repository.byId(request.id))!, actor.now);
      });
    },
  };
}

export type AidRequestService = ReturnType<typeof createAidRequestService>;
