/** `POST /hub/v1/consultations`: a signed consultation, answered with every provider's signed answer. */
import type { FastifyInstance } from 'fastify';
import { registerJoseEndpoint } from '../channel/index.ts';
import type { ConsultationService } from './consultations.service.ts';

export function registerConsultationRoutes(app: FastifyInstance, service: ConsultationService): void {
  registerJoseEndpoint(app, { path: '/v1/consultations', tags: ['consultations'], handle: service.consult });
}
