/**
 * Access grants (R23): the grants on a file (a supervisor's, with a reason and an expiry, and the
 * break-glass openings), listed on the file, and revoked by a supervisor before they expire. A grant is
 * created through `POST /aid-requests/{id}/access-grants` (aid-requests). Revoking brings `expires_at` to
 * the moment of revocation, which is what the access rule (can_access_request) reads.
 */
import { conflict, notFound } from '#platform/errors.ts';
import type { Actor } from '../../tenant.ts';
import { isUuid, requireRole, withRequest } from '../access/index.ts';

type GrantRow = {
  id: string;
  kind: string;
  user_id: string;
  user_name: string;
  reason: string;
  granted_by: string;
  granted_by_name: string;
  granted_at: Date;
  expires_at: Date;
  revoked_at: Date | null;
  revoked_by_name: string | null;
};

const toGrant = (row: GrantRow, now: Date) => ({
  id: row.id,
  kind: row.kind,
  user: { id: row.user_id, displayName: row.user_name },
  reason: row.reason,
  grantedBy: { id: row.granted_by, displayName: row.granted_by_name },
  grantedAt: row.granted_at.toISOString(),
  expiresAt: row.expires_at.toISOString(),
  revokedAt: row.revoked_at?.toISOString() ?? null,
  revokedBy: row.revoked_by_name,
  isActive: row.revoked_at === null && row.expires_at > now,
});

const SELECT = `SELECT g.id, g.kind, g.user_id, u.display_name AS user_name, g.reason, g.granted_by, b.display_name AS granted_by_name,
       g.granted_at, g.expires_at, g.revoked_at, r.display_name AS revoked_by_name
  FROM access_grants g JOIN users u ON u.id = g.user_id JOIN users b ON b.id = g.granted_by LEFT JOIN users r ON r.id = g.revoked_by`;

export function createAccessGrantService(deps: { withRequest: typeof withRequest } = { withRequest }) {
  return {
    async listGrants(actor: Actor, requestId: string) {
      return deps.withRequest(
        actor,
        requestId,
        { action: 'access-grant.list', mode: 'read', recordType: 'access-grant' },
        async (tx, request) => {
          const rows = await tx.query<GrantRow>(`${SELECT} WHERE g.request_id = $1 ORDER BY g.granted_at DESC`, [request.id]);
          return { items: rows.map((row) => toGrant(row, actor.now)) };
        },
      );
    },

    /** A supervisor ends a grant (not a break-glass opening, which the security advisor reviews) before it expires. */
    async revokeGrant(actor: Actor, requestId: string, grantId: string) {
      requireRole(actor, ['supervisor'], 'access.role', 'Only a supervisor revokes a grant.');
      return deps.withRequest(
        actor,
        requestId,
        { action: 'access-grant.revoke', mode: 'write', recordType: 'access-grant', recordId: grantId },
        async (tx, request) => {
          const row = isUuid(grantId)
            ? await tx.one<{ id: string; expires_at: Date; revoked_at: Date | null }>(
                `SELECT id, expires_at, revoked_at FROM access_grants WHERE id = $1 AND request_id = $2 AND kind = 'grant' FOR UPDATE`,
                [grantId, request.id],
              )
            : undefined;
          if (!row) throw notFound('access-grant.not-found', 'No such grant on this file.');
          if (row.revoked_at !== null || row.expires_at <= actor.now) throw conflict('access-grant.ended', 'This grant has already ended.');
          await tx.query('UPDATE access_grants SET revoked_at = $2, revoked_by = $3, expires_at = $2 WHERE id = $1', [
            row.id,
            actor.now,
            actor.user.id,
          ]);
          const updated = await tx.one<GrantRow>(`${SELECT} WHERE g.id = $1`, [row.id]);
          return toGrant(updated!, actor.now);
        },
      );
    },
  };
}

export type AccessGrantService = ReturnType<typeof createAccessGrantService>;
