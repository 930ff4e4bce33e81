/** `GET /api/v1/statistics`: aggregated counts, small cells suppressed (R49). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Actor } from '../../tenant.ts';
import { DateString } from '../../http-context.ts';
import { createStatisticsService } from './statistics.service.ts';

const Period = Type.Object({ from: Type.Optional(DateString), to: Type.Optional(DateString) }, { additionalProperties: false });

export function registerStatisticsRoutes(app: FastifyInstance, actorOf: (request: FastifyRequest) => Promise<Actor>): void {
  const statistics = createStatisticsService();
  app.get('/api/v1/statistics', { schema: { tags: ['oversight'], querystring: Period } }, async (request) =>
    statistics.statistics(await actorOf(request), request.query as { from?: string; to?: string }));
}
