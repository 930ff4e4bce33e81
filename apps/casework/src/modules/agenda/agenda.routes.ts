/** `GET /api/v1/agenda` and `GET /api/v1/agenda/{id}/social-report`: the deciding body's read-only view. */
import type { FastifyInstance } from 'fastify';
import { IdParams, Page, typed, type ActorOf } from '../../http-context.ts';
import { createAgendaService } from './agenda.service.ts';

export function registerAgendaRoutes(app: FastifyInstance, actorOf: ActorOf): void {
  const agenda = createAgendaService();
  const api = typed(app);
  const tags = ['agenda'];

  api.get('/api/v1/agenda', { schema: { tags, querystring: Page(50) } }, async (request) =>
    agenda.listAgenda(await actorOf(request), { limit: request.query.limit ?? 50, offset: request.query.offset ?? 0 }),
  );

  api.get('/api/v1/agenda/:id/social-report', { schema: { tags, params: IdParams } }, async (request) =>
    agenda.readAgendaReport(await actorOf(request), request.params.id),
  );
}
