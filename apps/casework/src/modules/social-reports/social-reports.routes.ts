/** `/api/v1/aid-requests/{id}/social-report`: save, read, sign (domain §3.3, R16). */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import type { SocialReportService } from './social-reports.service.ts';
import { SocialReportBody } from './social-reports.schema.ts';

export function registerSocialReportRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; reports: SocialReportService }): void {
  const api = typed(app);
  const { actorOf, reports } = deps;
  const tags = ['social-reports'];

  api.put('/api/v1/aid-requests/:id/social-report', { schema: { tags, params: IdParams, body: SocialReportBody } }, async (request) =>
    reports.saveReport(await actorOf(request), request.params.id, request.body.sections),
  );

  api.get('/api/v1/aid-requests/:id/social-report', { schema: { tags, params: IdParams } }, async (request) =>
    reports.getReport(await actorOf(request), request.params.id),
  );

  api.post('/api/v1/aid-requests/:id/social-report/signature', { schema: { tags, params: IdParams } }, async (request, reply) =>
    reply.code(201).send(await reports.signReport(await actorOf(request), request.params.id)),
  );
}
