/** Demo data of the parked outbox: one message the hub refused, for the IT administrator of the demo (admin.forest) to find and handle. */
import type { Queryable } from '#platform/db.ts';

export async function seedParkedOutboxDemo(db: Queryable, now: Date): Promise<void> {
  await db.query(
    `INSERT INTO outbox (topic, payload, created_at, attempts, next_attempt_at, last_error)
     VALUES ('correction', $1, $2, 1, 'infinity', 'correction.unknown-decision')`,
    [{ demo: true, note: 'DEMO — a correction the hub could not match to a decision it routed' }, new Date(now.getTime() - 2 * 86_400_000)],
  );
}
