/**
 * Break-glass (R23, R43, R44): opening a file outside case-based access, the person's notice for
 * the file's team, the security advisor's review queue and weekly report, and the files of a person
 * this user cannot open (the way to break-glass from the person page).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Actor } from '../../tenant.ts';
import { DateString, IdParams, LanguageCode } from '../../http-context.ts';
import { createBreakGlassService, type NoticeMethod, type Verdict } from './break-glass.service.ts';

const strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T) => Type.Object(properties, { additionalProperties: false });
const OpeningParams = strict({ id: Type.String({ maxLength: 64 }), grantId: Type.String({ maxLength: 64 }) });
const Pdf = { 200: { type: 'string', format: 'binary', description: 'application/pdf' } };

export function registerBreakGlassRoutes(app: FastifyInstance, actorOf: (request: FastifyRequest) => Promise<Actor>): void {
  const breakGlass = createBreakGlassService();
  const tags = { tags: ['oversight'] };

  app.post(
    '/api/v1/aid-requests/:id/break-glass',
    { schema: { ...tags, params: IdParams, body: strict({ reason: Type.Optional(Type.String({ maxLength: 2000 })) }) } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await breakGlass.open(
            await actorOf(request),
            (request.params as { id: string }).id,
            (request.body as { reason?: string }).reason,
          ),
        ),
  );

  app.get('/api/v1/aid-requests/:id/break-glass', { schema: { ...tags, params: IdParams } }, async (request) =>
    breakGlass.listForRequest(await actorOf(request), (request.params as { id: string }).id),
  );

  app.get(
    '/api/v1/aid-requests/:id/break-glass/:grantId/person-notice',
    { schema: { ...tags, params: OpeningParams, querystring: strict({ lang: Type.Optional(LanguageCode) }), response: Pdf } },
    async (request, reply) => {
      const params = request.params as { id: string; grantId: string };
      const pdf = await breakGlass.personNotice(
        await actorOf(request),
        params.id,
        params.grantId,
        (request.query as { lang?: 'fr' | 'nl' | 'de' }).lang,
      );
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="break-glass-notice.pdf"').send(pdf);
    },
  );

  app.post(
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
      const params = request.params as { id: string; grantId: string };
      return breakGlass.markNoticeSent(
        await actorOf(request),
        params.id,
        params.grantId,
        request.body as { sentAt: string; method: NoticeMethod },
      );
    },
  );

  app.get('/api/v1/persons/:id/restricted-requests', { schema: { tags: ['persons'], params: IdParams } }, async (request) =>
    breakGlass.restrictedRequests(await actorOf(request), (request.params as { id: string }).id),
  );

  app.get(
    '/api/v1/oversight/break-glass',
    {
      schema: {
        ...tags,
        querystring: strict({
          status: Type.Optional(Type.Union([Type.Literal('pending'), Type.Literal('reviewed'), Type.Literal('all')])),
        }),
      },
    },
    async (request) =>
      breakGlass.queue(await actorOf(request), (request.query as { status?: 'pending' | 'reviewed' | 'all' }).status ?? 'pending'),
  );

  app.post(
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
    async (request) =>
      breakGlass.review(
        await actorOf(request),
        (request.params as { id: string }).id,
        request.body as { verdict: Verdict; comment?: string },
      ),
  );

  app.get(
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
    async (request) => breakGlass.weekly(await actorOf(request), request.query as { weeks?: number; week?: string }),
  );
}
