/** `/api/v1/aid-requests/{id}/hearings`: request, schedule, held, not held, list (R11). */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import type { HearingService } from './hearings.service.ts';
import * as schema from './hearings.schema.ts';

export function registerHearingRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; hearings: HearingService }): void {
  const api = typed(app);
  const { actorOf, hearings } = deps;
  const tags = ['hearings'];

  api.post(
    '/api/v1/aid-requests/:id/hearings',
    { schema: { tags, params: IdParams, body: schema.HearingRequestBody } },
    async (request, reply) => reply.code(201).send(await hearings.requestHearing(await actorOf(request), request.params.id, request.body)),
  );

  api.get('/api/v1/aid-requests/:id/hearings', { schema: { tags, params: IdParams } }, async (request) =>
    hearings.listHearings(await actorOf(request), request.params.id),
  );

  api.post(
    '/api/v1/aid-requests/:id/hearings/:hearingId/schedule',
    { schema: { tags, params: schema.HearingParams, body: schema.HearingScheduleBody } },
    async (request) => hearings.scheduleHearing(await actorOf(request), request.params.id, request.params.hearingId, request.body),
  );

  // The hearing took place (kept as PUT on the hearing, as before).
  api.put(
    '/api/v1/aid-requests/:id/hearings/:hearingId',
    { schema: { tags, params: schema.HearingParams, body: schema.HearingHeldBody } },
    async (request) => hearings.recordHeld(await actorOf(request), request.params.id, request.params.hearingId, request.body),
  );

  api.post(
    '/api/v1/aid-requests/:id/hearings/:hearingId/not-held',
    { schema: { tags, params: schema.HearingParams, body: schema.HearingNotHeldBody } },
    async (request) => hearings.recordNotHeld(await actorOf(request), request.params.id, request.params.hearingId, request.body),
  );
}
