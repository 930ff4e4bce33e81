/** `/api/v1/aid-requests/{id}/secrecy-shares`: the four conditions of shared professional secrecy (R28). */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import type { SharedSecrecyService } from './shared-secrecy.service.ts';
import { ShareBody } from './shared-secrecy.schema.ts';

export function registerSharedSecrecyRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; secrecy: SharedSecrecyService }): void {
  const api = typed(app);
  const { actorOf, secrecy } = deps;
  const tags = ['shared-secrecy'];

  api.post('/api/v1/aid-requests/:id/secrecy-shares', { schema: { tags, params: IdParams, body: ShareBody } }, async (request, reply) =>
    reply.code(201).send(await secrecy.recordShare(await actorOf(request), request.params.id, request.body)),
  );

  api.get('/api/v1/aid-requests/:id/secrecy-shares', { schema: { tags, params: IdParams } }, async (request) =>
    secrecy.listShares(await actorOf(request), request.params.id),
  );
}
