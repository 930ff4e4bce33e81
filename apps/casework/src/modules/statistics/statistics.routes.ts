/**
 * Statistics that identify nobody (R49): the CPAS's own figures (`GET /api/v1/statistics`, also as
 * CSV) and the quarterly federal return (`GET /api/v1/statistics/federal`). Roles: supervisor,
 * security advisor, admin; every read is audited (R43).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Actor } from '../../tenant.ts';
import { DateString } from '../../http-context.ts';
import { createStatisticsService, type StatisticsFormat } from './statistics.service.ts';
import { renderFederalCsv, renderStatisticsCsv } from './statistics.ts';

const Format = Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')], { description: 'json (default) or csv' }));
const Period = Type.Object(
  { from: Type.Optional(DateString), to: Type.Optional(DateString), format: Format },
  { additionalProperties: false },
);
const CsvPeriod = Type.Object({ from: Type.Optional(DateString), to: Type.Optional(DateString) }, { additionalProperties: false });
const Quarter = Type.Object(
  {
    year: Type.Integer({ minimum: 2000, maximum: 2100 }),
    quarter: Type.Integer({ minimum: 1, maximum: 4 }),
    format: Format,
  },
  { additionalProperties: false },
);

const sendCsv = (reply: FastifyReply, filename: string, body: string) =>
  reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(body);

export function registerStatisticsRoutes(app: FastifyInstance, actorOf: (request: FastifyRequest) => Promise<Actor>): void {
  const statistics = createStatisticsService();

  const cpas = async (request: FastifyRequest, reply: FastifyReply, format: StatisticsFormat) => {
    const query = request.query as { from?: string; to?: string };
    const report = await statistics.statistics(await actorOf(request), query, format);
    if (format === 'json') return report;
    return sendCsv(
      reply,
      `statistics-${report.institution.kbo}-${report.from.slice(0, 10)}-${report.to.slice(0, 10)}.csv`,
      renderStatisticsCsv(report),
    );
  };

  app.get('/api/v1/statistics', { schema: { tags: ['oversight'], querystring: Period } }, async (request, reply) =>
    cpas(request, reply, (request.query as { format?: StatisticsFormat }).format ?? 'json'),
  );
  app.get('/api/v1/statistics.csv', { schema: { tags: ['oversight'], querystring: CsvPeriod } }, async (request, reply) =>
    cpas(request, reply, 'csv'),
  );

  app.get('/api/v1/statistics/federal', { schema: { tags: ['oversight'], querystring: Quarter } }, async (request, reply) => {
    const query = request.query as { year: number; quarter: number; format?: StatisticsFormat };
    const format = query.format ?? 'json';
    const report = await statistics.federalStatistics(await actorOf(request), query, format);
    if (format === 'json') return report;
    return sendCsv(reply, `statistics-federal-${report.institution.kbo}-${report.year}-Q${report.quarter}.csv`, renderFederalCsv(report));
  });
}
