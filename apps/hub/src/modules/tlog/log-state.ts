/**
 * The exchange log's state for the hub operator (ADR 0020): its size, the last signed tree head, the
 * last published checkpoint with its cosigners, the checkpoints that did not reach their quorum (with
 * each witness's reason), and the latest key entries (key transparency, ADR 0017). Reads only.
 */
import type { Queryable } from '#platform/db.ts';

export async function readLogState(db: Queryable) {
  const [size, head, checkpoint, failures, keys] = await Promise.all([
    db.one<{ size: string }>('SELECT count(*)::text AS size FROM log_leaves'),
    db.one<{ tree_size: string; signed_at: Date; root_hash: Buffer }>(
      'SELECT tree_size, signed_at, root_hash FROM tree_heads ORDER BY tree_size DESC LIMIT 1',
    ),
    db.one<{ tree_size: string; published_at: Date; cosigners: string[]; root_hash: Buffer }>(
      'SELECT tree_size, published_at, cosigners, root_hash FROM log_checkpoints ORDER BY tree_size DESC LIMIT 1',
    ),
    db.query<{ tree_size: string; failed_at: Date; cosigners: string[]; reasons: Record<string, string> }>(
      'SELECT tree_size, failed_at, cosigners, reasons FROM log_checkpoint_failures ORDER BY id DESC LIMIT 20',
    ),
    db.query<{ leaf_index: string; kbo: string; kid: string; key_use: string; event: string }>(
      'SELECT leaf_index, kbo, kid, key_use, event FROM log_key_entries ORDER BY leaf_index DESC LIMIT 20',
    ),
  ]);
  return {
    size: Number(size?.size ?? 0),
    treeHead: head ? { treeSize: Number(head.tree_size), signedAt: head.signed_at, rootHash: head.root_hash.toString('hex') } : null,
    checkpoint: checkpoint
      ? {
          treeSize: Number(checkpoint.tree_size),
          publishedAt: checkpoint.published_at,
          cosigners: checkpoint.cosigners,
          rootHash: checkpoint.root_hash.toString('hex'),
        }
      : null,
    failures: failures.map((row) => ({
      treeSize: Number(row.tree_size),
      failedAt: row.failed_at,
      cosigners: row.cosigners,
      reasons: row.reasons,
    })),
    keyEntries: keys.map((row) => ({ leafIndex: Number(row.leaf_index), kbo: row.kbo, kid: row.kid, use: row.key_use, event: row.event })),
  };
}

export type LogState = Awaited<ReturnType<typeof readLogState>>;
