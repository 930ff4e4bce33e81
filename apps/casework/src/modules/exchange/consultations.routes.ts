/** `/api/v1/aid-requests/{id}/rse-consultations`: ask the other CPAS for a summary (R33), read the result. */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { IdParams, strict, Text, typed, type ActorOf, type ActorWith } from '../../http-context.ts';
import type { createConsultationService } from './consultations.service.ts';

export function registerConsultationRoutes(
  app: FastifyInstance,
  deps: { actorOf: ActorOf; actorWith: ActorWith; consultations: ReturnType<typeof createConsultationService> },
): void {
  const api = typed(app);
  const { actorOf, actorWith, consultations } = deps;
  const tags = ['rse'];

  api.post(
    '/api/v1/aid-requests/:id/rse-consultations',
    { schema: { tags, params: IdParams, body: strict({ purpose: Text(64) }) } },
    async (request, reply) => {
      // The session and the consultation's first read of the file in one statement (issue 14).
      const { actor, rider } = await actorWith(request, consultations.preparedRead(request.params.id));
      return reply.code(201).send(await consultations.requestConsultation(actor, request.params.id, request.body, rider));
    },
  );

  api.get(
    '/api/v1/aid-requests/:id/rse-consultations/:consultationId',
    { schema: { tags, params: strict({ id: Type.String({ maxLength: 64 }), consultationId: Type.String({ maxLength: 64 }) }) } },
    async (request) => consultations.getConsultation(await actorOf(request), request.params.id, request.params.consultationId),
  );
}
