/**
 * Home visits (R13): recorded from their own page, listed on the file. The visit feeds both the yearly
 * home-visit deadline (through aid_requests.last_home_visit_at, kept by a trigger) and the social report's
 * home-visit section (social-reports reads `visitsOf`), so it is entered once.
 */
import { dayInBrussels } from '#platform/brussels-time.ts';
import type { Queryable } from '#platform/db.ts';
import type { Actor } from '../../tenant.ts';
import { withRequest } from '../access/index.ts';
import { homeVisitRepository, type HomeVisitRepository } from './home-visits.repository.ts';
import { requireVisitNotInFuture } from './home-visits.ts';

export type HomeVisitDeps = { withRequest: typeof withRequest; repository: (db: Queryable) => HomeVisitRepository };

/** The visits of a file, for another module working inside the same transaction (the social report). */
export const visitsOf = (tx: Queryable, requestId: string) => homeVisitRepository(tx).list(requestId);

/** Records a visit inside a transaction already opened on the file (the social report's date, entered there). */
export const insertVisit = (
  tx: Queryable,
  visit: { requestId: string; visitedAt: string; visitedBy: string; findings: string | null; createdBy: string },
) => homeVisitRepository(tx).insert(visit);

export function createHomeVisitService(overrides: Partial<HomeVisitDeps> = {}) {
  const deps: HomeVisitDeps = { withRequest, repository: homeVisitRepository, ...overrides };
  return {
    async recordVisit(actor: Actor, requestId: string, input: { visitedAt: string; visitedBy?: string; findings?: string }) {
      requireVisitNotInFuture(input.visitedAt, dayInBrussels(actor.now));
      return deps.withRequest(
        actor,
        requestId,
        { action: 'home-visit.record', mode: 'write', recordType: 'home-visit' },
        async (tx, request) =>
          deps.repository(tx).insert({
            requestId: request.id,
            visitedAt: input.visitedAt,
            visitedBy: input.visitedBy?.trim() || actor.user.displayName,
            findings: input.findings?.trim() || null,
            createdBy: actor.user.id,
          }),
      );
    },

    async listVisits(actor: Actor, requestId: string) {
      return deps.withRequest(
        actor,
        requestId,
        { action: 'home-visit.list', mode: 'read', recordType: 'home-visit' },
        async (tx, request) => ({
          items: await deps.repository(tx).list(request.id),
        }),
      );
    },
  };
}

export type HomeVisitService = ReturnType<typeof createHomeVisitService>;
