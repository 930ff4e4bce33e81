/** The hub's SQL for the tiled log: tile hashes and entries straight from the RFC 9162 tables, and the published checkpoints. */
import type { Queryable } from '#platform/db.ts';

export type PublishedCheckpoint = { treeSize: number; rootHash: Buffer; note: string; cosigners: string[]; publishedAt: Date };

export function createTlogRepository(db: Queryable) {
  return {
    /**
     * `count` consecutive complete subtree hashes at Merkle height `height` from `first` (the hashes of
     * a tile). `log_nodes` holds every complete node, so a tile is one range scan of its primary key.
     */
    async subtreeHashes(height: number, first: number, count: number): Promise<Buffer[]> {
      const rows = await db.query<{ hash: Buffer }>(
        'SELECT hash FROM log_nodes WHERE level = $1 AND node_index >= $2 AND node_index < $3 ORDER BY node_index',
        [height, first, first + count],
      );
      return rows.map((row) => row.hash);
    },
    async entries(first: number, count: number): Promise<Buffer[]> {
      const rows = await db.query<{ leaf: Buffer }>(
        'SELECT leaf FROM log_leaves WHERE leaf_index >= $1 AND leaf_index < $2 ORDER BY leaf_index',
        [first, first + count],
      );
      return rows.map((row) => row.leaf);
    },
    async latestCheckpoint(): Promise<PublishedCheckpoint | null> {
      const row = await db.one<{ tree_size: string; root_hash: Buffer; note: string; cosigners: string[]; published_at: Date }>(
        'SELECT * FROM log_checkpoints ORDER BY tree_size DESC LIMIT 1',
      );
      return row
        ? {
            treeSize: Number(row.tree_size),
            rootHash: row.root_hash,
            note: row.note,
            cosigners: row.cosigners,
            publishedAt: row.published_at,
          }
        : null;
    },
    async insertCheckpoint(checkpoint: { treeSize: number; rootHash: Buffer; note: string; cosigners: string[] }): Promise<void> {
      await db.query(
        'INSERT INTO log_checkpoints (tree_size, root_hash, note, cosigners) VALUES ($1, $2, $3, $4) ON CONFLICT (tree_size) DO NOTHING',
        [checkpoint.treeSize, checkpoint.rootHash, checkpoint.note, checkpoint.cosigners],
      );
    },
    async insertFailure(failure: {
      treeSize: number;
      rootHash: Buffer;
      cosigners: string[];
      reasons: Record<string, string>;
    }): Promise<void> {
      await db.query('INSERT INTO log_checkpoint_failures (tree_size, root_hash, cosigners, reasons) VALUES ($1, $2, $3, $4)', [
        failure.treeSize,
        failure.rootHash,
        failure.cosigners,
        JSON.stringify(failure.reasons),
      ]);
    },
  };
}

export type TlogRepository = ReturnType<typeof createTlogRepository>;
