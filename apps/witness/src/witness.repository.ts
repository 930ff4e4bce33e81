/** The witness's state in PostgreSQL: the latest cosigned checkpoint per origin, moved forward by compare-and-swap. */
import type { Queryable } from '#platform/db.ts';
import type { Evidence, StoredState } from './witness.ts';

export function createWitnessRepository(db: Queryable) {
  return {
    async state(origin: string): Promise<StoredState> {
      const row = await db.one<{ tree_size: string; root_hash: Buffer }>(
        'SELECT tree_size, root_hash FROM witnessed_logs WHERE origin = $1',
        [origin],
      );
      return row ? { treeSize: Number(row.tree_size), rootHash: row.root_hash } : null;
    },
    /**
     * Stores the new checkpoint only if the stored size is still `oldSize` (no row counts as 0): true
     * when this call moved the state. Concurrent calls with the same old size: exactly one wins.
     */
    async compareAndSwap(
      origin: string,
      oldSize: number,
      next: { treeSize: number; rootHash: Buffer; checkpoint: string },
    ): Promise<boolean> {
      const rows = await db.query<{ origin: string }>(
        `INSERT INTO witnessed_logs AS w (origin, tree_size, root_hash, checkpoint) VALUES ($1, $3, $4, $5)
           ON CONFLICT (origin) DO UPDATE
             SET tree_size = excluded.tree_size, root_hash = excluded.root_hash, checkpoint = excluded.checkpoint, updated_at = now()
           WHERE w.tree_size = $2 AND (w.tree_size < excluded.tree_size OR w.root_hash = excluded.root_hash)
         RETURNING origin`,
        [origin, oldSize, next.treeSize, next.rootHash, next.checkpoint],
      );
      if (rows.length === 1) return true;
      // A first insert with oldSize 0 raced another: it lost. An insert where no row existed and oldSize > 0 cannot happen (judged before).
      return false;
    },
    async recordRefusal(evidence: Evidence, stored: StoredState): Promise<void> {
      await db.query(
        `INSERT INTO witness_refusals (origin, reason, stored_size, stored_root, presented_size, presented_root, checkpoint)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [
          evidence.origin,
          evidence.reason,
          stored?.treeSize ?? null,
          stored?.rootHash ?? null,
          evidence.presentedSize,
          evidence.presentedRoot,
          evidence.checkpoint,
        ],
      );
    },
    async followed(): Promise<{ origin: string; treeSize: number; checkpoint: string; updatedAt: Date }[]> {
      const rows = await db.query<{ origin: string; tree_size: string; checkpoint: string; updated_at: Date }>(
        'SELECT origin, tree_size, checkpoint, updated_at FROM witnessed_logs ORDER BY origin',
      );
      return rows.map((row) => ({
        origin: row.origin,
        treeSize: Number(row.tree_size),
        checkpoint: row.checkpoint,
        updatedAt: row.updated_at,
      }));
    },
    async refusals(limit: number): Promise<{ origin: string; reason: string; presentedSize: number; refusedAt: Date }[]> {
      const rows = await db.query<{ origin: string; reason: string; presented_size: string; refused_at: Date }>(
        'SELECT origin, reason, presented_size, refused_at FROM witness_refusals ORDER BY id DESC LIMIT $1',
        [limit],
      );
      return rows.map((row) => ({
        origin: row.origin,
        reason: row.reason,
        presentedSize: Number(row.presented_size),
        refusedAt: row.refused_at,
      }));
    },
  };
}

export type WitnessRepository = ReturnType<typeof createWitnessRepository>;
