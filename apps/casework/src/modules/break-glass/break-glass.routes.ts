/**
 * Break-glass (R23, R43, R44): opening a file outside case-based access, the person's notice for
 * the file's team, the security advisor's review queue and weekly report, and the files of a person
 * this user cannot open (the way to break-glass from the person page).
 */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { DateString, Id, IdParams, LangQuery, Pdf, strict, typed, type ActorOf } from '../../http-context.ts';
import { createBreakGlassService } from './break-glass.service.ts';

const OpeningParams = strict({ id: Id, grantId: Id });

export function registerBreakGlassRoutes(app: FastifyInstance, actorOf: ActorOf): void {
  const breakGlass = createBreakGlassService();
  const api = typed(app);
  const tags = { tags: ['oversight'] };

  api.post(
    '/api/v1/aid-requests/:id/break-glass',
    { schema: { ...tags, params: IdParams, body: strict({ reason: Type.Optional(Type.String({ maxLength: 2000 })) }) } },
    async (request, reply) => reply.code(201).send(await breakGlass.open(await actorOf(request), request.params.id, request.body.reason)),
  );

  api.get('/api/v1/aid-requests/:id/break-glass', { schema: { ...tags, params: IdParams } }, async (request) =>
    breakGlass.listForRequest(await actorOf(request), request.params.id),
  );

  api.get(
    '/api/v1/aid-requests/:id/break-glass/:grantId/person-notice',
    { schema: { ...tags, params: OpeningParams, querystring: LangQuery, response: Pdf } },
    async (request, reply) => {
      const pdf = await breakGlass.personNotice(await actorOf(request), request.params.id, request.params.grantId, request.query.lang);
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="break-glass-notice.pdf"').send(pdf);
    },
  );

  api.post(
    '/api/v1/aid-requests/:id/break-glass/:grantId/person-notice/sent',
    {
      schema: {
        ...tags,
        params: OpeningParams,
        body: strict({
          sentAt: DateString,
          method: Type.Union([
            Type.Literal('letter'),
            Type.Literal('registered-letter'),
            Type.Literal('ebox'),
            Type.Literal('handed-over'),
          ]),
        }),
      },
    },
    async (request) => {
      return breakGlass.markNoticeSent(await actorOf(request), request.params.id, request.params.grantId, request.body);
    },
  );

  api.get('/api/v1/persons/:id/restricted-requests', { schema: { tags: ['persons'], params: IdParams } }, async (request) =>
    breakGlass.restrictedRequests(await actorOf(request), request.params.id),
  );

  api.get(
    '/api/v1/oversight/break-glass',
    {
      schema: {
        ...tags,
        querystring: strict({
          status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('reviewed'), Type.Literal('all')])),
        }),
      },
    },
    async (request) => breakGlass.queue(await actorOf(request), request.query.status ?? 'pending'),
  );

  api.post(
    '/api/v1/oversight/break-glass/:id/review',
    {
      schema: {
        ...tags,
        params: IdParams,
        body: strict({
          verdict: Type.Union([Type.Literal('justified'), Type.Literal('unjustified')]),
          comment: Type.Optional(Type.String({ maxLength: 2000 })),
        }),
      },
    },
    async (request) => breakGlass.review(await actorOf(request), request.params.id, request.body),
  );

  api.get(
    '/api/v1/oversight/break-glass/weekly',
    {
      schema: {
        ...tags,
        querystring: strict({
          weeks: Type.Optional(Type.Integer({ minimum: 1, maximum: 104 })),
          week: Type.Optional(Type.String({ pattern: '^\\d{4}-W\\d{2}$' })),
        }),
      },
    },
    async (request) => breakGlass.weekly(await actorOf(request), request.query),
  );
}
