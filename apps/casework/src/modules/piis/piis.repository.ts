/** The SQL of the PIIS (migration 0026). Inserting a contract sets aid_requests.piis_signed_at (trigger). */
import type { Queryable } from '#platform/db.ts';

type ContractRow = { id: string; signed_at: string; kind: string; duration_months: number | null; created_at: Date };
type ObjectiveRow = {
  id: string;
  position: number;
  text: string;
  added_by_amendment: string | null;
  withdrawn_by_amendment: string | null;
};
type EvaluationRow = { id: string; evaluated_at: string; outcome: string; summary: string | null; created_at: Date };
type AmendmentRow = { id: string; signed_at: string; reason: string; created_at: Date };

export function piisRepository(db: Queryable) {
  return {
    current: (requestId: string) =>
      db.one<ContractRow>(
        'SELECT id, signed_at, kind, duration_months, created_at FROM piis_contracts WHERE request_id = $1 AND ended_at IS NULL FOR UPDATE',
        [requestId],
      ),
    insertContract: async (c: { requestId: string; signedAt: string; kind: string; durationMonths: number | null; createdBy: string }) =>
      (await db.one<ContractRow>(
        `INSERT INTO piis_contracts (request_id, signed_at, kind, duration_months, created_by) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, signed_at, kind, duration_months, created_at`,
        [c.requestId, c.signedAt, c.kind, c.durationMonths, c.createdBy],
      ))!,
    objectives: (contractId: string) =>
      db.query<ObjectiveRow>(
        'SELECT id, position, text, added_by_amendment, withdrawn_by_amendment FROM piis_objectives WHERE contract_id = $1 ORDER BY position',
        [contractId],
      ),
    insertObjective: (contractId: string, text: string, amendmentId: string | null) =>
      db.query(
        `INSERT INTO piis_objectives (contract_id, position, text, added_by_amendment)
         VALUES ($1, (SELECT coalesce(max(position), 0) + 1 FROM piis_objectives WHERE contract_id = $1), $2, $3)`,
        [contractId, text, amendmentId],
      ),
    withdrawObjective: async (contractId: string, objectiveId: string, amendmentId: string) =>
      (
        await db.query(
          `UPDATE piis_objectives SET withdrawn_by_amendment = $3 WHERE id = $2 AND contract_id = $1 AND withdrawn_by_amendment IS NULL RETURNING id`,
          [contractId, objectiveId, amendmentId],
        )
      ).length === 1,
    evaluations: (contractId: string) =>
      db.query<EvaluationRow>(
        'SELECT id, evaluated_at, outcome, summary, created_at FROM piis_evaluations WHERE contract_id = $1 ORDER BY evaluated_at, created_at',
        [contractId],
      ),
    insertEvaluation: async (e: { contractId: string; evaluatedAt: string; outcome: string; summary: string | null; createdBy: string }) =>
      (await db.one<EvaluationRow>(
        `INSERT INTO piis_evaluations (contract_id, evaluated_at, outcome, summary, created_by) VALUES ($1, $2, $3, $4, $5)
         RETURNING id, evaluated_at, outcome, summary, created_at`,
        [e.contractId, e.evaluatedAt, e.outcome, e.summary, e.createdBy],
      ))!,
    amendments: (contractId: string) =>
      db.query<AmendmentRow>(
        'SELECT id, signed_at, reason, created_at FROM piis_amendments WHERE contract_id = $1 ORDER BY signed_at, created_at',
        [contractId],
      ),
    insertAmendment: async (a: { contractId: string; signedAt: string; reason: string; createdBy: string }) =>
      (await db.one<AmendmentRow>(
        `INSERT INTO piis_amendments (contract_id, signed_at, reason, created_by) VALUES ($1, $2, $3, $4) RETURNING id, signed_at, reason, created_at`,
        [a.contractId, a.signedAt, a.reason, a.createdBy],
      ))!,
  };
}

export type PiisRepository = ReturnType<typeof piisRepository>;
