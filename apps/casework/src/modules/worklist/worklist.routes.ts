/** `GET /api/v1/worklist` and `POST /api/v1/worklist/notices/{id}/handled`. */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import type { WorklistService } from './worklist.service.ts';
import { WorklistQuery } from './worklist.schema.ts';

export function registerWorklistRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; worklist: WorklistService }): void {
  const api = typed(app);
  const { actorOf, worklist } = deps;
  const tags = ['worklist'];

  api.get('/api/v1/worklist', { schema: { tags, querystring: WorklistQuery } }, async (request) =>
    worklist.worklist(await actorOf(request), { limit: request.query.limit ?? 50, offset: request.query.offset ?? 0 }),
  );

  api.post('/api/v1/worklist/notices/:id/handled', { schema: { tags, params: IdParams } }, async (request) =>
    worklist.handleNotice(await actorOf(request), request.params.id),
  );
}
