/** `/api/v1/aid-requests/{id}/piis`: the PIIS contract, its evaluations and amendments (R14). */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import type { PiisService } from './piis.service.ts';
import * as schema from './piis.schema.ts';

export function registerPiisRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; piis: PiisService }): void {
  const api = typed(app);
  const { actorOf, piis } = deps;
  const tags = ['piis'];

  api.post('/api/v1/aid-requests/:id/piis', { schema: { tags, params: IdParams, body: schema.PiisBody } }, async (request, reply) =>
    reply.code(201).send(await piis.signPiis(await actorOf(request), request.params.id, request.body)),
  );

  api.get('/api/v1/aid-requests/:id/piis', { schema: { tags, params: IdParams } }, async (request) =>
    piis.getPiis(await actorOf(request), request.params.id),
  );

  api.post(
    '/api/v1/aid-requests/:id/piis/evaluations',
    { schema: { tags, params: IdParams, body: schema.EvaluationBody } },
    async (request, reply) => reply.code(201).send(await piis.addEvaluation(await actorOf(request), request.params.id, request.body)),
  );

  api.post(
    '/api/v1/aid-requests/:id/piis/amendments',
    { schema: { tags, params: IdParams, body: schema.AmendmentBody } },
    async (request, reply) => reply.code(201).send(await piis.addAmendment(await actorOf(request), request.params.id, request.body)),
  );
}
