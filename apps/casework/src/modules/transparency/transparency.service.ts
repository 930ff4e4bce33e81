/**
 * What the security advisor sees of the node's transparency (ADR 0017; R44): alerts about keys in
 * this CPAS's name that the node did not register (key transparency), and the last head of its audit
 * chain anchored in the hub's log. Reading it is audited like every oversight read.
 */
import type { Actor } from '../../tenant.ts';
import { requireRole } from '../access/index.ts';
import { appendAudit } from '../audit/index.ts';

export type TransparencyStatus = {
  keyAlerts: { leafIndex: number; keyUse: string; kid: string; loggedAt: string | null; detectedAt: string }[];
  lastAnchor: { eventId: number; leafIndex: number; anchoredAt: string } | null;
  lastEventId: number | null;
};

export function createTransparencyService() {
  return {
    async status(actor: Actor): Promise<TransparencyStatus> {
      requireRole(actor, ['security-advisor'], 'oversight.forbidden');
      return actor.tenant.db.transaction(async (tx) => {
        const alerts = await tx.query<{ leaf_index: string; key_use: string; kid: string; logged_at: string | null; detected_at: Date }>(
          'SELECT leaf_index, key_use, kid, logged_at, detected_at FROM key_transparency_alerts WHERE resolved_at IS NULL ORDER BY leaf_index DESC LIMIT 100',
        );
        const anchor = await tx.one<{ event_id: string; leaf_index: string; anchored_at: Date }>(
          'SELECT event_id, leaf_index, anchored_at FROM audit_anchors ORDER BY event_id DESC LIMIT 1',
        );
        const last = await tx.one<{ id: string | null }>('SELECT max(id) AS id FROM audit_events');
        await appendAudit(tx, actor, { action: 'oversight.transparency.read', recordType: 'audit-log' });
        return {
          keyAlerts: alerts.map((row) => ({
            leafIndex: Number(row.leaf_index),
            keyUse: row.key_use,
            kid: row.kid,
            loggedAt: row.logged_at,
            detectedAt: row.detected_at.toISOString(),
          })),
          lastAnchor: anchor
            ? { eventId: Number(anchor.event_id), leafIndex: Number(anchor.leaf_index), anchoredAt: anchor.anchored_at.toISOString() }
            : null,
          lastEventId: last?.id === null || last === undefined ? null : Number(last.id),
        };
      });
    },
  };
}

export type TransparencyService = ReturnType<typeof createTransparencyService>;
