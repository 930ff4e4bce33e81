/**
 * Break-glass (R23, R43, R44): opening a file outside case-based access, the person's notice for
 * the file's team, the security advisor's review queue and weekly report, and the files of a person
 * this user cannot open (the way to break-glass from the person page).
 */
import type { FastifyInstance } from 'fastify';
import { IdParams, LangQuery, Pdf, typed, type ActorOf } from '../../http-context.ts';
import { createBreakGlassService } from './break-glass.service.ts';
import { NoticeSentBody, OpenBody, OpeningParams, QueueQuery, ReviewBody, WeeklyQuery } from './break-glass.schema.ts';

export function registerBreakGlassRoutes(app: FastifyInstance, actorOf: ActorOf): void {
  const breakGlass = createBreakGlassService();
  const api = typed(app);
  const tags = ['oversight'];

  api.post('/api/v1/aid-requests/:id/break-glass', { schema: { tags, params: IdParams, body: OpenBody } }, async (request, reply) =>
    reply.code(201).send(await breakGlass.open(await actorOf(request), request.params.id, request.body.reason)),
  );

  api.get('/api/v1/aid-requests/:id/break-glass', { schema: { tags, params: IdParams } }, async (request) =>
    breakGlass.listForRequest(await actorOf(request), request.params.id),
  );

  api.get(
    '/api/v1/aid-requests/:id/break-glass/:grantId/person-notice',
    { schema: { tags, params: OpeningParams, querystring: LangQuery, response: Pdf } },
    async (request, reply) => {
      const pdf = await breakGlass.personNotice(await actorOf(request), request.params.id, request.params.grantId, request.query.lang);
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="break-glass-notice.pdf"').send(pdf);
    },
  );

  api.post(
    '/api/v1/aid-requests/:id/break-glass/:grantId/person-notice/sent',
    { schema: { tags, params: OpeningParams, body: NoticeSentBody } },
    async (request) => breakGlass.markNoticeSent(await actorOf(request), request.params.id, request.params.grantId, request.body),
  );

  api.get('/api/v1/persons/:id/restricted-requests', { schema: { tags: ['persons'], params: IdParams } }, async (request) =>
    breakGlass.restrictedRequests(await actorOf(request), request.params.id),
  );

  api.get('/api/v1/oversight/break-glass', { schema: { tags, querystring: QueueQuery } }, async (request) =>
    breakGlass.queue(await actorOf(request), request.query.status ?? 'pending'),
  );

  api.post('/api/v1/oversight/break-glass/:id/review', { schema: { tags, params: IdParams, body: ReviewBody } }, async (request) =>
    breakGlass.review(await actorOf(request), request.params.id, request.body),
  );

  api.get('/api/v1/oversight/break-glass/weekly', { schema: { tags, querystring: WeeklyQuery } }, async (request) =>
    breakGlass.weekly(await actorOf(request), request.query),
  );
}
