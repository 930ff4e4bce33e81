/** SQL of the parked outbox messages: listed, sent again, resolved. */
import type { Queryable } from '#platform/db.ts';
import type { Resolution } from './outbox.ts';

const PARKED = `sent_at IS NULL AND resolved_at IS NULL AND next_attempt_at = 'infinity'`;

export type ParkedRow = {
  id: number;
  topic: string;
  payload: Record<string, unknown>;
  created_at: Date;
  attempts: number;
  last_error: string | null;
};

export async function listParked(db: Queryable, limit: number, offset: number): Promise<{ rows: ParkedRow[]; total: number }> {
  const rows = await db.query<ParkedRow>(
    `SELECT id, topic, payload, created_at, attempts, last_error FROM outbox WHERE ${PARKED} ORDER BY id LIMIT $1 OFFSET $2`,
    [limit, offset],
  );
  const count = await db.one<{ n: number }>(`SELECT count(*)::bigint AS n FROM outbox WHERE ${PARKED}`);
  return { rows, total: count?.n ?? 0 };
}

/** Due again now (the relay takes it at its next pass); false when the message is not parked. */
export async function retryParked(tx: Queryable, id: number, now: Date): Promise<boolean> {
  const row = await tx.one(`UPDATE outbox SET next_attempt_at = $2 WHERE id = $1 AND ${PARKED} RETURNING id`, [id, now]);
  return row !== undefined;
}

export async function resolveParked(
  tx: Queryable,
  id: number,
  input: { userId: string; resolution: Resolution; now: Date },
): Promise<boolean> {
  const row = await tx.one(
    `UPDATE outbox SET resolved_at = $2, resolved_by = $3, resolution = $4 WHERE id = $1 AND ${PARKED} RETURNING id`,
    [id, input.now, input.userId, input.resolution],
  );
  return row !== undefined;
}
