/** `/api/v1/aid-requests/{id}/rse-consultations`: ask the other CPAS for a summary (R33), read the result. */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { IdParams, strict, Text, typed, type ActorOf } from '../../http-context.ts';
import type { createConsultationService } from './consultations.service.ts';

export function registerConsultationRoutes(
  app: FastifyInstance,
  deps: { actorOf: ActorOf; consultations: ReturnType<typeof createConsultationService> },
): void {
  const api = typed(app);
  const { actorOf, consultations } = deps;
  const tags = ['rse'];

  api.post(
    '/api/v1/aid-requests/:id/rse-consultations',
    { schema: { tags, params: IdParams, body: strict({ purpose: Text(64) }) } },
    async (request, reply) =>
      reply.code(201).send(await consultations.requestConsultation(await actorOf(request), request.params.id, request.body)),
  );

  api.get(
    '/api/v1/aid-requests/:id/rse-consultations/:consultationId',
    { schema: { tags, params: strict({ id: Type.String({ maxLength: 64 }), consultationId: Type.String({ maxLength: 64 }) }) } },
    async (request) => consultations.getConsultation(await actorOf(request), request.params.id, request.params.consultationId),
  );
}
