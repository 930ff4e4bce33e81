/** The security advisor's API: misuse indicators, the monthly report, persons under watch (anchors §3.5, §7), the person's access report (R38). */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import type { OversightService } from './oversight.service.ts';
import { AuditEventsQuery, MonthQuery, Period, SensitivityBody, WatchBody } from './oversight.schema.ts';

export function registerOversightRoutes(app: FastifyInstance, actorOf: ActorOf, oversight: OversightService): void {
  const api = typed(app);
  const tags = ['oversight'];

  api.get('/api/v1/oversight/indicators', { schema: { tags, querystring: Period } }, async (request) =>
    oversight.indicators(await actorOf(request), request.query),
  );

  api.get('/api/v1/oversight/reports/monthly', { schema: { tags, querystring: MonthQuery } }, async (request) =>
    oversight.monthlyReport(await actorOf(request), request.query.month),
  );

  api.get('/api/v1/oversight/audit-events', { schema: { tags, querystring: AuditEventsQuery } }, async (request) => {
    const query = request.query;
    return oversight.auditEvents(await actorOf(request), { ...query, limit: query.limit ?? 100, offset: query.offset ?? 0 });
  });

  api.get('/api/v1/oversight/sensitive-persons', { schema: { tags } }, async (request) => oversight.listSensitive(await actorOf(request)));

  api.post('/api/v1/oversight/sensitive-persons', { schema: { tags, body: WatchBody } }, async (request, reply) =>
    reply.code(201).send(await oversight.watchByNiss(await actorOf(request), request.body)),
  );

  api.put('/api/v1/persons/:id/sensitivity', { schema: { tags, params: IdParams, body: SensitivityBody } }, async (request) =>
    oversight.setSensitivity(await actorOf(request), request.params.id, request.body),
  );

  // The person's access report (R38): who read or changed what about them.
  api.get('/api/v1/persons/:id/access-report', { schema: { tags: ['persons'], params: IdParams } }, async (request) =>
    oversight.accessReport(await actorOf(request), request.params.id),
  );
}
