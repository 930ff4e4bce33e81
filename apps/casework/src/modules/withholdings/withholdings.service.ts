/**
 * R31: withholding a person's summary from every consultation, with a logged reason, and lifting it.
 * Decided by a worker who holds one of the person's files or by a supervisor; anyone else is answered
 * as if the person did not exist (404), like a file (R23). Read and write are audited; the answer to
 * the next consultation is `withheld` with the reason code (exchange/summary.ts).
 */
import { conflict, invalid, notFound } from '#platform/errors.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import { hasRole, isUuid, requireCaseworker } from '../access/index.ts';
import { withholdingRepository } from './withholdings.repository.ts';
import { needsNote, type WithholdingReason } from './withholdings.ts';

export function createWithholdingService() {
  async function personFor(actor: Actor, personId: string) {
    requireCaseworker(actor);
    const person = isUuid(personId) ? await withholdingRepository(actor.tenant.db).person(personId, actor.user.id, actor.now) : undefined;
    if (!person || (!person.has_file && !hasRole(actor, ['supervisor']))) throw notFound('person.not-found', 'No such person.');
    return person;
  }

  async function view(actor: Actor, personId: string) {
    const repository = withholdingRepository(actor.tenant.db);
    const current = await repository.current(personId);
    const history = await repository.history(personId);
    return {
      personId,
      isWithheld: current !== undefined,
      reasonCode: current?.reason_code ?? null,
      note: current?.note ?? null,
      decidedAt: current?.decided_at.toISOString() ?? null,
      decidedBy: current?.decided_by_name ?? null,
      history: history.map((event) => ({
        action: event.action,
        reasonCode: event.reason_code,
        note: event.note,
        decidedAt: event.decided_at.toISOString(),
        decidedBy: event.decided_by_name,
      })),
    };
  }

  return {
    async get(actor: Actor, personId: string) {
      const person = await personFor(actor, personId);
      const result = await view(actor, person.id);
      await appendAudit(actor.tenant.db, actor, {
        action: 'withholding.read',
        recordType: 'person',
        recordId: person.id,
        personId: person.id,
      });
      return { ...result, person: { familyName: person.family_name, givenNames: person.given_names } };
    },

    async withhold(actor: Actor, personId: string, input: { reasonCode: WithholdingReason; note?: string }) {
      const person = await personFor(actor, personId);
      const note = input.note?.trim() || null;
      if (needsNote(input.reasonCode, input.note))
        throw invalid('withholding.note-required', 'Explain the reason when it is "other".', [
          { path: '/note', code: 'required', message: 'an explanation is required' },
        ]);
      await actor.tenant.db.transaction(async (tx) => {
        await withholdingRepository(tx).withhold(person.id, { reasonCode: input.reasonCode, note }, actor.user.id, actor.now);
        await appendAudit(tx, actor, {
          action: 'withholding.set',
          recordType: 'person',
          recordId: person.id,
          personId: person.id,
          reason: input.reasonCode,
        });
      });
      return { ...(await view(actor, person.id)), person: { familyName: person.family_name, givenNames: person.given_names } };
    },

    async lift(actor: Actor, personId: string, input: { note?: string }) {
      const person = await personFor(actor, personId);
      await actor.tenant.db.transaction(async (tx) => {
        const lifted = await withholdingRepository(tx).lift(person.id, input.note?.trim() || null, actor.user.id, actor.now);
        if (!lifted) throw conflict('withholding.not-withheld', 'This person’s summary is not withheld.');
        await appendAudit(tx, actor, { action: 'withholding.lift', recordType: 'person', recordId: person.id, personId: person.id });
      });
      return { ...(await view(actor, person.id)), person: { familyName: person.family_name, givenNames: person.given_names } };
    },
  };
}

export type WithholdingService = ReturnType<typeof createWithholdingService>;
