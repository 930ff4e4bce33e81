/**
 * Corrections (flow 3, R39). A provider that corrects or annuls a decision it shared sends a signed
 * `correction` message; the hub finds, in its own exchange log, every institution that received an
 * answered summary from that provider about that person inside the notice window, and sends each a
 * signed correction notice. The hub learns no content: only the provider, the pseudonymised person,
 * the decision reference and the new status. Notices wait in `correction_notices` until the
 * recipient acknowledges them; a recipient that is down receives them later (nothing is lost).
 * Every step is a leg of the exchange log: the correction received and each notice delivered.
 */
import { randomUUID } from 'node:crypto';
import { AppError } from '#platform/errors.ts';
import type { Logger } from '#platform/logger.ts';
import { CorrectionAck, CorrectionMessage } from '#contracts/protocol/messages.ts';
import { createDeliveryQueue, type DeliveryOutcome, type HubChannel } from '../channel/index.ts';
import type { Registry } from '../registry/index.ts';
import { monthsBeforeDate, type Pseudonymiser } from '../directory/index.ts';
import type { ExchangeLog } from '../exchange-log/leg.ts';
import type { CorrectionRepository, NoticeRow } from './corrections.repository.ts';
import { recipientsOf } from './corrections.ts';

export type CorrectionDeps = {
  repository: CorrectionRepository;
  registry: Pick<Registry, 'find'>;
  pseudonymise: Pseudonymiser;
  exchangeLog: ExchangeLog;
  channel: Pick<HubChannel, 'receive' | 'sign' | 'deliver'>;
  log: Logger;
  clock: () => Date;
  /** Recipients of the provider's summaries within this many months are notified (R39's "last N months"). */
  noticeMonths: number;
};

export type CorrectionService = ReturnType<typeof createCorrectionService>;

export function createCorrectionService(deps: CorrectionDeps) {
  async function deliver(notice: NoticeRow): Promise<DeliveryOutcome> {
    const recipient = await deps.registry.find(notice.recipient_kbo);
    const provider = await deps.registry.find(notice.provider_kbo);
    const fail = (reason: string): DeliveryOutcome => ({ ok: false, reason });
    if (!recipient?.endpoint) return fail('recipient.no-endpoint');
    const delivery = await deps.channel.deliver(
      recipient,
      {
        type: 'correction-notice',
        noticeId: notice.id,
        provider: { kbo: notice.provider_kbo, name: provider?.name ?? notice.provider_kbo },
        decisionRef: notice.decision_ref,
        status: notice.status,
        correctedAt: notice.corrected_at.toISOString(),
        consultationIds: notice.consultation_ids,
      },
      CorrectionAck,
      { role: 'recipient', malformedCode: 'recipient.malformed-ack' },
    );
    if (!delivery.ok) return fail(delivery.reasonCode);
    if (delivery.claims.noticeId !== notice.id) return fail('recipient.malformed-ack');
    await deps.repository.markDelivered(notice.id, deps.clock());
    await deps.exchangeLog.append(
      [
        {
          type: 'correction.notified',
          at: deps.clock().toISOString(),
          requester: notice.recipient_kbo,
          provider: notice.provider_kbo,
          outcome: notice.status,
          subject: notice.person_pseudonym.toString('base64'),
        },
      ],
      [notice.person_pseudonym],
    );
    return { ok: true };
  }

  /** Delivers every notice that is due; returns how many were acknowledged. One run at a time. */
  const delivery = createDeliveryQueue({
    claimDue: deps.repository.claimDue,
    markFailed: deps.repository.markFailed,
    deliver,
    clock: deps.clock,
    onError: (error) => deps.log.warn({ err: error }, 'correction notices not delivered yet'),
  });
  const deliverDue = delivery.run;

  return {
    deliverDue,
    /** Handles `POST /hub/v1/corrections`; answers the provider with the number of institutions to notify. */
    async receive(jws: unknown): Promise<string> {
      const received = await deps.channel.receive(jws, CorrectionMessage);
      const provider = await deps.registry.find(received.claims.iss);
      if (provider?.kind !== 'cpas') throw new AppError('correction.not-a-cpas', 403, 'Only a CPAS corrects the decisions it shared.');
      if (!received.ok) {
        throw new AppError(
          'correction.malformed',
          422,
          'niss, decisionRef, status ("corrected" or "annulled") and correctedAt are required.',
        );
      }
      const claims = received.claims;
      const subject = deps.pseudonymise(claims.niss);
      const now = deps.clock();
      const legs = await deps.repository.legsAbout(subject, monthsBeforeDate(now, deps.noticeMonths));
      const recipients = recipientsOf(legs, claims.iss);
      const correctionId = randomUUID();
      await deps.repository.insertNotices(
        [...recipients].map(([recipientKbo, consultationIds]) => ({
          correctionId,
          providerKbo: claims.iss,
          recipientKbo,
          subject,
          decisionRef: claims.decisionRef,
          status: claims.status,
          correctedAt: claims.correctedAt,
          consultationIds,
        })),
      );
      await deps.exchangeLog.append(
        [
          {
            type: 'correction.received',
            at: now.toISOString(),
            provider: claims.iss,
            outcome: `recipients:${recipients.size}`,
            subject: subject.toString('base64'),
          },
        ],
        [subject],
      );
      deps.log.debug({ correctionId, recipients: recipients.size }, 'correction received');
      // Delivered at once when the recipients are up; otherwise by the retry loop.
      void deliverDue().catch((error: unknown) => deps.log.warn({ err: error }, 'correction notices not delivered yet'));
      return deps.channel.sign(claims.iss, { type: 'correction-result', correctionId, recipients: recipients.size });
    },
    start: (intervalMs = 5_000) => delivery.start(intervalMs),
    stop: delivery.stop,
  };
}
