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
           motivation_category, motivation_text, created_by) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING *`,
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
    insertAppeal: async (decisionId: string, requestId: string, input: { kind: string; filedAt: string }, createdBy: string) =>
      (await db.one<{ id: string }>(
        `INSERT INTO appeals (decision_id, request_id, kind, filed_at, outcome, created_by) VALUES ($1, $2, $3, $4, 'pending', $5) RETURNING id`,
        [decisionId, requestId, input.kind, input.filedAt, createdBy],
      ))!.id,
    markContested: (decisionId: string) =>
      db.query(`UPDATE decisions SET status = 'contested' WHERE id = $1 AND status = 'final'`, [decisionId]),
    personName: async (personId: string) =>
      (await db.one<PersonNameRow>('SELECT family_name, given_names, language FROM persons WHERE id = $1', [personId]))!,
    institution: () => readInstitution(db),
  };
}

export type DecisionRepository = ReturnType<typeof decisionRepository>;
