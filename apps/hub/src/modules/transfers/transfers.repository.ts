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
    /**
     * Stores the message once: a sender that sends it again (its outbox retried) changes nothing. Says whether it
     * is new, and the index of its log entry when it was logged before.
     */
    async insert(message: NewTransferMessage): Promise<{ id: string; isNew: boolean; leafIndex: number | null }> {
      const inserted = await db.one<{ id: string }>(
        `INSERT INTO transfer_messages (id, transfer_id, kind, sender_kbo, recipient_kbo, person_pseudonym, content)
         VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (transfer_id, kind, sender_kbo) DO NOTHING RETURNING id`,
        [randomUUID(), message.transferId, message.kind, message.senderKbo, message.recipientKbo, message.subject, message.content],
      );
      if (inserted) return { id: inserted.id, isNew: true, leafIndex: null };
      const kept = await db.one<{ id: string; leaf_index: string | null }>(
        'SELECT id, leaf_index FROM transfer_messages WHERE transfer_id = $1 AND kind = $2 AND sender_kbo = $3',
        [message.transferId, message.kind, message.senderKbo],
      );
      return { id: kept!.id, isNew: false, leafIndex: kept?.leaf_index == null ? null : Number(kept.leaf_index) };
    },
    /** Keeps the index of the message's log entry, for a sender that asks again. */
    async recordLeaf(id: string, leafIndex: number): Promise<void> {
      await db.query('UPDATE transfer_messages SET leaf_index = $2 WHERE id = $1', [id, leafIndex]);
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
