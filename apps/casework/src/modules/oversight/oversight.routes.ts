/** The security advisor's API: misuse indicators, the monthly report, persons under watch (anchors §3.5, §7). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Actor } from '../../tenant.ts';
import { DateString, IdParams } from '../../http-context.ts';
import type { createOversightService } from './oversight.service.ts';

const strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T) => Type.Object(properties, { additionalProperties: false });
const Period = strict({ from: Type.Optional(DateString), to: Type.Optional(DateString) });

export function registerOversightRoutes(
  app: FastifyInstance,
  actorOf: (request: FastifyRequest) => Promise<Actor>,
  oversight: ReturnType<typeof createOversightService>,
): void {
  const tags = ['oversight'];
  app.get('/api/v1/oversight/indicators', { schema: { tags, querystring: Period } }, async (request) =>
    oversight.indicators(await actorOf(request), request.query as { from?: string; to?: string }),
  );

  app.get(
    '/api/v1/oversight/reports/monthly',
    {
      schema: {
        tags,
        querystring: strict({ month: Type.Optional(Type.String({ maxLength: 7, description: 'YYYY-MM; default: the previous month' })) }),
      },
    },
    async (request) => oversight.monthlyReport(await actorOf(request), (request.query as { month?: string }).month),
  );

  app.get(
    '/api/v1/oversight/audit-events',
    {
      schema: {
        tags,
        querystring: strict({
          userId: Type.Optional(Type.String({ maxLength: 64 })),
          personId: Type.Optional(Type.String({ maxLength: 64 })),
          from: Type.Optional(DateString),
          to: Type.Optional(DateString),
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
          offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 })),
        }),
      },
    },
    async (request) => {
      const query = request.query as { userId?: string; personId?: string; from?: string; to?: string; limit?: number; offset?: number };
      return oversight.auditEvents(await actorOf(request), { ...query, limit: query.limit ?? 100, offset: query.offset ?? 0 });
    },
  );

  app.get('/api/v1/oversight/sensitive-persons', { schema: { tags } }, async (request) => oversight.listSensitive(await actorOf(request)));

  app.post(
    '/api/v1/oversight/sensitive-persons',
    { schema: { tags, body: strict({ niss: Type.String({ maxLength: 32 }), reason: Type.Optional(Type.String({ maxLength: 500 })) }) } },
    async (request, reply) =>
      reply.code(201).send(await oversight.watchByNiss(await actorOf(request), request.body as { niss: string; reason?: string })),
  );

  app.put(
    '/api/v1/persons/:id/sensitivity',
    {
      schema: {
        tags,
        params: IdParams,
        body: strict({ isSensitive: Type.Boolean(), reason: Type.Optional(Type.String({ maxLength: 500 })) }),
      },
    },
    async (request) =>
      oversight.setSensitivity(
        await actorOf(request),
        (request.params as { id: string }).id,
        request.body as { isSensitive: boolean; reason?: string },
      ),
  );
}
