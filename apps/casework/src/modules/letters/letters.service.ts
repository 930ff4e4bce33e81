/**
 * The worker's own contact printed in letters (issue 11: the worker as the person's contact, Charter
 * of the social insured art. 14): each user reads and changes their direct line and work e-mail;
 * every change audited (R43).
 */
import type { Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import { readWorkerContact, writeWorkerContact, type WorkerContact } from './letters.repository.ts';

export type { WorkerContact } from './letters.repository.ts';

export type LetterServiceDeps = {
  readContact: (db: Queryable, userId: string) => Promise<WorkerContact>;
  writeContact: (db: Queryable, userId: string, contact: WorkerContact) => Promise<void>;
  audit: typeof appendAudit;
};

const realDeps: LetterServiceDeps = { readContact: readWorkerContact, writeContact: writeWorkerContact, audit: appendAudit };

const clean = (value: string | null | undefined): string | null | undefined =>
  value === undefined ? undefined : value === null || value.trim() === '' ? null : value.trim();

export function createLetterService(overrides: Partial<LetterServiceDeps> = {}) {
  const deps = { ...realDeps, ...overrides };
  return {
    async myContact(actor: Actor): Promise<WorkerContact> {
      return deps.readContact(actor.tenant.db, actor.user.id);
    },

    /** Changes the fields given; a field left out keeps its value, `null` clears it. */
    async updateMyContact(actor: Actor, changes: { phone?: string | null; email?: string | null }): Promise<WorkerContact> {
      return actor.tenant.db.transaction(async (tx) => {
        const current = await deps.readContact(tx, actor.user.id);
        const phone = clean(changes.phone);
        const email = clean(changes.email);
        const next: WorkerContact = {
          phone: phone === undefined ? current.phone : phone,
          email: email === undefined ? current.email : email,
        };
        await deps.writeContact(tx, actor.user.id, next);
        await deps.audit(tx, actor, {
          action: 'user.contact-update',
          recordType: 'user',
          recordId: actor.user.id,
          reason: Object.keys(changes).sort().join(','),
        });
        return next;
      });
    },
  };
}
