/** Break-glass: `POST /api/v1/aid-requests/{id}/break-glass`. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Actor } from '../../tenant.ts';
import { IdParams } from '../../http-context.ts';
import { createBreakGlassService } from './break-glass.service.ts';

export function registerBreakGlassRoutes(app: FastifyInstance, actorOf: (request: FastifyRequest) => Promise<Actor>): void {
  const breakGlass = createBreakGlassService();
  app.post('/api/v1/aid-requests/:id/break-glass', { schema: { tags: ['oversight'], params: IdParams, body: Type.Object({ reason: Type.Optional(Type.String({ maxLength: 2000 })) }, { additionalProperties: false }) } }, async (request, reply) =>
    reply.code(201).send(await breakGlass.open(await actorOf(request), (request.params as { id: string }).id, (request.body as { reason?: string }).reason)));
}
