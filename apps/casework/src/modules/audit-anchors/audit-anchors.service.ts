/**
 * Outside anchors (issue 13, scope 5; ADR 0017; R44): on a schedule, each CPAS of the node sends the
 * head of its audit chain (last event id and hash), signed, to the hub, which writes it into the
 * exchange log. `checkAgainstAnchors` is the half of `rse verify-audit` that reads those anchors back
 * from the hub and compares them with the chain.
 */
import type { Logger } from '#platform/logger.ts';
import { createPeriodicTask } from '#platform/periodic.ts';
import type { Queryable } from '#platform/db.ts';
import type { RequestText } from '#platform/http-client.ts';
import { AuditAnchorAck } from '#contracts/protocol/messages.ts';
import type { Tenant, TenantRegistry } from '../../tenant.ts';
import type { HubClient } from '../exchange/hub-client.ts';
import { compareWithAnchors, readAnchors, type AnchorProblem } from './audit-anchors.ts';

export function createAuditAnchoring(deps: { tenants: TenantRegistry; hub: Pick<HubClient, 'send'>; log: Logger }) {
  async function anchorTenant(tenant: Tenant): Promise<boolean> {
    const last = await tenant.db.one<{ id: string; hash: Buffer }>('SELECT id, hash FROM audit_events ORDER BY id DESC LIMIT 1');
    if (!last) return false;
    const sent = await tenant.db.one<{ event_id: string }>('SELECT event_id FROM audit_anchors ORDER BY event_id DESC LIMIT 1');
    if (sent && Number(sent.event_id) >= Number(last.id)) return false;
    const answer = await deps.hub.send(
      tenant,
      '/v1/audit-anchors',
      { type: 'audit-anchor', eventId: Number(last.id), head: last.hash.toString('base64') },
      AuditAnchorAck,
    );
    if (!answer.ok) throw new Error(`the hub refused the anchor: ${answer.code}`);
    await tenant.db.query('INSERT INTO audit_anchors (event_id, head, leaf_index) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [
      Number(last.id),
      last.hash,
      answer.claims.leafIndex,
    ]);
    return true;
  }

  const anchoring = createPeriodicTask(
    async () => {
      let count = 0;
      for (const tenant of deps.tenants.all()) {
        try {
          if (await anchorTenant(tenant)) count += 1;
        } catch (error) {
          deps.log.warn({ kbo: tenant.kbo, err: error }, 'audit anchor not sent now; the next run will');
        }
      }
      return count;
    },
    { onError: (error) => deps.log.warn({ err: error }, 'audit anchors not sent now; the next run will') },
  );

  return {
    /** Anchors the current head of every CPAS whose chain grew; resolves with how many were anchored. */
    anchorOnce: anchoring.run,
    start: anchoring.start,
    stop: anchoring.stop,
  };
}

export type AuditAnchoring = ReturnType<typeof createAuditAnchoring>;

export type AnchorCheck = { isReachable: true; checked: number; problems: AnchorProblem[] } | { isReachable: false };

/** Reads this CPAS's anchors from the hub's log and compares them with its chain (for `rse verify-audit`). */
export async function checkAgainstAnchors(db: Queryable, kbo: string, hubUrl: string, transport: RequestText): Promise<AnchorCheck> {
  let entries: { leafIndex: number; leaf: string }[];
  try {
    const response = await transport(`${hubUrl}/tlog/anchors?kbo=${kbo}`);
    if (!response.ok) return { isReachable: false };
    entries = ((await response.json()) as { entries: { leafIndex: number; leaf: string }[] }).entries;
  } catch {
    return { isReachable: false };
  }
  const anchors = readAnchors(entries, kbo);
  const ids = anchors.map((anchor) => anchor.eventId);
  const rows = await db.query<{ id: string; hash: Buffer }>('SELECT id, hash FROM audit_events WHERE id = ANY($1::bigint[])', [ids]);
  const purged = await db.one<{ last_purged_id: string }>('SELECT last_purged_id FROM audit_checkpoints ORDER BY id DESC LIMIT 1');
  const hashes = new Map(rows.map((row) => [Number(row.id), row.hash.toString('base64')]));
  return { isReachable: true, ...compareWithAnchors(anchors, hashes, Number(purged?.last_purged_id ?? 0)) };
}
