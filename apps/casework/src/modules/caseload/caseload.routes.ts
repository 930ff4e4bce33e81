/** `GET /api/v1/caseload`, `GET /api/v1/team`, `POST /api/v1/aid-requests/{id}/reassignment`. */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import { createCaseloadService, type CaseloadService } from './caseload.service.ts';
import { ReassignmentBody } from './caseload.schema.ts';

export function registerCaseloadRoutes(app: FastifyInstance, actorOf: ActorOf, caseload: CaseloadService = createCaseloadService()): void {
  const api = typed(app);
  const tags = ['caseload'];

  api.get('/api/v1/caseload', { schema: { tags } }, async (request) => caseload.caseload(await actorOf(request)));

  api.get('/api/v1/team', { schema: { tags } }, async (request) => caseload.team(await actorOf(request)));

  api.post('/api/v1/aid-requests/:id/reassignment', { schema: { tags, params: IdParams, body: ReassignmentBody } }, async (request) =>
    caseload.reassign(await actorOf(request), request.params.id, request.body),
  );
}
