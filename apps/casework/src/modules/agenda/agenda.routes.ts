/** `GET /api/v1/agenda` and `GET /api/v1/agenda/{id}/social-report`: the deciding body's read-only view. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Actor } from '../../tenant.ts';
import { createAgendaService } from './agenda.service.ts';

export function registerAgendaRoutes(app: FastifyInstance, actorOf: (request: FastifyRequest) => Promise<Actor>): void {
  const agenda = createAgendaService();
  app.get(
    '/api/v1/agenda',
    {
      schema: {
        tags: ['agenda'],
        querystring: Type.Object(
          {
            limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
            offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => {
      const query = request.query as { limit?: number; offset?: number };
      return agenda.listAgenda(await actorOf(request), { limit: query.limit ?? 50, offset: query.offset ?? 0 });
    },
  );
  app.get(
    '/api/v1/agenda/:id/social-report',
    { schema: { tags: ['agenda'], params: Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false }) } },
    async (request) => agenda.readAgendaReport(await actorOf(request), (request.params as { id: string }).id),
  );
}
