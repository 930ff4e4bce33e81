/** `GET /api/v1/outbox/parked`, `POST /api/v1/outbox/{id}/retry`, `POST /api/v1/outbox/{id}/resolve` (the CPAS's IT administrator). */
import type { FastifyInstance } from 'fastify';
import { Page, typed, type ActorOf } from '../../http-context.ts';
import { createOutboxAdminService } from './outbox.service.ts';
import { OutboxIdParams, ResolveBody } from './outbox.schema.ts';

export function registerOutboxRoutes(app: FastifyInstance, actorOf: ActorOf): void {
  const outbox = createOutboxAdminService();
  const api = typed(app);
  const tags = ['outbox'];

  api.get('/api/v1/outbox/parked', { schema: { tags, querystring: Page(50) } }, async (request) =>
    outbox.listParked(await actorOf(request), { limit: request.query.limit ?? 50, offset: request.query.offset ?? 0 }),
  );

  api.post('/api/v1/outbox/:id/retry', { schema: { tags, params: OutboxIdParams } }, async (request) =>
    outbox.retry(await actorOf(request), Number(request.params.id)),
  );

  api.post('/api/v1/outbox/:id/resolve', { schema: { tags, params: OutboxIdParams, body: ResolveBody } }, async (request) =>
    outbox.resolve(await actorOf(request), Number(request.params.id), request.body.resolution),
  );
}
