/**
 * The PIIS (R14): the contract with its objectives, its evaluations and amendments, and its deadlines
 * (conclusion within 3 months of the RIS decision for a new beneficiary; an evaluation every six months).
 */
import { dayInBrussels } from '#platform/brussels-time.ts';
import { conflict, invalid, notFound } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import { isUuid, withRequest, type AidRequestRow } from '../access/index.ts';
import { deadlinesFor } from '../aid-requests/index.ts';
import { piisRepository, type PiisRepository } from './piis.repository.ts';
import { normaliseObjectives, requireAmendmentChanges, requirePiisDate } from './piis.ts';

export type PiisDeps = { withRequest: typeof withRequest; repository: (db: Queryable) => PiisRepository; deadlines: typeof deadlinesFor };

async function viewPiis(deps: PiisDeps, tx: Queryable, request: AidRequestRow, today: string) {
  const repository = deps.repository(tx);
  const contract = await repository.current(request.id);
  const { deadlines } = await deps.deadlines(tx, request, today);
  if (!contract) return { contract: null, piisDue: deadlines.piisDue, evaluationDue: null };
  const objectives = await repository.objectives(contract.id);
  const evaluations = await repository.evaluations(contract.id);
  const amendments = await repository.amendments(contract.id);
  return {
    contract: {
      id: contract.id,
      signedAt: contract.signed_at,
      kind: contract.kind,
      durationMonths: contract.duration_months,
      objectives: objectives.map((o) => ({
        id: o.id,
        position: o.position,
        text: o.text,
        addedByAmendment: o.added_by_amendment,
        withdrawnByAmendment: o.withdrawn_by_amendment,
        isWithdrawn: o.withdrawn_by_amendment !== null,
      })),
      evaluations: evaluations.map((e) => ({ id: e.id, evaluatedAt: e.evaluated_at, outcome: e.outcome, summary: e.summary })),
      amendments: amendments.map((a) => ({ id: a.id, signedAt: a.signed_at, reason: a.reason })),
    },
    piisDue: deadlines.piisDue,
    evaluationDue: deadlines.piisEvaluationDue,
  };
}

export function createPiisService(overrides: Partial<PiisDeps> = {}) {
  const deps: PiisDeps = { withRequest, repository: piisRepository, deadlines: deadlinesFor, ...overrides };
  const write = (action: string) => ({ action, mode: 'write' as const, recordType: 'piis' });

  const currentOf = async (tx: Queryable, request: AidRequestRow) => {
    const contract = await deps.repository(tx).current(request.id);
    if (!contract) throw notFound('piis.not-found', 'This file has no PIIS yet.');
    return contract;
  };

  return {
    async getPiis(actor: Actor, requestId: string) {
      return deps.withRequest(actor, requestId, { action: 'piis.read', mode: 'read', recordType: 'piis' }, (tx, request) =>
        viewPiis(deps, tx, request, dayInBrussels(actor.now)),
      );
    },

    /** The signed contract; without objectives (the former API) it records the signature date only. */
    async signPiis(
      actor: Actor,
      requestId: string,
      input: { signedAt: string; kind?: string; durationMonths?: number; objectives?: string[] },
    ) {
      const today = dayInBrussels(actor.now);
      requirePiisDate(input.signedAt, today, null, '/signedAt');
      const objectives = normaliseObjectives(input.objectives ?? [], '/objectives');
      return deps.withRequest(actor, requestId, write('piis.record'), async (tx, request) => {
        const repository = deps.repository(tx);
        if (await repository.current(request.id)) throw conflict('piis.exists', 'This file already has a PIIS: amend it instead.');
        const contract = await repository.insertContract({
          requestId: request.id,
          signedAt: input.signedAt,
          kind: input.kind ?? 'social-integration',
          durationMonths: input.durationMonths ?? null,
          createdBy: actor.user.id,
        });
        for (const text of objectives) await repository.insertObjective(contract.id, text, null);
        const refreshed = { ...request, piis_signed_at: input.signedAt };
        return { requestId: request.id, piisSignedAt: input.signedAt, ...(await viewPiis(deps, tx, refreshed, today)) };
      });
    },

    async addEvaluation(actor: Actor, requestId: string, input: { evaluatedAt: string; outcome: string; summary?: string }) {
      const today = dayInBrussels(actor.now);
      return deps.withRequest(actor, requestId, write('piis.evaluate'), async (tx, request) => {
        const contract = await currentOf(tx, request);
        requirePiisDate(input.evaluatedAt, today, contract.signed_at, '/evaluatedAt');
        const row = await deps.repository(tx).insertEvaluation({
          contractId: contract.id,
          evaluatedAt: input.evaluatedAt,
          outcome: input.outcome,
          summary: input.summary?.trim() || null,
          createdBy: actor.user.id,
        });
        return { id: row.id, evaluatedAt: row.evaluated_at, outcome: row.outcome, summary: row.summary };
      });
    },

    async addAmendment(
      actor: Actor,
      requestId: string,
      input: { signedAt: string; reason: string; addObjectives?: string[]; withdrawObjectiveIds?: string[] },
    ) {
      const today = dayInBrussels(actor.now);
      const add = normaliseObjectives(input.addObjectives ?? [], '/addObjectives');
      const withdraw = [...new Set(input.withdrawObjectiveIds ?? [])];
      requireAmendmentChanges(add, withdraw);
      return deps.withRequest(actor, requestId, write('piis.amend'), async (tx, request) => {
        const repository = deps.repository(tx);
        const contract = await currentOf(tx, request);
        requirePiisDate(input.signedAt, today, contract.signed_at, '/signedAt');
        const amendment = await repository.insertAmendment({
          contractId: contract.id,
          signedAt: input.signedAt,
          reason: input.reason.trim(),
          createdBy: actor.user.id,
        });
        for (const [index, id] of withdraw.entries()) {
          if (!isUuid(id) || !(await repository.withdrawObjective(contract.id, id, amendment.id)))
            throw invalid('piis.unknown-objective', 'No such objective in force on this PIIS.', [
              { path: `/withdrawObjectiveIds/${index}`, code: 'unknown', message: 'not an objective in force' },
            ]);
        }
        for (const text of add) await repository.insertObjective(contract.id, text, amendment.id);
        return { id: amendment.id, signedAt: amendment.signed_at, reason: amendment.reason };
      });
    },
  };
}

export type PiisService = ReturnType<typeof createPiisService>;
