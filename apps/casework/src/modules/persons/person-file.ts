/**
 * Case-based access to a person's record (R23): identity is visible to every caseworker (to avoid
 * duplicates), but what is known of the person beyond it — address, contact, account, household,
 * history — and every change to the record are for the workers who may open one of the person's
 * files (`can_access_request`, migration 0020). Anyone else gets 404, as for a person who does not
 * exist, and the attempt is written to the audit log.
 */
import { notFound } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit, recordDenial } from '../audit/index.ts';
import { CASEWORK_ROLES, hasRole, isUuid } from '../access/index.ts';

export type PersonFileRow = { id: string; niss: string | null; family_name: string; given_names: string };

class PersonDeniedSignal extends Error {
  constructor(readonly personId: string | null) {
    super('denied');
  }
}

/** True when the user may open at least one of the person's files at this moment. */
export async function canAccessPersonFile(tx: Queryable, personId: string, userId: string, at: Date): Promise<boolean> {
  const row = await tx.one<{ ok: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM aid_requests r WHERE r.person_id = $1 AND can_access_request(r.id, $2, $3)) AS ok',
    [personId, userId, at],
  );
  return row?.ok === true;
}

/**
 * Runs `work` on one person inside a transaction, after the case-based check, with the audit event in
 * the same transaction. Writes lock the person's row so two edits never interleave.
 */
export async function withPersonFile<T>(
  actor: Actor,
  personId: string,
  audit: { action: string; mode: 'read' | 'write'; reason?: string },
  work: (tx: Queryable, person: PersonFileRow) => Promise<T>,
): Promise<T> {
  if (!isUuid(personId) || !hasRole(actor, CASEWORK_ROLES)) {
    await recordDenial(actor.tenant.db, actor, { action: audit.action, recordType: 'person', recordId: personId.slice(0, 64) });
    throw notFound('person.not-found', 'No such person.');
  }
  try {
    return await actor.tenant.db.transaction(async (tx) => {
      const person = await tx.one<PersonFileRow>(
        `SELECT id, niss, family_name, given_names FROM persons WHERE id = $1 AND anonymised_at IS NULL${audit.mode === 'write' ? ' FOR UPDATE' : ''}`,
        [personId],
      );
      if (!person) throw new PersonDeniedSignal(null);
      if (!(await canAccessPersonFile(tx, personId, actor.user.id, actor.now))) throw new PersonDeniedSignal(personId);
      await appendAudit(tx, actor, { action: audit.action, recordType: 'person', recordId: personId, personId, reason: audit.reason });
      return work(tx, person);
    });
  } catch (error) {
    if (error instanceof PersonDeniedSignal) {
      await recordDenial(actor.tenant.db, actor, {
        action: audit.action,
        recordType: 'person',
        recordId: personId,
        personId: error.personId,
      });
      throw notFound('person.not-found', 'No such person.');
    }
    throw error;
  }
}
