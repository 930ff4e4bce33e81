/** `/api/v1/persons/:id/withholding` (R31): read, withhold (PUT) and lift (DELETE) the person's summary. */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import type { WithholdingService } from './withholdings.service.ts';
import { LiftBody, WithholdBody } from './withholdings.schema.ts';

export function registerWithholdingRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; withholdings: WithholdingService }): void {
  const api = typed(app);
  const { actorOf, withholdings } = deps;
  const tags = ['withholdings'];
  api.get('/api/v1/persons/:id/withholding', { schema: { tags, params: IdParams } }, async (request) =>
    withholdings.get(await actorOf(request), request.params.id),
  );
  api.put('/api/v1/persons/:id/withholding', { schema: { tags, params: IdParams, body: WithholdBody } }, async (request) =>
    withholdings.withhold(await actorOf(request), request.params.id, request.body),
  );
  api.delete('/api/v1/persons/:id/withholding', { schema: { tags, params: IdParams, body: Type.Optional(LiftBody) } }, async (request) =>
    withholdings.lift(await actorOf(request), request.params.id, request.body ?? {}),
  );
}
