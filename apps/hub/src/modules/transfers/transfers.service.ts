/**
 * Transfers to the competent CPAS (flow 5, R7). A CPAS that is not territorially competent forwards
 * the request, within 5 days, to the CPAS it believes competent (law of 2 April 1965, art. 9bis;
 * domain §3.2); that CPAS answers: accepted, or disputed (it then refers the conflict to the SPP IS).
 * Both messages come signed by their sender, with the person's data encrypted by the sender to the
 * recipient; the hub relays them signed by itself, keeps them until acknowledged (a recipient that is
 * down receives them later), and logs one leg per message about the person's pseudonym.
 */
import { AppError } from '#platform/errors.ts';
import type { Logger } from '#platform/logger.ts';
import { TransferAck, TransferMessage } from '#contracts/protocol/messages.ts';
import { createDeliveryQueue, type DeliveryOutcome, type HubChannel } from '../channel/index.ts';
import type { Registry } from '../registry/index.ts';
import type { Pseudonymiser } from '../directory/index.ts';
import type { ExchangeLog } from '../exchange-log/leg.ts';
import type { TransferMessageRow, TransferRepository } from './transfers.repository.ts';

export type TransferDeps = {
  repository: TransferRepository;
  registry: Pick<Registry, 'find'>;
  pseudonymise: Pseudonymiser;
  exchangeLog: ExchangeLog;
  channel: Pick<HubChannel, 'receive' | 'sign' | 'deliver'>;
  log: Logger;
  clock: () => Date;
};

export type TransferService = ReturnType<typeof createTransferService>;

export function createTransferService(deps: TransferDeps) {
  async function deliver(message: TransferMessageRow): Promise<DeliveryOutcome> {
    const recipient = await deps.registry.find(message.recipient_kbo);
    const sender = await deps.registry.find(message.sender_kbo);
    const fail = (reason: string): DeliveryOutcome => ({ ok: false, reason });
    if (!recipient?.endpoint) return fail('recipient.no-endpoint');
    const delivery = await deps.channel.deliver(
      recipient,
      {
        type: 'transfer-notice',
        kind: message.kind,
        transferId: message.transfer_id,
        from: { kbo: message.sender_kbo, name: sender?.name ?? message.sender_kbo },
        content: message.content,
      },
      TransferAck,
      { role: 'recipient', malformedCode: 'recipient.malformed-ack' },
    );
    if (!delivery.ok) return fail(delivery.reasonCode);
    if (delivery.claims.transferId !== message.transfer_id) return fail('recipient.malformed-ack');
    if (delivery.claims.status === 'refused')
      deps.log.warn({ transferId: message.transfer_id, code: delivery.claims.reasonCode }, 'transfer refused');
    await deps.repository.markDelivered(message.id, deps.clock());
    return { ok: true };
  }

  const delivery = createDeliveryQueue({
    claimDue: deps.repository.claimDue,
    markFailed: deps.repository.markFailed,
    deliver,
    clock: deps.clock,
    onError: (error) => deps.log.warn({ err: error }, 'transfer messages not delivered yet'),
  });
  const deliverDue = delivery.run;

  return {
    deliverDue,
    /** Handles `POST /hub/v1/transfers`: only between two registered CPAS. */
    async receive(jws: unknown): Promise<string> {
      const received = await deps.channel.receive(jws, TransferMessage);
      const sender = await deps.registry.find(received.claims.iss);
      if (sender?.kind !== 'cpas') throw new AppError('transfer.not-a-cpas', 403, 'Only a CPAS transfers a request.');
      if (!received.ok) throw new AppError('transfer.malformed', 422, 'kind, transferId, toKbo, niss and content are required.');
      const claims = received.claims;
      const recipient = await deps.registry.find(claims.toKbo);
      if (recipient?.kind !== 'cpas' || claims.toKbo === claims.iss)
        throw new AppError('transfer.unknown-recipient', 422, 'The receiving CPAS is not registered at the hub.');
      const subject = deps.pseudonymise(claims.niss);
      const stored = await deps.repository.insert({
        transferId: claims.transferId,
        kind: claims.kind,
        senderKbo: claims.iss,
        recipientKbo: claims.toKbo,
        subject,
        content: claims.content,
      });
      let leafIndex = stored.leafIndex ?? undefined;
      if (stored.isNew) {
        [leafIndex] = await deps.exchangeLog.append(
          [
            {
              type: 'transfer.forwarded',
              at: deps.clock().toISOString(),
              requester: claims.iss,
              provider: claims.toKbo,
              outcome: claims.kind,
              subject: subject.toString('base64'),
            },
          ],
          [subject],
        );
        if (leafIndex !== undefined) await deps.repository.recordLeaf(stored.id, leafIndex);
        deps.log.debug({ transferId: claims.transferId, kind: claims.kind }, 'transfer received');
      }
      void deliverDue().catch((error: unknown) => deps.log.warn({ err: error }, 'transfer messages not delivered yet'));
      // The entry's index goes back to the sender (for the offline proof in its letter), again to a sender that retried.
      return deps.channel.sign(claims.iss, {
        type: 'transfer-result',
        transferId: claims.transferId,
        status: 'queued',
        ...(leafIndex === undefined ? {} : { leafIndex }),
      });
    },
    start: (intervalMs = 5_000) => delivery.start(intervalMs),
    stop: delivery.stop,
  };
}
