/** `POST /hub/v1/integrations`: a node's signed integration change, answered signed. */
import type { FastifyInstance } from 'fastify';
import { registerJoseEndpoint } from '../channel/index.ts';
import type { IntegrationService } from './integrations.service.ts';

export function registerIntegrationRoutes(app: FastifyInstance, service: IntegrationService): void {
  registerJoseEndpoint(app, { path: '/v1/integrations', tags: ['directory'], handle: service.handle });
}
