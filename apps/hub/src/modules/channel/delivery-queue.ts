/**
 * The hub's queues of messages it keeps until their recipient acknowledges them (correction notices,
 * transfers): one delivery loop that claims one due message at a time for a lease — another hub
 * process running the same loop takes the next one (ADR 0019) — delivers it, and on failure pushes it
 * back with an exponential back-off. What a message is and how it is delivered stays with its module.
 */
import { createPeriodicTask, type PeriodicTask } from '#platform/periodic.ts';

/**
 * A message being delivered is claimed for this long (next_attempt_at moved past it): another hub
 * process does not deliver it meanwhile, and if the claiming process dies, the message is due again
 * after the lease (ADR 0019). Far longer than one delivery may take (its timeout is seconds).
 */
export const DELIVERY_LEASE_SECONDS = 300;

/** Messages one run of a delivery loop claims and tries, at most. */
export const DELIVERIES_PER_RUN = 500;

/** Exponential back-off for a message not acknowledged: 2, 4, 8 … seconds, at most an hour. */
export function retryDelaySeconds(attempts: number): number {
  return Math.min(3_600, 2 ** Math.min(attempts + 1, 12));
}

/** The delivery of one message: acknowledged, or the reason code it failed with. */
export type DeliveryOutcome = { ok: true } | { ok: false; reason: string };

/** The loop over a queue; `run()` resolves with the number of messages acknowledged. */
export function createDeliveryQueue<T extends { id: string; attempts: number }>(deps: {
  claimDue(now: Date, leaseUntil: Date): Promise<T | null | undefined>;
  markFailed(id: string, reason: string, nextAttemptAt: Date): Promise<unknown>;
  deliver(message: T): Promise<DeliveryOutcome>;
  clock: () => Date;
  onError: (error: unknown) => void;
}): PeriodicTask<number> {
  return createPeriodicTask(
    async () => {
      let delivered = 0;
      for (let tried = 0; tried < DELIVERIES_PER_RUN; tried += 1) {
        const now = deps.clock();
        const message = await deps.claimDue(now, new Date(now.getTime() + DELIVERY_LEASE_SECONDS * 1000));
        if (!message) break;
        const outcome = await deps.deliver(message);
        if (outcome.ok) delivered += 1;
        else
          await deps.markFailed(message.id, outcome.reason, new Date(deps.clock().getTime() + retryDelaySeconds(message.attempts) * 1000));
      }
      return delivered;
    },
    { onError: deps.onError },
  );
}
