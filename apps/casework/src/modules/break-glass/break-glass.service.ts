/**
 * Break-glass (R23, anchors §3.5 Suwinet's escape function): a worker opens a file outside the
 * case-based rules, with a mandatory reason, for a limited time.
 */
import { invalid, notFound } from '#platform/errors.ts';
import type { Actor } from '../../tenant.ts';
import { appendAudit } from '../audit/audit.ts';
import { isUuid } from '../access/access.ts';
import { requireRole } from '../access/roles.ts';
import { readSetting } from '../../settings.ts';

export function createBreakGlassService() {
  return {
    /** Break-glass: open a file outside case-based access, with a reason, for a limited time. */
    async open(actor: Actor, requestId: string, reason: string | undefined) {
      requireRole(actor, ['social-worker', 'supervisor']);
      if (!reason || reason.trim().length < 10) {
        throw invalid('break-glass.reason-required', 'State why you must open this file (at least 10 characters).', [{ path: '/reason', code: 'required', message: 'a reason of at least 10 characters' }]);
      }
      if (!isUuid(requestId)) throw notFound('aid-request.not-found', 'No such aid request.');
      return actor.tenant.db.transaction(async (tx) => {
        const request = await tx.one<{ id: string; person_id: string }>('SELECT id, person_id FROM aid_requests WHERE id = $1', [requestId]);
        if (!request) throw notFound('aid-request.not-found', 'No such aid request.');
        const { breakGlassMinutes } = await readSetting(tx, 'access');
        const expiresAt = new Date(actor.now.getTime() + breakGlassMinutes * 60_000);
        const grant = await tx.one<{ id: string }>(
          `INSERT INTO access_grants (request_id, user_id, kind, reason, granted_by, granted_at, expires_at) VALUES ($1, $2, 'break-glass', $3, $2, $4, $5) RETURNING id`,
          [request.id, actor.user.id, reason.trim(), actor.now, expiresAt]);
        await appendAudit(tx, actor, { action: 'break-glass.open', recordType: 'aid-request', recordId: request.id, personId: request.person_id, reason: reason.trim() });
        return { id: grant!.id, requestId: request.id, expiresAt: expiresAt.toISOString(), reviewStatus: 'pending-review' };
      });
    },
  };
}
