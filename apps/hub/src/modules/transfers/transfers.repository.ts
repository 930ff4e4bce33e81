/** The hub's SQL for transfers (R7): the messages waiting for their recipients. */
import { randomUUID } from 'node:crypto';
import type { Database } from '#platform/db.ts';

export type TransferMessageRow = {
  id: string;
  transfer_id: string;
  kind: 'transfer' | 'transfer-answer';
  sender_kbo: string;
  recipient_kbo: string;
  person_pseudonym: Buffer;
  content: string;
  attempts: number;
};

export type NewTransferMessage = {
  transferId: string;
  kind: 'transfer' | 'transfer-answer';
  senderKbo: string;
  recipientKbo: string;
  subject: Buffer;
  content: string;
};

export type TransferRepository = ReturnType<typeof createTransferRepository>;

export function createTransferRepository(db: Database) {
  return {
    /** Stores the message once: a sender that sends it again (its outbox retried) changes nothing. Returns whether it is new. */
    async insert(message: NewTransferMessage): Promise<boolean> {
      const rows = await db.query(
        `INSERT INTO transfer_messages (id, transfer_id, kind, sender_kbo, recipient_kbo, person_pseudonym, content)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (transfer_id, kind, sender_kbo) DO NOTHING RETURNING id`,
        [randomUUID(), message.transferId, message.kind, message.senderKbo, message.recipientKbo, message.subject, message.content],
      );
      return rows.length > 0;
    },
    /** Claims the oldest due message until `leaseUntil`, skipping those another hub process is claiming (ADR 0019). */
    claimDue: async (now: Date, leaseUntil: Date): Promise<TransferMessageRow | null> =>
      (await db.one<TransferMessageRow>(
        `UPDATE transfer_messages SET next_attempt_at = $2 WHERE id = (
           SELECT id FROM transfer_messages WHERE delivered_at IS NULL AND next_attempt_at <= $1 ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
         RETURNING *`,
        [now, leaseUntil],
      )) ?? null,
    async markFailed(id: string, reason: string, nextAttemptAt: Date): Promise<void> {
      await db.query('UPDATE transfer_messages SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3 WHERE id = $1', [
        id,
        reason,
        nextAttemptAt,
      ]);
    },
    async markDelivered(id: string, at: Date): Promise<void> {
      // Delivered: the encrypted content is no longer needed at the hub.
      await db.query(
        `UPDATE transfer_messages SET delivered_at = $2, attempts = attempts + 1, last_error = NULL, content = '' WHERE id = $1`,
        [id, at],
      );
    },
  };
}
