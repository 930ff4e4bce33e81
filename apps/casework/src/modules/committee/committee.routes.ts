/**
 * `/api/v1/committee-sessions`: plan a session of the deciding body, its agenda of signed reports,
 * the attendance, one decision per agenda item, the closing (R24, ADR 0014).
 */
import type { FastifyInstance } from 'fastify';
import { IdParams, Page, typed, type ActorOf } from '../../http-context.ts';
import type { CommitteeService } from './committee.service.ts';
import { AgendaItemBody, AttendanceBody, ItemParams, NewSessionBody, SessionDecisionBody } from './committee.schema.ts';

export function registerCommitteeRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; committee: CommitteeService }): void {
  const api = typed(app);
  const { actorOf, committee } = deps;
  const tags = ['committee'];

  api.get('/api/v1/committee-sessions', { schema: { tags, querystring: Page(50) } }, async (request) =>
    committee.list(await actorOf(request), { limit: request.query.limit ?? 50, offset: request.query.offset ?? 0 }),
  );

  api.post('/api/v1/committee-sessions', { schema: { tags, body: NewSessionBody } }, async (request, reply) =>
    reply.code(201).send(await committee.plan(await actorOf(request), request.body)),
  );

  api.get('/api/v1/committee-sessions/:id', { schema: { tags, params: IdParams } }, async (request) =>
    committee.get(await actorOf(request), request.params.id),
  );

  api.post('/api/v1/committee-sessions/:id/agenda', { schema: { tags, params: IdParams, body: AgendaItemBody } }, async (request, reply) =>
    reply.code(201).send(await committee.addItem(await actorOf(request), request.params.id, request.body.requestId)),
  );

  api.delete('/api/v1/committee-sessions/:id/agenda/:requestId', { schema: { tags, params: ItemParams } }, async (request, reply) => {
    await committee.removeItem(await actorOf(request), request.params.id, request.params.requestId);
    return reply.code(204).send();
  });

  api.put('/api/v1/committee-sessions/:id/attendance', { schema: { tags, params: IdParams, body: AttendanceBody } }, async (request) =>
    committee.recordAttendance(await actorOf(request), request.params.id, request.body.members),
  );

  api.post(
    '/api/v1/committee-sessions/:id/agenda/:requestId/decision',
    { schema: { tags, params: ItemParams, body: SessionDecisionBody } },
    async (request, reply) =>
      reply
        .code(201)
        .send(await committee.recordDecision(await actorOf(request), request.params.id, request.params.requestId, request.body)),
  );

  api.post('/api/v1/committee-sessions/:id/close', { schema: { tags, params: IdParams } }, async (request) =>
    committee.close(await actorOf(request), request.params.id),
  );
}
