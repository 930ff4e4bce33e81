/** `/api/v1/aid-requests/:id/attached-items` (R35): items received from another CPAS, kept in the file with a justification. */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import type { ReceivedItemService } from './received-items.service.ts';
import { AttachBody } from './received-items.schema.ts';

export function registerReceivedItemRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; receivedItems: ReceivedItemService }): void {
  const api = typed(app);
  const { actorOf, receivedItems } = deps;
  const tags = ['rse'];
  api.get('/api/v1/aid-requests/:id/attached-items', { schema: { tags, params: IdParams } }, async (request) =>
    receivedItems.list(await actorOf(request), request.params.id),
  );
  api.post('/api/v1/aid-requests/:id/attached-items', { schema: { tags, params: IdParams, body: AttachBody } }, async (request, reply) =>
    reply.code(201).send(await receivedItems.attach(await actorOf(request), request.params.id, request.body)),
  );
}
