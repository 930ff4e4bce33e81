/**
 * Statistics that identify nobody (R49): the CPAS's own figures (`GET /api/v1/statistics`, also as
 * CSV) and the quarterly federal return (`GET /api/v1/statistics/federal`). Roles: supervisor,
 * security advisor, admin; every read is audited (R43).
 */
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Actor } from '../../tenant.ts';
import { typed, type ActorOf } from '../../http-context.ts';
import { CsvPeriod, Period, Quarter } from './statistics.schema.ts';
import { createStatisticsService, type StatisticsFormat } from './statistics.service.ts';
import { renderFederalCsv, renderStatisticsCsv } from './statistics.ts';

const sendCsv = (reply: FastifyReply, filename: string, body: string) =>
  reply
    .type('text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store')
    .send(body);

export function registerStatisticsRoutes(app: FastifyInstance, actorOf: ActorOf): void {
  const statistics = createStatisticsService();
  const api = typed(app);

  const cpas = async (actor: Actor, query: { from?: string; to?: string }, reply: FastifyReply, format: StatisticsFormat) => {
    const report = await statistics.statistics(actor, { from: query.from, to: query.to }, format);
    if (format === 'json') return report;
    return sendCsv(
      reply,
      `statistics-${report.institution.kbo}-${report.period.from}-${report.period.to}.csv`,
      renderStatisticsCsv(report),
    );
  };

  api.get('/api/v1/statistics', { schema: { tags: ['oversight'], querystring: Period } }, async (request, reply) =>
    cpas(await actorOf(request), request.query, reply, request.query.format ?? 'json'),
  );
  api.get('/api/v1/statistics.csv', { schema: { tags: ['oversight'], querystring: CsvPeriod } }, async (request, reply) =>
    cpas(await actorOf(request), request.query, reply, 'csv'),
  );

  api.get('/api/v1/statistics/federal', { schema: { tags: ['oversight'], querystring: Quarter } }, async (request, reply) => {
    const query = request.query;
    const format = query.format ?? 'json';
    const report = await statistics.federalStatistics(await actorOf(request), query, format);
    if (format === 'json') return report;
    return sendCsv(reply, `statistics-federal-${report.institution.kbo}-${report.year}-Q${report.quarter}.csv`, renderFederalCsv(report));
  });
}
