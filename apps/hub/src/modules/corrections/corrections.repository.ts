/** The hub's SQL for corrections: the person's log legs, and the notices waiting for their recipients. */
import { randomUUID } from 'node:crypto';
import type { Database } from '#platform/db.ts';
import type { LogLeg } from '../exchange-log/leg.ts';

export type NoticeRow = {
  id: string;
  correction_id: string;
  provider_kbo: string;
  recipient_kbo: string;
  person_pseudonym: Buffer;
  decision_ref: string;
  status: 'corrected' | 'annulled';
  corrected_at: Date;
  consultation_ids: string[];
  attempts: number;
};

export type NewNotice = {
  correctionId: string;
  providerKbo: string;
  recipientKbo: string;
  subject: Buffer;
  decisionRef: string;
  status: 'corrected' | 'annulled';
  correctedAt: string;
  consultationIds: string[];
};

export type CorrectionRepository = ReturnType<typeof createCorrectionRepository>;

export function createCorrectionRepository(db: Database) {
  return {
    /** The legs of the exchange log about this person since `since`, in log order. */
    async legsAbout(subject: Buffer, since: Date): Promise<LogLeg[]> {
      const rows = await db.query<{ leaf: Buffer }>(
        'SELECT leaf FROM log_leaves WHERE person_pseudonym = $1 AND appended_at >= $2 ORDER BY leaf_index',
        [subject, since],
      );
      return rows.map((row) => JSON.parse(row.leaf.toString('utf8')) as LogLeg);
    },
    async insertNotices(notices: NewNotice[]): Promise<void> {
      await db.transaction(async (tx) => {
        for (const notice of notices) {
          await tx.query(
            `INSERT INTO correction_notices (id, correction_id, provider_kbo, recipient_kbo, person_pseudonym, decision_ref, status, corrected_at,
               consultation_ids)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
            [
              randomUUID(),
              notice.correctionId,
              notice.providerKbo,
              notice.recipientKbo,
              notice.subject,
              notice.decisionRef,
              notice.status,
              notice.correctedAt,
              notice.consultationIds,
            ],
          );
        }
      });
    },
    /**
     * Claims the oldest due notice until `leaseUntil` (one row, skipping those another hub process is
     * claiming): two processes never deliver the same notice at once (ADR 0019). Null when none is due.
     */
    claimDue: async (now: Date, leaseUntil: Date): Promise<NoticeRow | null> =>
      (await db.one<NoticeRow>(
        `UPDATE correction_notices SET next_attempt_at = $2 WHERE id = (
           SELECT id FROM correction_notices WHERE delivered_at IS NULL AND next_attempt_at <= $1 ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
         RETURNING *`,
        [now, leaseUntil],
      )) ?? null,
    async markFailed(id: string, reason: string, nextAttemptAt: Date): Promise<void> {
      await db.query('UPDATE correction_notices SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3 WHERE id = $1', [
        id,
        reason,
        nextAttemptAt,
      ]);
    },
    async markDelivered(id: string, at: Date): Promise<void> {
      await db.query('UPDATE correction_notices SET delivered_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1', [id, at]);
    },
  };
}
