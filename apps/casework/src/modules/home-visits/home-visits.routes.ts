/** `/api/v1/aid-requests/{id}/home-visits`: record and list home visits (R13). */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import type { HomeVisitService } from './home-visits.service.ts';
import { HomeVisitBody } from './home-visits.schema.ts';

export function registerHomeVisitRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; homeVisits: HomeVisitService }): void {
  const api = typed(app);
  const { actorOf, homeVisits } = deps;
  const tags = ['home-visits'];

  api.post('/api/v1/aid-requests/:id/home-visits', { schema: { tags, params: IdParams, body: HomeVisitBody } }, async (request, reply) =>
    reply.code(201).send(await homeVisits.recordVisit(await actorOf(request), request.params.id, request.body)),
  );

  api.get('/api/v1/aid-requests/:id/home-visits', { schema: { tags, params: IdParams } }, async (request) =>
    homeVisits.listVisits(await actorOf(request), request.params.id),
  );
}
