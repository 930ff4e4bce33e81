/** Hearings (R11, RIS law art. 20): request, schedule, held with a summary of the minutes, or not held. */
import { dayInBrussels } from '#platform/brussels-time.ts';
import { notFound } from '#platform/errors.ts';
import type { Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import { isUuid, withRequest, type AidRequestRow } from '../access/index.ts';
import { requireOpen } from '../aid-requests/index.ts';
import { hearingRepository, type HearingRepository } from './hearings.repository.ts';
import { requireOutcomeDate, requireRequestDates, requireStillPending } from './hearings.ts';

export type HearingDeps = { withRequest: typeof withRequest; repository: (db: Queryable) => HearingRepository };

export function createHearingService(overrides: Partial<HearingDeps> = {}) {
  const deps: HearingDeps = { withRequest, repository: hearingRepository, ...overrides };

  /** One hearing of the file, locked, still pending; 404 when the id is not one of this file's hearings. */
  const pending = async (tx: Queryable, request: AidRequestRow, hearingId: string) => {
    const hearing = isUuid(hearingId) ? await deps.repository(tx).byId(request.id, hearingId) : undefined;
    if (!hearing) throw notFound('hearing.not-found', 'No such hearing.');
    requireStillPending(hearing);
    return hearing;
  };
  const audit = (action: string, recordId?: string) => ({ action, mode: 'write' as const, recordType: 'hearing', recordId });

  return {
    async requestHearing(actor: Actor, requestId: string, input: { requestedAt: string; scheduledAt?: string }) {
      requireRequestDates(input.requestedAt, input.scheduledAt, dayInBrussels(actor.now));
      return deps.withRequest(actor, requestId, audit('hearing.create'), async (tx, request) => {
        requireOpen(request);
        return deps.repository(tx).insert(request.id, input.requestedAt, input.scheduledAt ?? null, actor.user.id);
      });
    },

    async scheduleHearing(actor: Actor, requestId: string, hearingId: string, input: { scheduledAt: string }) {
      return deps.withRequest(actor, requestId, audit('hearing.schedule', hearingId), async (tx, request) => {
        const hearing = await pending(tx, request, hearingId);
        requireRequestDates(hearing.requestedAt, input.scheduledAt, '9999-12-31');
        return deps.repository(tx).schedule(hearing.id, input.scheduledAt);
      });
    },

    async recordHeld(
      actor: Actor,
      requestId: string,
      hearingId: string,
      input: { heldAt: string; attendees: string; assistedBy?: string; minutesSummary?: string },
    ) {
      return deps.withRequest(actor, requestId, audit('hearing.record', hearingId), async (tx, request) => {
        const hearing = await pending(tx, request, hearingId);
        requireOutcomeDate(input.heldAt, hearing.requestedAt, dayInBrussels(actor.now), '/heldAt');
        return deps.repository(tx).held(hearing.id, {
          heldAt: input.heldAt,
          attendees: input.attendees.trim(),
          assistedBy: input.assistedBy?.trim() || null,
          minutesSummary: input.minutesSummary?.trim() || null,
        });
      });
    },

    async recordNotHeld(actor: Actor, requestId: string, hearingId: string, input: { notHeldAt: string; reason: string }) {
      return deps.withRequest(actor, requestId, audit('hearing.not-held', hearingId), async (tx, request) => {
        const hearing = await pending(tx, request, hearingId);
        requireOutcomeDate(input.notHeldAt, hearing.requestedAt, dayInBrussels(actor.now), '/notHeldAt');
        return deps.repository(tx).notHeld(hearing.id, input.notHeldAt, input.reason);
      });
    },

    async listHearings(actor: Actor, requestId: string) {
      return deps.withRequest(actor, requestId, { action: 'hearing.list', mode: 'read', recordType: 'hearing' }, async (tx, request) => ({
        items: await deps.repository(tx).list(request.id),
      }));
    },
  };
}

export type HearingService = ReturnType<typeof createHearingService>;
