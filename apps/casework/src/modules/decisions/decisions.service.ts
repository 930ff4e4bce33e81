/**
 * Decisions (R9), their notification (R10) and appeals (R12), and the letters sent to the person.
 * The coded fields (aid type, outcome, legal basis, motivation category) are what a shareable
 * summary may carry; the local motivation text goes to the person's letter and nowhere else.
 * Rules in decisions.ts, SQL in decisions.repository.ts; the dependencies are passed in.
 */
import { dayInBrussels } from '#platform/brussels-time.ts';
import { conflict, invalid, notFound } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import { isUuid, withRequest, type AidRequestRow } from '../access/index.ts';
import { deadlinesFor, requireOpen } from '../aid-requests/index.ts';
import { endApplicantIntegration, moveIntegration } from '../integrations/index.ts';
import { readCode } from '../../settings.ts';
import { readLetterParties, renderAcknowledgement, renderDecisionLetter } from '../letters/index.ts';
import { decisionRepository, type DecisionRepository } from './decisions.repository.ts';
import {
  decisionRef,
  isLateAppeal,
  movesIntegration,
  changeDecision,
  effectOnNotification,
  needsHearingFirst,
  requireAbsenceAppealDate,
  requireAppealDate,
  requireNotificationNotInFuture,
  requireOutcomeDate,
  requireRisCategoryFits,
  requireRunningAid,
  requireSignedReport,
  requireValidDates,
  toDecision,
  type AidChange,
  type AppealOutcome,
  type NewDecision,
} from './decisions.ts';

export type { AidChange, NewDecision } from './decisions.ts';

/** What the use cases need besides the actor; tests pass fakes. */
export type DecisionDeps = {
  repository: (db: Queryable) => DecisionRepository;
  withRequest: typeof withRequest;
  readCode: typeof readCode;
  deadlines: typeof deadlinesFor;
  moveIntegration: typeof moveIntegration;
  endApplicantIntegration: typeof endApplicantIntegration;
};

const realDeps: DecisionDeps = {
  repository: decisionRepository,
  withRequest,
  readCode,
  deadlines: deadlinesFor,
  moveIntegration,
  endApplicantIntegration,
};

export function createDecisionService(overrides: Partial<DecisionDeps> = {}) {
  const deps: DecisionDeps = { ...realDeps, ...overrides };
  const today = (actor: Actor) => dayInBrussels(actor.now);

  async function requireCode(tx: Queryable, list: string, code: string, path: string) {
    const found = await deps.readCode(tx, list, code);
    if (!found)
      throw invalid(`decision.unknown-${list}`, `Unknown ${list.replace('-', ' ')} "${code}".`, [
        { path, code: 'not-allowed', message: `not in the ${list} code list` },
      ]);
    return found;
  }

  async function requestIdOfDecision(actor: Actor, decisionId: string): Promise<string> {
    const requestId = isUuid(decisionId) ? await deps.repository(actor.tenant.db).requestIdOf(decisionId) : undefined;
    // An unknown decision answers like an invisible one; withRequest audits the attempt.
    return requestId ?? '00000000-0000-0000-0000-000000000000';
  }

  /**
   * The decision rules on a request already checked and locked by the caller (the file's worker through
   * `withRequest`, or the committee's secretary for an item on a session's agenda, R24).
   */
  async function decideIn(tx: Queryable, actor: Actor, request: AidRequestRow, input: NewDecision) {
    requireOpen(request);
    const repository = deps.repository(tx);
    await requireCode(tx, 'deciding-body', input.body, '/body');
    const aidKind = await requireCode(tx, 'aid-kind', input.aidType, '/aidType');
    await requireCode(tx, 'legal-basis', input.legalBasis, '/legalBasis');
    await requireCode(tx, 'motivation-category', input.motivationCategory, '/motivationCategory');
    requireValidDates(input, today(actor));
    requireRisCategoryFits(input);
    requireSignedReport(await repository.isReportSigned(request.id), input.body);
    if (needsHearingFirst(input) && (await repository.hasPendingHearing(request.id)))
      throw conflict('decision.hearing-pending', 'The person asked to be heard: hold the hearing before refusing RIS.');
    const ref = decisionRef(input.decidedAt, await repository.nextSequence());
    const row = await repository.insert(ref, request.id, input, actor.user.id);
    await repository.setRequestStatus(request.id, 'decided');
    if (movesIntegration(input.outcome) && (input.kind ?? 'initial') === 'initial') {
      await deps.moveIntegration(tx, request.id, String(aidKind.attributes.qualityCode ?? '17-4'), input.decidedAt);
    }
    const { deadlines } = await deps.deadlines(tx, await repository.request(request.id), today(actor));
    return { ...toDecision(row), deadlines };
  }

  return {
    decideIn,

    async recordDecision(actor: Actor, requestId: string, input: NewDecision) {
      return deps.withRequest(actor, requestId, { action: 'decision.create', mode: 'write', recordType: 'decision' }, (tx, request) =>
        decideIn(tx, actor, request, input),
      );
    },

    async getDecision(actor: Actor, decisionId: string) {
      const requestId = await requestIdOfDecision(actor, decisionId);
      return deps.withRequest(
        actor,
        requestId,
        { action: 'decision.read', mode: 'read', recordType: 'decision', recordId: decisionId },
        async (tx) => {
          const repository = deps.repository(tx);
          const row = await repository.byId(decisionId);
          const changes = await repository.changes(decisionId);
          return {
            ...toDecision(row!, await repository.notification(decisionId)),
            // The revisions, suspensions and stop of this aid, oldest first.
            changes: changes.map((c) => ({
              id: c.id,
              ref: c.ref,
              kind: c.kind,
              decidedAt: c.decided_at,
              period: c.period_from ? { from: c.period_from, to: c.period_to } : null,
            })),
          };
        },
      );
    },

    /**
     * Revision, suspension or stop of an ongoing aid: a decision of its own (R9: motivated, with a
     * legal basis; R10–R12: notified, with its letter and appeal window) naming the decision that
     * granted the aid. A revision or a stop ends that aid the day before it takes effect.
     */
    async reviseAid(actor: Actor, decisionId: string, change: AidChange) {
      const requestId = await requestIdOfDecision(actor, decisionId);
      return deps.withRequest(
        actor,
        requestId,
        { action: `decision.${change.kind}`, mode: 'write', recordType: 'decision', recordId: decisionId },
        async (tx, request) => {
          const repository = deps.repository(tx);
          const target = (await repository.lockById(decisionId))!;
          requireRunningAid(target, change, await repository.isStopped(target.id));
          if (change.risCategory) requireRisCategoryFits({ aidType: target.aid_type, risCategory: change.risCategory });
          // The earlier aid ends, and the hub hears of a stop, when this decision is notified (effectOnNotification).
          const { decision } = changeDecision(target, change);
          return decideIn(tx, actor, request, decision);
        },
      );
    },

    /** R10: notification by registered letter or against receipt within 8 days; starts the appeal window. */
    async recordNotification(actor: Actor, decisionId: string, input: { sentAt: string; method: string; proofRef?: string }) {
      const requestId = await requestIdOfDecision(actor, decisionId);
      return deps.withRequest(
        actor,
        requestId,
        { action: 'decision.notify', mode: 'write', recordType: 'decision', recordId: decisionId },
        async (tx, request) => {
          const repository = deps.repository(tx);
          await requireCode(tx, 'notification-method', input.method, '/method');
          const decision = await repository.byId(decisionId);
          if (input.sentAt < decision!.decided_at)
            throw invalid('notification.before-decision', 'A decision cannot be notified before it is taken.', [
              { path: '/sentAt', code: 'before-decision', message: 'must not be before the decision date' },
            ]);
          requireNotificationNotInFuture(input.sentAt, today(actor));
          if (await repository.isNotified(decisionId)) throw conflict('notification.exists', 'This decision has already been notified.');
          await repository.insertNotification(decisionId, input, actor.user.id);
          if (request.status === 'decided') await repository.setRequestStatus(request.id, 'notified');
          // A revision or a stop takes effect now (R10): the earlier aid ends the day before; for a stop the hub is
          // told (outbox `integration`, in this transaction) that the applicant's integration ends that day.
          const effect = effectOnNotification(decision!);
          if (effect.endsAid) await repository.endAidOn(effect.endsAid.decisionId, effect.endsAid.on);
          if (effect.endsIntegrationFrom) await deps.endApplicantIntegration(tx, request.id, effect.endsIntegrationFrom);
          const { deadlines } = await deps.deadlines(tx, await repository.request(request.id), today(actor));
          return {
            decisionId,
            sentAt: input.sentAt,
            method: input.method,
            proofRef: input.proofRef ?? null,
            appealDeadline: deadlines.appealDeadline,
          };
        },
      );
    },

    /**
     * R10/R12: a notification entered wrongly (date, method, proof) is corrected with a reason; the
     * earlier values are kept, the correction is audited, and the appeal deadline is recomputed from
     * the corrected date.
     */
    async correctNotification(
      actor: Actor,
      decisionId: string,
      input: { sentAt: string; method: string; proofRef?: string; reason: string },
    ) {
      const requestId = await requestIdOfDecision(actor, decisionId);
      return deps.withRequest(
        actor,
        requestId,
        { action: 'decision.notification-correct', mode: 'write', recordType: 'decision', recordId: decisionId },
        async (tx, request) => {
          const repository = deps.repository(tx);
          await requireCode(tx, 'notification-method', input.method, '/method');
          const decision = (await repository.byId(decisionId))!;
          if (input.sentAt < decision.decided_at)
            throw invalid('notification.before-decision', 'A decision cannot be notified before it is taken.', [
              { path: '/sentAt', code: 'before-decision', message: 'must not be before the decision date' },
            ]);
          requireNotificationNotInFuture(input.sentAt, today(actor));
          const previous = await repository.notification(decisionId);
          if (!previous) throw conflict('notification.missing', 'This decision has not been notified yet: record the notification first.');
          await repository.correctNotification(decisionId, previous, input, actor.user.id);
          const { deadlines } = await deps.deadlines(tx, await repository.request(request.id), today(actor));
          return {
            decisionId,
            sentAt: input.sentAt,
            method: input.method,
            proofRef: input.proofRef ?? null,
            appealDeadline: deadlines.appealDeadline,
            previous: { sentAt: previous.sent_at, method: previous.method, proofRef: previous.proof_ref },
          };
        },
      );
    },

    /** R12: internal review, labour-court appeal, or appeal against the absence of a decision. */
    async recordAppeal(actor: Actor, decisionId: string, input: { kind: 'internal-review' | 'labour-court'; filedAt: string }) {
      const requestId = await requestIdOfDecision(actor, decisionId);
      return deps.withRequest(
        actor,
        requestId,
        { action: 'appeal.create', mode: 'write', recordType: 'decision', recordId: decisionId },
        async (tx, request) => {
          const repository = deps.repository(tx);
          requireAppealDate(input.filedAt, (await repository.byId(decisionId))!.decided_at, today(actor));
          const { deadlines } = await deps.deadlines(tx, request, today(actor));
          const id = await repository.insertAppeal(decisionId, request.id, input, actor.user.id);
          if (input.kind === 'labour-court') await repository.markContested(decisionId);
          return {
            id,
            decisionId,
            kind: input.kind,
            filedAt: input.filedAt,
            outcome: 'pending',
            appealDeadline: deadlines.appealDeadline,
            isLate: isLateAppeal(input.filedAt, deadlines.appealDeadline),
          };
        },
      );
    },

    /**
     * R12: an appeal to the labour court against the absence of a decision, once the decision deadline
     * (30 days for RIS, one month for social aid) has passed without a decision on the request.
     */
    async recordAbsenceAppeal(actor: Actor, requestId: string, input: { filedAt: string }) {
      return deps.withRequest(
        actor,
        requestId,
        { action: 'appeal.create', mode: 'write', recordType: 'aid-request' },
        async (tx, request) => {
          const repository = deps.repository(tx);
          if (await repository.hasDecision(request.id))
            throw conflict('appeal.decision-exists', 'A decision was taken on this request: the appeal is against that decision.');
          const { deadlines } = await deps.deadlines(tx, request, today(actor));
          requireAbsenceAppealDate(input.filedAt, deadlines.decisionDue, today(actor));
          const id = await repository.insertAppeal(
            null,
            request.id,
            { kind: 'absence-of-decision', filedAt: input.filedAt },
            actor.user.id,
          );
          return {
            id,
            decisionId: null,
            kind: 'absence-of-decision',
            filedAt: input.filedAt,
            outcome: 'pending',
            decisionDue: deadlines.decisionDue,
          };
        },
      );
    },

    /** R12: the appeals of a request (against its decisions or the absence of one), with their outcome. */
    async listAppeals(actor: Actor, requestId: string) {
      return deps.withRequest(actor, requestId, { action: 'appeal.list', mode: 'read', recordType: 'aid-request' }, async (tx, request) => {
        const { deadlines } = await deps.deadlines(tx, request, today(actor));
        const rows = await deps.repository(tx).appeals(request.id);
        return {
          appealDeadline: deadlines.appealDeadline,
          decisionDue: deadlines.decisionDue,
          items: rows.map((row) => ({
            id: row.id,
            decisionId: row.decision_id,
            decisionRef: row.decision_ref,
            kind: row.kind,
            filedAt: row.filed_at,
            outcome: row.outcome,
            outcomeAt: row.outcome_at,
            isLate: row.kind === 'labour-court' ? isLateAppeal(row.filed_at, row.appeal_deadline) : false,
          })),
        };
      });
    },

    /** R12: the outcome of an internal review or of the labour court (upheld, annulled, reformed, withdrawn). */
    async recordAppealOutcome(actor: Actor, requestId: string, appealId: string, input: { outcome: AppealOutcome; outcomeAt: string }) {
      return deps.withRequest(
        actor,
        requestId,
        { action: 'appeal.outcome', mode: 'write', recordType: 'appeal', recordId: appealId.slice(0, 64) },
        async (tx, request) => {
          const repository = deps.repository(tx);
          const appeal = isUuid(appealId) ? await repository.appeal(appealId, request.id) : undefined;
          if (!appeal) throw notFound('appeal.not-found', 'No such appeal on this request.');
          if (appeal.outcome !== null && appeal.outcome !== 'pending')
            throw conflict('appeal.decided', 'The outcome of this appeal is already recorded.');
          requireOutcomeDate(input.outcomeAt, appeal.filed_at, today(actor));
          await repository.setAppealOutcome(appeal.id, input);
          return { id: appeal.id, decisionId: appeal.decision_id, kind: appeal.kind, filedAt: appeal.filed_at, ...input };
        },
      );
    },

    async renderLetter(actor: Actor, decisionId: string, language: 'fr' | 'nl' | 'de' | undefined): Promise<Buffer> {
      const requestId = await requestIdOfDecision(actor, decisionId);
      return deps.withRequest(
        actor,
        requestId,
        { action: 'decision.letter.print', mode: 'read', recordType: 'decision', recordId: decisionId },
        async (tx, request) => {
          const repository = deps.repository(tx);
          const decision = (await repository.byId(decisionId))!;
          // The postal address, the signature block, the court by district and the contact worker (issue 11).
          const parties = await readLetterParties(tx, { personId: request.person_id, requestId: request.id, userId: actor.user.id });
          const notification = await repository.notification(decisionId);
          const letterLanguage = language ?? parties.personLanguage;
          return renderDecisionLetter({
            language: letterLanguage,
            institution: parties.institution,
            person: parties.person(letterLanguage),
            ...(parties.worker ? { worker: parties.worker } : {}),
            decision: {
              ref: decision.ref,
              decidedAt: decision.decided_at,
              body: decision.body,
              aidType: decision.aid_type,
              outcome: decision.outcome,
              amountCents: decision.amount_cents ?? undefined,
              period: decision.period_from ? { from: decision.period_from, to: decision.period_to ?? undefined } : undefined,
              legalBasis: decision.legal_basis,
              motivationCategory: decision.motivation_category,
              motivationText: decision.motivation_text ?? undefined,
              kind: decision.kind,
              risCategory: decision.ris_category ?? undefined,
            },
            acknowledgementNumber: request.acknowledgement_number,
            receivedAt: request.original_received_at,
            notifiedAt: notification?.sent_at ?? null,
            generatedAt: actor.now.toISOString(),
          });
        },
      );
    },

    async renderAcknowledgement(actor: Actor, requestId: string, language: 'fr' | 'nl' | 'de' | undefined): Promise<Buffer> {
      if (!isUuid(requestId)) throw notFound('aid-request.not-found', 'No such aid request.');
      return deps.withRequest(actor, requestId, { action: 'acknowledgement.print', mode: 'read' }, async (tx, request) => {
        const parties = await readLetterParties(tx, { personId: request.person_id, requestId: request.id, userId: actor.user.id });
        const { deadlines } = await deps.deadlines(tx, request, today(actor));
        const letterLanguage = language ?? parties.personLanguage;
        return renderAcknowledgement({
          language: letterLanguage,
          institution: parties.institution,
          person: parties.person(letterLanguage),
          ...(parties.worker ? { worker: parties.worker } : {}),
          number: request.acknowledgement_number,
          receivedAt: request.received_at.toISOString(),
          // A transferred request keeps the date it was first received elsewhere (R7): the letter says so.
          ...(request.original_received_at && request.original_received_at.slice(0, 10) !== request.received_at.toISOString().slice(0, 10)
            ? { originalReceivedAt: request.original_received_at }
            : {}),
          kind: request.kind,
          decisionDue: deadlines.decisionDue,
          generatedAt: actor.now.toISOString(),
        });
      });
    },
  };
}

export type DecisionService = ReturnType<typeof createDecisionService>;
