/** `/api/v1/persons/{id}/record`, `PATCH /api/v1/persons/{id}`, `/api/v1/persons/{id}/household…` (case-based, R23). */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import { createPersonRecordService, type PersonRecordService } from './person-record.service.ts';
import { HouseholdEndBody, HouseholdMemberBody, MemberParams, PersonDetailsBody } from './person-record.schema.ts';

export function registerPersonRecordRoutes(
  app: FastifyInstance,
  actorOf: ActorOf,
  records: PersonRecordService = createPersonRecordService(),
): void {
  const api = typed(app);
  const tags = ['persons'];

  api.get('/api/v1/persons/:id/record', { schema: { tags, params: IdParams } }, async (request) =>
    records.record(await actorOf(request), request.params.id),
  );

  api.patch('/api/v1/persons/:id', { schema: { tags, params: IdParams, body: PersonDetailsBody } }, async (request) =>
    records.update(await actorOf(request), request.params.id, request.body),
  );

  api.post('/api/v1/persons/:id/household', { schema: { tags, params: IdParams, body: HouseholdMemberBody } }, async (request, reply) =>
    reply.code(201).send(await records.addMember(await actorOf(request), request.params.id, request.body)),
  );

  api.post(
    '/api/v1/persons/:id/household/:memberId/end',
    { schema: { tags, params: MemberParams, body: HouseholdEndBody } },
    async (request) => records.endMember(await actorOf(request), request.params.id, request.params.memberId, request.body),
  );
}
