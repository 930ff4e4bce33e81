/**
 * Decisions (R9), their notification (R10) and appeals (R12), and the letters sent to the person.
 * The coded fields (aid type, outcome, legal basis, motivation category) are what a shareable
 * summary may carry; the local motivation text goes to the person's letter and nowhere else.
 */
import { conflict, invalid, notFound } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import { isUuid, withRequest, type AidRequestRow } from '../access/index.ts';
import { deadlinesFor, requireOpen } from '../aid-requests/index.ts';
import { moveIntegration } from '../integrations/index.ts';
import { readCode } from '../../settings.ts';
import { renderAcknowledgement, renderDecisionLetter } from '../letters/index.ts';

export type NewDecision = {
  decidedAt: string;
  body: string;
  aidType: string;
  outcome: 'granted' | 'refused' | 'partial' | 'withdrawn';
  amountCents?: number;
  period?: { from: string; to?: string };
  legalBasis: string;
  motivationCategory: string;
  motivationText?: string;
};

type DecisionRow = {
  id: string;
  ref: string;
  request_id: string;
  decided_at: string;
  body: string;
  aid_type: string;
  outcome: NewDecision['outcome'];
  amount_cents: number | null;
  period_from: string | null;
  period_to: string | null;
  legal_basis: string;
  motivation_category: string;
  motivation_text: string | null;
  status: string;
  created_at: Date;
};

function toDecision(row: DecisionRow, notification?: { sent_at: string; method: string; proof_ref: string | null } | null) {
  return {
    id: row.id,
    ref: row.ref,
    requestId: row.request_id,
    decidedAt: row.decided_at,
    body: row.body,
    aidType: row.aid_type,
    outcome: row.outcome,
    amountCents: row.amount_cents,
    period: row.period_from ? { from: row.period_from, to: row.period_to } : null,
    legalBasis: row.legal_basis,
    motivationCategory: row.motivation_category,
    motivationText: row.motivation_text,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    notification: notification ? { sentAt: notification.sent_at, method: notification.method, proofRef: notification.proof_ref } : null,
  };
}

async function requireCode(tx: Queryable, list: string, code: string, path: string) {
  const found = await readCode(tx, list, code);
  if (!found)
    throw invalid(`decision.unknown-${list}`, `Unknown ${list.replace('-', ' ')} "${code}".`, [
      { path, code: 'not-allowed', message: `not in the ${list} code list` },
    ]);
  return found;
}

const today = (actor: Actor) => actor.now.toISOString().slice(0, 10);

async function requestIdOfDecision(actor: Actor, decisionId: string): Promise<string> {
  const row = isUuid(decisionId)
    ? await actor.tenant.db.one<{ request_id: string }>('SELECT request_id FROM decisions WHERE id = $1', [decisionId])
    : undefined;
  // An unknown decision answers like an invisible one; withRequest audits the attempt.
  return row?.request_id ?? '00000000-0000-0000-0000-000000000000';
}

export function createDecisionService() {
  return {
    async recordDecision(actor: Actor, requestId: string, input: NewDecision) {
      return withRequest(actor, requestId, { action: 'decision.create', mode: 'write', recordType: 'decision' }, async (tx, request) => {
        requireOpen(request);
        await requireCode(tx, 'deciding-body', input.body, '/body');
        const aidKind = await requireCode(tx, 'aid-kind', input.aidType, '/aidType');
        await requireCode(tx, 'legal-basis', input.legalBasis, '/legalBasis');
        await requireCode(tx, 'motivation-category', input.motivationCategory, '/motivationCategory');
        if (input.period?.to && input.period.to < input.period.from)
          throw invalid('decision.period-invalid', 'The period ends before it starts.', [
            { path: '/period/to', code: 'before-start', message: 'must not be before period.from' },
          ]);
        if (input.decidedAt > today(actor))
          throw invalid('decision.in-future', 'A decision cannot be dated in the future.', [
            { path: '/decidedAt', code: 'in-future', message: 'must not be in the future' },
          ]);
        const report = await tx.one<{ signed_at: Date | null }>('SELECT signed_at FROM social_reports WHERE request_id = $1', [request.id]);
        // Findings not in a signed report are only "information" (domain §3.3, [S43]); only the
        // president deciding in urgency may decide before the report is signed.
        if (!report?.signed_at && input.body !== 'president-urgency')
          throw conflict('decision.report-not-signed', 'Sign the social report before the decision is recorded.');
        // R11 (RIS law art. 20): a RIS refusal is not final while a requested hearing has not taken place.
        if (input.aidType === 'ris' && input.outcome === 'refused') {
          const pending = await tx.one('SELECT 1 FROM hearings WHERE request_id = $1 AND held_at IS NULL', [request.id]);
          if (pending) throw conflict('decision.hearing-pending', 'The person asked to be heard: hold the hearing before refusing RIS.');
        }
        const sequence = await tx.one<{ n: number }>(`SELECT nextval('decision_numbers') AS n`);
        const ref = `D-${input.decidedAt.slice(0, 4)}-${String(sequence!.n).padStart(6, '0')}`;
        const row = await tx.one<DecisionRow>(
          `INSERT INTO decisions (ref, request_id, decided_at, body, aid_type, outcome, amount_cents, period_from, period_to, legal_basis,
             motivation_category, motivation_text, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *`,
          [
            ref,
            request.id,
            input.decidedAt,
            input.body,
            input.aidType,
            input.outcome,
            input.amountCents ?? null,
            input.period?.from ?? null,
            input.period?.to ?? null,
            input.legalBasis,
            input.motivationCategory,
            input.motivationText ?? null,
            actor.user.id,
          ],
        );
        await tx.query(`UPDATE aid_requests SET status = 'decided', updated_at = now() WHERE id = $1`, [request.id]);
        if (input.outcome === 'granted' || input.outcome === 'partial') {
          await moveIntegration(tx, request.id, String(aidKind.attributes.qualityCode ?? '17-4'), input.decidedAt);
        }
        const updated = await tx.one<AidRequestRow>('SELECT * FROM aid_requests WHERE id = $1', [request.id]);
        const { deadlines } = await deadlinesFor(tx, updated!, today(actor));
        return { ...toDecision(row!), deadlines };
      });
    },

    async getDecision(actor: Actor, decisionId: string) {
      const requestId = await requestIdOfDecision(actor, decisionId);
      return withRequest(
        actor,
        requestId,
        { action: 'decision.read', mode: 'read', recordType: 'decision', recordId: decisionId },
        async (tx) => {
          const row = await tx.one<DecisionRow>('SELECT * FROM decisions WHERE id = $1', [decisionId]);
          const notification = await tx.one<{ sent_at: string; method: string; proof_ref: string | null }>(
            'SELECT sent_at, method, proof_ref FROM notifications WHERE decision_id = $1',
            [decisionId],
          );
          return toDecision(row!, notification);
        },
      );
    },

    /** R10: notification by registered letter or against receipt within 8 days; starts the appeal window. */
    async recordNotification(actor: Actor, decisionId: string, input: { sentAt: string; method: string; proofRef?: string }) {
      const requestId = await requestIdOfDecision(actor, decisionId);
      return withRequest(
        actor,
        requestId,
        { action: 'decision.notify', mode: 'write', recordType: 'decision', recordId: decisionId },
        async (tx, request) => {
          await requireCode(tx, 'notification-method', input.method, '/method');
          const decision = await tx.one<DecisionRow>('SELECT * FROM decisions WHERE id = $1', [decisionId]);
          if (input.sentAt < decision!.decided_at)
            throw invalid('notification.before-decision', 'A decision cannot be notified before it is taken.', [
              { path: '/sentAt', code: 'before-decision', message: 'must not be before the decision date' },
            ]);
          if (await tx.one('SELECT 1 FROM notifications WHERE decision_id = $1', [decisionId]))
            throw conflict('notification.exists', 'This decision has already been notified.');
          await tx.query('INSERT INTO notifications (decision_id, sent_at, method, proof_ref, created_by) VALUES ($1, $2, $3, $4, $5)', [
            decisionId,
            input.sentAt,
            input.method,
            input.proofRef ?? null,
            actor.user.id,
          ]);
          if (request.status === 'decided')
            await tx.query(`UPDATE aid_requests SET status = 'notified', updated_at = now() WHERE id = $1`, [request.id]);
          const updated = await tx.one<AidRequestRow>('SELECT * FROM aid_requests WHERE id = $1', [request.id]);
          const { deadlines } = await deadlinesFor(tx, updated!, today(actor));
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

    /** R12: internal review, labour-court appeal, or appeal against the absence of a decision. */
    async recordAppeal(actor: Actor, decisionId: string, input: { kind: 'internal-review' | 'labour-court'; filedAt: string }) {
      const requestId = await requestIdOfDecision(actor, decisionId);
      return withRequest(
        actor,
        requestId,
        { action: 'appeal.create', mode: 'write', recordType: 'decision', recordId: decisionId },
        async (tx, request) => {
          const { deadlines } = await deadlinesFor(tx, request, today(actor));
          const row = await tx.one<{ id: string }>(
            `INSERT INTO appeals (decision_id, request_id, kind, filed_at, outcome, created_by) VALUES ($1, $2, $3, $4, 'pending', $5) RETURNING id`,
            [decisionId, request.id, input.kind, input.filedAt, actor.user.id],
          );
          if (input.kind === 'labour-court')
            await tx.query(`UPDATE decisions SET status = 'contested' WHERE id = $1 AND status = 'final'`, [decisionId]);
          const isLate = deadlines.appealDeadline !== null && input.filedAt > deadlines.appealDeadline;
          return {
            id: row!.id,
            decisionId,
            kind: input.kind,
            filedAt: input.filedAt,
            outcome: 'pending',
            appealDeadline: deadlines.appealDeadline,
            isLate,
          };
        },
      );
    },

    async renderLetter(actor: Actor, decisionId: string, language: 'fr' | 'nl' | 'de' | undefined): Promise<Buffer> {
      const requestId = await requestIdOfDecision(actor, decisionId);
      return withRequest(
        actor,
        requestId,
        { action: 'decision.letter.print', mode: 'read', recordType: 'decision', recordId: decisionId },
        async (tx, request) => {
          const decision = await tx.one<DecisionRow>('SELECT * FROM decisions WHERE id = $1', [decisionId]);
          const person = await tx.one<{ family_name: string; given_names: string; language: 'fr' | 'nl' | 'de' }>(
            'SELECT family_name, given_names, language FROM persons WHERE id = $1',
            [request.person_id],
          );
          const institution = await tx.one<{
            name: string;
            kbo: string;
            address: string | null;
            service_phone: string | null;
            service_email: string | null;
            labour_court: string | null;
          }>('SELECT * FROM institution');
          const notification = await tx.one<{ sent_at: string }>('SELECT sent_at FROM notifications WHERE decision_id = $1', [decisionId]);
          return renderDecisionLetter({
            language: language ?? person!.language,
            institution: {
              name: institution!.name,
              kbo: institution!.kbo,
              address: institution!.address ?? undefined,
              labourCourt: institution!.labour_court ?? undefined,
              serviceContact: { phone: institution!.service_phone ?? undefined, email: institution!.service_email ?? undefined },
            },
            person: { familyName: person!.family_name, givenNames: person!.given_names },
            decision: {
              ref: decision!.ref,
              decidedAt: decision!.decided_at,
              body: decision!.body,
              aidType: decision!.aid_type,
              outcome: decision!.outcome,
              amountCents: decision!.amount_cents ?? undefined,
              period: decision!.period_from ? { from: decision!.period_from, to: decision!.period_to ?? undefined } : undefined,
              legalBasis: decision!.legal_basis,
              motivationCategory: decision!.motivation_category,
              motivationText: decision!.motivation_text ?? undefined,
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
      return withRequest(actor, requestId, { action: 'acknowledgement.print', mode: 'read' }, async (tx, request) => {
        const person = await tx.one<{ family_name: string; given_names: string; language: 'fr' | 'nl' | 'de' }>(
          'SELECT family_name, given_names, language FROM persons WHERE id = $1',
          [request.person_id],
        );
        const institution = await tx.one<{
          name: string;
          kbo: string;
          address: string | null;
          service_phone: string | null;
          service_email: string | null;
        }>('SELECT * FROM institution');
        const { deadlines } = await deadlinesFor(tx, request, today(actor));
        return renderAcknowledgement({
          language: language ?? person!.language,
          institution: {
            name: institution!.name,
            kbo: institution!.kbo,
            address: institution!.address ?? undefined,
            serviceContact: { phone: institution!.service_phone ?? undefined, email: institution!.service_email ?? undefined },
          },
          person: { familyName: person!.family_name, givenNames: person!.given_names },
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
