/** The security advisor's API: misuse indicators (anchors §3.5, §7). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Actor } from '../../tenant.ts';
import { DateString } from '../../http-context.ts';
import type { createOversightService } from './oversight.service.ts';

const Period = Type.Object({ from: Type.Optional(DateString), to: Type.Optional(DateString) }, { additionalProperties: false });

export function registerOversightRoutes(app: FastifyInstance, actorOf: (request: FastifyRequest) => Promise<Actor>, oversight: ReturnType<typeof createOversightService>): void {
  app.get('/api/v1/oversight/indicators', { schema: { tags: ['oversight'], querystring: Period } }, async (request) =>
    oversight.indicators(await actorOf(request), request.query as { from?: string; to?: string }));
}
