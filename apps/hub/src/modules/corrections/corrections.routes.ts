/** `POST /hub/v1/corrections`: a provider's signed correction, answered with how many institutions are told. */
import type { FastifyInstance } from 'fastify';
import { registerJoseEndpoint } from '../channel/index.ts';
import type { CorrectionService } from './corrections.service.ts';

export function registerCorrectionRoutes(app: FastifyInstance, service: CorrectionService): void {
  registerJoseEndpoint(app, { path: '/v1/corrections', tags: ['corrections'], handle: service.receive });
}
