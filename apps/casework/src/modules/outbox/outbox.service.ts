/** The CPAS administrator's use cases on parked outbox messages; each change is audited with the message it concerns. */
import { notFound } from '#platform/errors.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/index.ts';
import { requireRole } from '../access/index.ts';
import { describeParked, type Resolution } from './outbox.ts';
import { listParked, resolveParked, retryParked } from './outbox.repository.ts';

const notParked = () => notFound('outbox.not-parked', 'No parked message with this id (already sent, resolved or retried).');

export function createOutboxAdminService() {
  return {
    async listParked(actor: Actor, page: { limit: number; offset: number }) {
      requireRole(actor, ['admin']);
      const { rows, total } = await listParked(actor.tenant.db, page.limit, page.offset);
      return { items: rows.map(describeParked), total, limit: page.limit, offset: page.offset };
    },
    async retry(actor: Actor, id: number) {
      requireRole(actor, ['admin']);
      return actor.tenant.db.transaction(async (tx) => {
        if (!(await retryParked(tx, id, actor.now))) throw notParked();
        await appendAudit(tx, actor, { action: 'outbox.retried', recordType: 'outbox', recordId: String(id) });
        return { id, status: 'retrying' as const };
      });
    },
    async resolve(actor: Actor, id: number, resolution: Resolution) {
      requireRole(actor, ['admin']);
      return actor.tenant.db.transaction(async (tx) => {
        if (!(await resolveParked(tx, id, { userId: actor.user.id, resolution, now: actor.now }))) throw notParked();
        await appendAudit(tx, actor, { action: 'outbox.resolved', recordType: 'outbox', recordId: String(id), reason: resolution });
        return { id, status: 'resolved' as const, resolution };
      });
    },
  };
}
