/** The SQL of transfers (R7): the message queued for the hub, the transfers received and their answers. */
import type { Queryable } from '#platform/db.ts';
import type { TransferAnswerContent, TransferContent } from './transfers.ts';

export type IncomingTransferRow = {
  id: string;
  hub_transfer_id: string;
  from_kbo: string;
  from_name: string;
  niss: string;
  family_name: string;
  given_names: string;
  birth_date: string | null;
  language: 'fr' | 'nl' | 'de';
  kind: string;
  original_received_at: string;
  started_at: string;
  reason: string;
  received_at: Date;
  status: 'received' | 'accepted' | 'disputed';
  request_id: string | null;
  dispute_reason: string | null;
  escalated_at: string | null;
  escalation_ref: string | null;
  decided_at: Date | null;
};

export type OutgoingTransferRow = {
  id: string;
  request_id: string;
  to_kbo: string;
  to_name: string;
  reason: string;
  started_at: string;
  applicant_informed_at: string;
  is_overdue: boolean;
  hub_status: 'not-sent' | 'queued' | 'accepted' | 'disputed';
  answered_at: Date | null;
  answer_reason: string | null;
  /** The hub log entry of the transfer (`transfer.forwarded`), as the hub answered it; bigint, read as text. */
  hub_leaf_index: string | null;
};

/** The outbox payload of a transfer message; the relay encrypts `content` to the recipient when it sends it. */
export type TransferOutboxPayload = {
  kind: 'transfer' | 'transfer-answer';
  transferId: string;
  toKbo: string;
  niss: string;
  content: TransferContent | TransferAnswerContent;
};

const INCOMING_COLUMNS = `id, hub_transfer_id, from_kbo, from_name, niss, family_name, given_names, birth_date::text, language, kind,
  original_received_at::text, started_at::text, reason, received_at, status, request_id, dispute_reason, escalated_at::text, escalation_ref, decided_at`;

export function transferRepository(db: Queryable) {
  return {
    async queue(payload: TransferOutboxPayload): Promise<void> {
      await db.query(`INSERT INTO outbox (topic, payload) VALUES ('transfer', $1)`, [payload]);
    },
    outgoing: (requestId: string) =>
      db.one<OutgoingTransferRow>(
        `SELECT id, request_id, to_kbo, to_name, reason, started_at::text, applicant_informed_at::text, is_overdue, hub_status, answered_at,
                answer_reason, hub_leaf_index::text FROM transfers WHERE request_id = $1`,
        [requestId],
      ),
    outgoingById: (id: string, toKbo: string) =>
      db.one<OutgoingTransferRow>(
        `SELECT id, request_id, to_kbo, to_name, reason, started_at::text, applicant_informed_at::text, is_overdue, hub_status, answered_at,
                answer_reason, hub_leaf_index::text FROM transfers WHERE id = $1 AND to_kbo = $2 FOR UPDATE`,
        [id, toKbo],
      ),
    async recordAnswer(id: string, answer: TransferAnswerContent, at: Date): Promise<void> {
      await db.query('UPDATE transfers SET hub_status = $2, answered_at = $3, answer_reason = $4 WHERE id = $1', [
        id,
        answer.outcome,
        at,
        answer.reason ?? null,
      ]);
    },
    /** The index of the hub's `transfer.forwarded` entry, from its signed answer to the message (outbox relay). */
    async setLeafIndex(id: string, leafIndex: number): Promise<void> {
      await db.query('UPDATE transfers SET hub_leaf_index = $2 WHERE id = $1', [id, leafIndex]);
    },
    async setHubStatus(id: string, status: 'queued' | 'not-sent'): Promise<void> {
      await db.query('UPDATE transfers SET hub_status = $2 WHERE id = $1', [id, status]);
    },
    async notice(requestId: string, kind: string, details: Record<string, unknown>, at: Date): Promise<void> {
      await db.query('INSERT INTO worklist_notices (request_id, kind, details, created_at) VALUES ($1, $2, $3, $4)', [
        requestId,
        kind,
        details,
        at,
      ]);
    },
    /** Records a transfer received; a redelivered one is recorded once. Returns the row's id. */
    async insertIncoming(input: { transferId: string; from: { kbo: string; name: string }; content: TransferContent; at: Date }) {
      const c = input.content;
      const inserted = await db.one<{ id: string }>(
        `INSERT INTO incoming_transfers (hub_transfer_id, from_kbo, from_name, niss, family_name, given_names, birth_date, language, kind,
           original_received_at, started_at, reason, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) ON CONFLICT (hub_transfer_id) DO NOTHING RETURNING id`,
        [
          input.transferId,
          input.from.kbo,
          input.from.name,
          c.niss,
          c.familyName,
          c.givenNames,
          c.birthDate,
          c.language,
          c.kind,
          c.originalReceivedAt,
          c.startedAt,
          c.reason,
          input.at,
        ],
      );
      return inserted?.id ?? null;
    },
    incoming: (status: string | null, limit: number, offset: number) =>
      db.query<IncomingTransferRow>(
        `SELECT ${INCOMING_COLUMNS} FROM incoming_transfers WHERE ($1::text IS NULL OR status = $1) ORDER BY received_at DESC LIMIT $2 OFFSET $3`,
        [status, limit, offset],
      ),
    incomingById: (id: string, isLocked = false) =>
      db.one<IncomingTransferRow>(`SELECT ${INCOMING_COLUMNS} FROM incoming_transfers WHERE id = $1${isLocked ? ' FOR UPDATE' : ''}`, [id]),
    async markAccepted(id: string, requestId: string, userId: string, at: Date): Promise<void> {
      await db.query(`UPDATE incoming_transfers SET status = 'accepted', request_id = $2, decided_by = $3, decided_at = $4 WHERE id = $1`, [
        id,
        requestId,
        userId,
        at,
      ]);
    },
    async markDisputed(id: string, reason: string, userId: string, at: Date): Promise<void> {
      await db.query(
        `UPDATE incoming_transfers SET status = 'disputed', dispute_reason = $2, decided_by = $3, decided_at = $4 WHERE id = $1`,
        [id, reason, userId, at],
      );
    },
    async markEscalated(id: string, escalatedAt: string, reference: string): Promise<void> {
      await db.query('UPDATE incoming_transfers SET escalated_at = $2, escalation_ref = $3 WHERE id = $1', [id, escalatedAt, reference]);
    },
    personForLetter: (personId: string) =>
      db.one<{
        family_name: string;
        given_names: string;
        language: 'fr' | 'nl' | 'de';
        niss: string | null;
        birth_date: string | null;
        address_street: string | null;
        address_postal_code: string | null;
        address_municipality: string | null;
      }>(
        `SELECT family_name, given_names, language, niss, birth_date::text, address_street, address_postal_code, address_municipality
           FROM persons WHERE id = $1`,
        [personId],
      ),
  };
}

export type TransferRepository = ReturnType<typeof transferRepository>;
