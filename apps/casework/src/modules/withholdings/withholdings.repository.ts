/** The SQL of withholdings (R31): the current one of a person and its history. */
import type { Queryable } from '#platform/db.ts';

export type WithholdingRow = { reason_code: string; note: string | null; decided_at: Date; decided_by_name: string | null };
export type WithholdingEventRow = {
  action: 'withheld' | 'lifted';
  reason_code: string | null;
  note: string | null;
  decided_at: Date;
  decided_by_name: string | null;
};

export function withholdingRepository(db: Queryable) {
  return {
    /** The person, if registered and not anonymised, and whether the actor holds one of their files (or supervises it). */
    person: (personId: string, userId: string, now: Date) =>
      db.one<{ id: string; family_name: string; given_names: string; has_file: boolean }>(
        `SELECT p.id, p.family_name, p.given_names,
                EXISTS (SELECT 1 FROM aid_requests r WHERE r.person_id = p.id AND can_access_request(r.id, $2, $3)) AS has_file
           FROM persons p WHERE p.id = $1 AND p.anonymised_at IS NULL`,
        [personId, userId, now],
      ),
    current: (personId: string) =>
      db.one<WithholdingRow>(
        `SELECT w.reason_code, w.note, w.decided_at, u.display_name AS decided_by_name
           FROM withholdings w LEFT JOIN users u ON u.id = w.decided_by WHERE w.person_id = $1`,
        [personId],
      ),
    history: (personId: string) =>
      db.query<WithholdingEventRow>(
        `SELECT e.action, e.reason_code, e.note, e.decided_at, u.display_name AS decided_by_name
           FROM withholding_events e LEFT JOIN users u ON u.id = e.decided_by WHERE e.person_id = $1 ORDER BY e.decided_at DESC, e.id DESC`,
        [personId],
      ),
    async withhold(personId: string, input: { reasonCode: string; note: string | null }, userId: string, at: Date): Promise<void> {
      await db.query(
        `INSERT INTO withholdings (person_id, reason_code, note, decided_by, decided_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (person_id) DO UPDATE SET reason_code = EXCLUDED.reason_code, note = EXCLUDED.note, decided_by = EXCLUDED.decided_by,
           decided_at = EXCLUDED.decided_at`,
        [personId, input.reasonCode, input.note, userId, at],
      );
      await db.query(
        `INSERT INTO withholding_events (person_id, action, reason_code, note, decided_by, decided_at) VALUES ($1, 'withheld', $2, $3, $4, $5)`,
        [personId, input.reasonCode, input.note, userId, at],
      );
    },
    async lift(personId: string, note: string | null, userId: string, at: Date): Promise<boolean> {
      const removed = await db.query('DELETE FROM withholdings WHERE person_id = $1 RETURNING person_id', [personId]);
      if (removed.length === 0) return false;
      await db.query(
        `INSERT INTO withholding_events (person_id, action, reason_code, note, decided_by, decided_at) VALUES ($1, 'lifted', NULL, $2, $3, $4)`,
        [personId, note, userId, at],
      );
      return true;
    },
  };
}
