/**
 * Key transparency (issue 13, scope 3; ADR 0017): every institution key the registry gains or loses
 * is an entry of the exchange log (`key.registered`, `key.deactivated`, with the public key itself),
 * so a provider can demand proof that the requester key the hub hands it is in a witnessed
 * checkpoint, and each node can watch the log for keys in its name that it did not register.
 */
import type { Database } from '#platform/db.ts';
import { proveInclusion } from '#contracts/merkle/tree.ts';
import { encodeHash } from '#contracts/merkle/hashes.ts';
import type { ExchangeLog } from '../exchange-log/leg.ts';
import { createNodeStore } from '../exchange-log/exchange-log.service.ts';
import type { PublishedKey } from '../registry/registry.service.ts';
import type { TlogRepository } from './tlog.repository.ts';

export type KeyProof = { checkpoint: string; leafIndex: number; leaf: string; auditPath: string[] };

export function createKeyTransparency(deps: {
  db: Database;
  exchangeLog: ExchangeLog;
  checkpoints: Pick<TlogRepository, 'latestCheckpoint'>;
  clock: () => Date;
  /** Publishes a witnessed checkpoint of the current log (null in a process without witnesses). */
  publish: (() => Promise<void>) | null;
}) {
  return {
    async recordKeyChanges(kbo: string, added: PublishedKey[], removed: PublishedKey[]): Promise<void> {
      const at = deps.clock().toISOString();
      const changes = [
        ...added.map((key) => ({ event: 'key.registered' as const, key })),
        ...removed.map((key) => ({ event: 'key.deactivated' as const, key })),
      ];
      const indices = await deps.exchangeLog.append(
        changes.map(({ event, key }) => ({
          type: event,
          at,
          institution: kbo,
          keyUse: key.use,
          kid: key.kid,
          publicKey: key.x,
          outcome: event === 'key.registered' ? 'registered' : 'deactivated',
        })),
        changes.map(() => null),
      );
      await deps.db.query(
        'INSERT INTO log_key_entries (leaf_index, kbo, kid, key_use, event) SELECT * FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[])',
        [
          indices,
          changes.map(() => kbo),
          changes.map((change) => change.key.kid),
          changes.map((change) => change.key.use),
          changes.map((change) => change.event),
        ],
      );
    },

    /**
     * The latest entry registering key `kid` of `kbo` inside the latest published (witnessed)
     * checkpoint, with its inclusion proof against that checkpoint; null when there is none.
     */
    async proof(kbo: string, kid: string): Promise<KeyProof | null> {
      let checkpoint = await deps.checkpoints.latestCheckpoint();
      const newest = await deps.db.one<{ leaf_index: string | null }>(
        `SELECT max(leaf_index) AS leaf_index FROM log_key_entries WHERE kbo = $1 AND kid = $2 AND event = 'key.registered'`,
        [kbo, kid],
      );
      // A key registered after the last checkpoint: publish one now (with its witness quorum) rather than wait for the schedule.
      if (newest?.leaf_index != null && deps.publish && (!checkpoint || Number(newest.leaf_index) >= checkpoint.treeSize)) {
        await deps.publish().catch(() => undefined);
        checkpoint = await deps.checkpoints.latestCheckpoint();
      }
      if (!checkpoint) return null;
      const row = await deps.db.one<{ leaf_index: string; leaf: Buffer }>(
        `SELECT e.leaf_index, l.leaf FROM log_key_entries e JOIN log_leaves l USING (leaf_index)
          WHERE e.kbo = $1 AND e.kid = $2 AND e.event = 'key.registered' AND e.leaf_index < $3 ORDER BY e.leaf_index DESC LIMIT 1`,
        [kbo, kid, checkpoint.treeSize],
      );
      if (!row) return null;
      const inclusion = await proveInclusion(createNodeStore(deps.db), Number(row.leaf_index), checkpoint.treeSize);
      if (!inclusion.ok) return null;
      return {
        checkpoint: checkpoint.note,
        leafIndex: Number(row.leaf_index),
        leaf: row.leaf.toString('base64'),
        auditPath: inclusion.proof.auditPath.map(encodeHash),
      };
    },

    /** Every key entry in the name of `kbo` (what its node monitors), oldest first. */
    async entriesOf(kbo: string): Promise<{ leafIndex: number; leaf: string }[]> {
      const rows = await deps.db.query<{ leaf_index: string; leaf: Buffer }>(
        'SELECT e.leaf_index, l.leaf FROM log_key_entries e JOIN log_leaves l USING (leaf_index) WHERE e.kbo = $1 ORDER BY e.leaf_index',
        [kbo],
      );
      return rows.map((row) => ({ leafIndex: Number(row.leaf_index), leaf: row.leaf.toString('base64') }));
    },
  };
}

export type KeyTransparency = ReturnType<typeof createKeyTransparency>;
