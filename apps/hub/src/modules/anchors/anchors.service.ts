/**
 * Outside anchors for the nodes (issue 13, scope 5; ADR 0017; R44): a CPAS sends the head of its audit
 * chain (last event id, its hash), signed; the hub writes it into the exchange log, where the
 * witnesses see it. A node administrator who later rewrites an anchored event cannot make the
 * chain match the anchored head again, and `rse verify-audit` says so.
 */
import { AppError } from '#platform/errors.ts';
import type { Database } from '#platform/db.ts';
import { AuditAnchorMessage } from '#contracts/protocol/messages.ts';
import { decodeHash } from '#contracts/merkle/hashes.ts';
import type { HubChannel } from '../channel/index.ts';
import type { Registry } from '../registry/index.ts';
import type { ExchangeLog } from '../exchange-log/leg.ts';

export function createAnchorService(deps: {
  db: Database;
  registry: Pick<Registry, 'find'>;
  channel: Pick<HubChannel, 'receive' | 'sign'>;
  exchangeLog: ExchangeLog;
  clock: () => Date;
}) {
  return {
    /** `POST /hub/v1/audit-anchors`: logs the head, answers its leaf index. */
    async receive(jws: unknown): Promise<string> {
      const received = await deps.channel.receive(jws, AuditAnchorMessage);
      const node = await deps.registry.find(received.claims.iss);
      if (node?.kind !== 'cpas') throw new AppError('anchor.not-a-cpas', 403, 'Only a CPAS anchors its audit chain.');
      if (!received.ok || !decodeHash(received.claims.head).ok)
        throw new AppError('anchor.malformed', 422, 'eventId (a positive integer) and head (a 32-byte base64 hash) are required.');
      const { eventId, head } = received.claims;
      const [leafIndex] = await deps.exchangeLog.append(
        [
          {
            type: 'audit.anchored',
            at: deps.clock().toISOString(),
            institution: node.kbo,
            auditEventId: eventId,
            auditHead: head,
            outcome: 'anchored',
          },
        ],
        [null],
      );
      await deps.db.query('INSERT INTO log_anchor_entries (leaf_index, kbo, event_id) VALUES ($1, $2, $3)', [leafIndex, node.kbo, eventId]);
      return deps.channel.sign(node.kbo, { type: 'audit-anchor-ack', leafIndex });
    },
    /** Every anchor of a CPAS, as log entries (public: an id and a hash say nothing of the events). */
    async anchorsOf(kbo: string): Promise<{ leafIndex: number; leaf: string }[]> {
      const rows = await deps.db.query<{ leaf_index: string; leaf: Buffer }>(
        'SELECT a.leaf_index, l.leaf FROM log_anchor_entries a JOIN log_leaves l USING (leaf_index) WHERE a.kbo = $1 ORDER BY a.event_id, a.leaf_index',
        [kbo],
      );
      return rows.map((row) => ({ leafIndex: Number(row.leaf_index), leaf: row.leaf.toString('base64') }));
    },
  };
}

export type AnchorService = ReturnType<typeof createAnchorService>;
