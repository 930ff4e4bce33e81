/** The SQL of the decision use cases, on a connection or a transaction. */
import type { Queryable } from '#platform/db.ts';
import { readInstitution } from '../../institution.ts';
import type { AidRequestRow } from '../access/index.ts';
import type { DecisionRow, NewDecision, NotificationRow } from './decisions.ts';

export type PersonNameRow = { family_name: string; given_names: string; language: 'fr' | 'nl' | 'de' };

export function decisionRepository(db: Queryable) {
  return {
    requestIdOf: async (decisionId: string) =>
      (await db.one<{ request_id: string }>('SELECT request_id FROM decisions WHERE id = $1', [decisionId]))?.request_id,
    byId: (decisionId: string) => db.one<DecisionRow>('SELECT * FROM decisions WHERE id = $1', [decisionId]),
    notification: (decisionId: string) =>
      db.one<NotificationRow>('SELECT sent_at, method, proof_ref FROM notifications WHERE decision_id = $1', [decisionId]),
    isReportSigned: async (requestId: string) =>
      Boolean(
        (await db.one<{ signed_at: Date | null }>('SELECT signed_at FROM social_reports WHERE request_id = $1', [requestId]))?.signed_at,
      ),
    hasPendingHearing: async (requestId: string) =>
      (await db.one('SELECT 1 FROM hearings WHERE request_id = $1 AND held_at IS NULL AND not_held_at IS NULL', [requestId])) !== undefined,
    nextSequence: async () => (await db.one<{ n: number }>(`SELECT nextval('decision_numbers') AS n`))!.n,
    insert: async (ref: string, requestId: string, input: NewDecision, createdBy: string) =>
      (await db.one<DecisionRow>(
        `INSERT INTO decisions (ref, request_id, decided_at, body, aid_type, outcome, amount_cents, period_from, period_to, legal_basis,
           motivation_category, motivation_text, created_by, kind, revises_id, ris_category)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16) RETURNING *`,
        [
          ref,
          requestId,
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
          createdBy,
          input.kind ?? 'initial',
          input.revisesId ?? null,
          input.risCategory ?? null,
        ],
      ))!,
    setRequestStatus: (requestId: string, status: 'decided' | 'notified') =>
      db.query(`UPDATE aid_requests SET status = $2, updated_at = now() WHERE id = $1`, [requestId, status]),
    request: async (requestId: string) => (await db.one<AidRequestRow>('SELECT * FROM aid_requests WHERE id = $1', [requestId]))!,
    isNotified: async (decisionId: string) =>
      (await db.one('SELECT 1 FROM notifications WHERE decision_id = $1', [decisionId])) !== undefined,
    insertNotification: (decisionId: string, input: { sentAt: string; method: string; proofRef?: string }, createdBy: string) =>
      db.query('INSERT INTO notifications (decision_id, sent_at, method, proof_ref, created_by) VALUES ($1, $2, $3, $4, $5)', [
        decisionId,
        input.sentAt,
        input.method,
        input.proofRef ?? null,
        createdBy,
      ]),
    correctNotification: async (
      decisionId: string,
      previous: NotificationRow,
      input: { sentAt: string; method: string; proofRef?: string; reason: string },
      correctedBy: string,
    ) => {
      await db.query(
        `INSERT INTO notification_corrections (decision_id, previous_sent_at, previous_method, previous_proof_ref, reason, corrected_by)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [decisionId, previous.sent_at, previous.method, previous.proof_ref, input.reason.trim(), correctedBy],
      );
      await db.query('UPDATE notifications SET sent_at = $2, method = $3, proof_ref = $4 WHERE decision_id = $1', [
        decisionId,
        input.sentAt,
        input.method,
        input.proofRef ?? null,
      ]);
    },
    hasDecision: async (requestId: string) =>
      (await db.one(`SELECT 1 FROM decisions WHERE request_id = $1 AND status <> 'annulled'`, [requestId])) !== undefined,
    appeals: (requestId: string) =>
      db.query<{
        id: string;
        decision_id: string | null;
        decision_ref: string | null;
        kind: string;
        filed_at: string;
        outcome: string | null;
        outcome_at: string | null;
        appeal_deadline: string | null;
      }>(
        `SELECT a.id, a.decision_id, d.ref AS decision_ref, a.kind, a.filed_at, a.outcome, a.outcome_at,
                (n.sent_at + interval '3 months')::date::text AS appeal_deadline
           FROM appeals a LEFT JOIN decisions d ON d.id = a.decision_id LEFT JOIN notifications n ON n.decision_id = a.decision_id
          WHERE a.request_id = $1 ORDER BY a.filed_at, a.created_at`,
        [requestId],
      ),
    appeal: (appealId: string, requestId: string) =>
      db.one<{ id: string; decision_id: string | null; kind: string; filed_at: string; outcome: string | null }>(
        'SELECT id, decision_id, kind, filed_at, outcome FROM appeals WHERE id = $1 AND request_id = $2 FOR UPDATE',
        [appealId, requestId],
      ),
    setAppealOutcome: (appealId: string, input: { outcome: string; outcomeAt: string }) =>
      db.query('UPDATE appeals SET outcome = $2, outcome_at = $3 WHERE id = $1', [appealId, input.outcome, input.outcomeAt]),
    insertAppeal: async (decisionId: string | null, requestId: string, input: { kind: string; filedAt: string }, createdBy: string) =>
      (await db.one<{ id: string }>(
        `INSERT INTO appeals (decision_id, request_id, kind, filed_at, outcome, created_by) VALUES ($1, $2, $3, $4, 'pending', $5) RETURNING id`,
        [decisionId, requestId, input.kind, input.filedAt, createdBy],
      ))!.id,
    markContested: (decisionId: string) =>
      db.query(`UPDATE decisions SET status = 'contested' WHERE id = $1 AND status = 'final'`, [decisionId]),
    lockById: (decisionId: string) => db.one<DecisionRow>('SELECT * FROM decisions WHERE id = $1 FOR UPDATE', [decisionId]),
    isStopped: async (decisionId: string) =>
      (await db.one(`SELECT 1 FROM decisions WHERE revises_id = $1 AND kind = 'stop' AND status <> 'annulled'`, [decisionId])) !==
      undefined,
    endAidOn: (decisionId: string, day: string) =>
      db.query('UPDATE decisions SET period_to = $2 WHERE id = $1 AND (period_to IS NULL OR period_to > $2)', [decisionId, day]),
    changes: (decisionId: string) =>
      db.query<{ id: string; ref: string; kind: string; decided_at: string; period_from: string | null; period_to: string | null }>(
        `SELECT id, ref, kind, decided_at, period_from, period_to FROM decisions WHERE revises_id = $1 ORDER BY decided_at, created_at`,
        [decisionId],
      ),
    personName: async (personId: string) =>
      (await db.one<PersonNameRow>('SELECT family_name, given_names, language FROM persons WHERE id = $1', [personId]))!,
    institution: () => readInstitution(db),
  };
}

export type DecisionRepository = ReturnType<typeof decisionRepository>;
