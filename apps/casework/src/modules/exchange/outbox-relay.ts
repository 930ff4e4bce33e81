/**
 * Delivers the outbox to the hub (flow 1): integration changes written in the same transaction as
 * the casework change are sent later, in order, with back-off; when the hub is down nothing is lost.
 */
import type { Logger } from '#platform/logger.ts';
import { createPeriodicTask } from '#platform/periodic.ts';
import type { TenantRegistry, Tenant } from '../../tenant.ts';
import {
  CorrectionResult,
  IntegrationResult,
  NissReplacementResult,
  PersonReplyResult,
  TransferResult,
  type MessageDefinition,
} from '#contracts/protocol/messages.ts';
import { encryptFor } from '#contracts/protocol/encryption.ts';
import { HubUnreachableError, type HubClient } from './hub-client.ts';
import { recordTransferLogEntry } from '../transfers/index.ts';

type OutboxRow = { id: number; topic: string; payload: Record<string, unknown>; attempts: number };

type Prepare = (hub: HubClient, payload: Record<string, unknown>) => Promise<Record<string, unknown>>;

/** A transfer's content is encrypted to the receiving CPAS only when it is sent (R7): the hub relays what it cannot read. */
const encryptContentToRecipient: Prepare = async (hub, payload) => {
  const key = await hub.encryptionKey(String(payload.toKbo));
  // Not registered at the hub yet: tried again later, like an unreachable hub.
  if (!key) throw new HubUnreachableError(new Error('recipient has no encryption key'));
  return { ...payload, content: encryptFor(key.publicKey, key.kid, payload.content as object) };
};

/** Each topic's hub path and the signed answer the hub gives there (and what is done to the payload just before sending). */
const TOPICS: Record<string, { path: string; answer: MessageDefinition; prepare?: Prepare } | undefined> = {
  integration: { path: '/v1/integrations', answer: IntegrationResult },
  correction: { path: '/v1/corrections', answer: CorrectionResult },
  // R4: the person's new number; the hub moves their integrations to it (finding F1).
  'integration.niss-replaced': { path: '/v1/niss-replacements', answer: NissReplacementResult },
  transfer: { path: '/v1/transfers', answer: TransferResult, prepare: encryptContentToRecipient },
  // R39, R40: the answer to the person's statement, the outcome of their contest, encrypted to the portal.
  'person-reply': { path: '/v1/person-replies', answer: PersonReplyResult, prepare: encryptContentToRecipient },
};

export function createOutboxRelay(deps: { tenants: TenantRegistry; hub: HubClient; log: Logger; clock: () => Date }) {
  async function deliverTenant(tenant: Tenant): Promise<number> {
    // Most runs find nothing due: one autocommit read (on the outbox_due index) says so, where the transaction
    // below takes three round trips. A node serving many CPAS pays one statement per CPAS per run at rest.
    const due = await tenant.db.one<{ due: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $1) AS due',
      [deps.clock()],
    );
    if (!due?.due) return 0;
    let delivered = 0;
    for (;;) {
      const sent = await tenant.db.transaction(async (tx) => {
        const row = await tx.one<OutboxRow>(
          `SELECT id, topic, payload, attempts FROM outbox WHERE sent_at IS NULL AND next_attempt_at <= $1 ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED`,
          [deps.clock()],
        );
        if (!row) return null;
        const topic = TOPICS[row.topic];
        if (!topic) {
          // A topic the hub does not take yet stays recorded, parked, and is never lost.
          await tx.query(`UPDATE outbox SET next_attempt_at = 'infinity', last_error = 'no route for topic' WHERE id = $1`, [row.id]);
          return false;
        }
        try {
          const payload = topic.prepare ? await topic.prepare(deps.hub, row.payload) : row.payload;
          const answer = await deps.hub.send(tenant, topic.path, payload, topic.answer);
          // Not registered at the hub yet (the operator registers institutions): retried, not parked.
          if (!answer.ok && answer.code === 'signature.unknown-institution') throw new HubUnreachableError(new Error(answer.code));
          if (!answer.ok && answer.status !== 409) {
            // Refused for good (invalid message): parked with the reason for an administrator.
            await tx.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = 'infinity' WHERE id = $1`, [
              row.id,
              answer.code,
            ]);
            deps.log.warn({ outboxId: row.id, code: answer.code }, 'hub refused an outbox message');
            return false;
          }
          await tx.query('UPDATE outbox SET sent_at = $2, attempts = attempts + 1, last_error = NULL WHERE id = $1', [
            row.id,
            deps.clock(),
          ]);
          if (row.topic === 'integration') {
            const status = row.payload.action === 'end' ? 'ended' : 'registered';
            await tx.query(
              `UPDATE integrations SET hub_status = $2, updated_at = now()
                WHERE request_id = $1::uuid AND (($2 = 'ended' AND end_date IS NOT NULL) OR ($2 = 'registered' AND end_date IS NULL))`,
              [row.payload.fileRef, status],
            );
          }
          // The hub names its log entry of the transfer: kept for the offline proof in the notice to the person (ADR 0017).
          if (row.topic === 'transfer' && row.payload.kind === 'transfer' && answer.ok && typeof answer.claims.leafIndex === 'number')
            await recordTransferLogEntry(tx, String(row.payload.transferId), answer.claims.leafIndex);
          return true;
        } catch (error) {
          if (!(error instanceof HubUnreachableError)) throw error;
          const delaySeconds = Math.min(300, 2 ** Math.min(row.attempts, 8));
          await tx.query(`UPDATE outbox SET attempts = attempts + 1, last_error = 'hub unreachable', next_attempt_at = $2 WHERE id = $1`, [
            row.id,
            new Date(deps.clock().getTime() + delaySeconds * 1000),
          ]);
          return 'stop';
        }
      });
      if (sent === null || sent === 'stop') return delivered;
      if (sent) delivered += 1;
    }
  }

  /** Delivers what is due. A run already under way may have started before the caller's row was written: wait for it, then run again. */
  const relay = createPeriodicTask(
    async () => {
      let total = 0;
      for (const tenant of deps.tenants.all()) total += await deliverTenant(tenant);
      return total;
    },
    { onError: (error) => deps.log.error({ err: error }, 'outbox relay failed'), whileRunning: 'rerun' },
  );
  const flush = relay.run;

  return {
    flush,
    start: (intervalMs = 1_000) => relay.start(intervalMs),
    stop: relay.stop,
  };
}
