/** `POST /hub/v1/audit-anchors` (a CPAS's signed audit head) and `GET /hub/tlog/anchors?kbo` (its anchors, public). */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { registerJoseEndpoint } from '../channel/index.ts';
import type { AnchorService } from './anchors.service.ts';

const AnchorsQuery = Type.Object({ kbo: Type.String({ pattern: '^[0-9]{10}$' }) }, { additionalProperties: false });

export function registerAnchorRoutes(app: FastifyInstance, service: AnchorService): void {
  registerJoseEndpoint(app, { path: '/v1/audit-anchors', tags: ['exchange-log'], handle: service.receive });
  app
    .withTypeProvider<TypeBoxTypeProvider>()
    .get('/tlog/anchors', { schema: { tags: ['exchange-log'], querystring: AnchorsQuery } }, async (request) => ({
      entries: await service.anchorsOf(request.query.kbo),
    }));
}
