/**
 * `/api/v1/aid-requests`: registration (idempotent), the person's requests, one request, assignment and
 * grants (R23), transfer (R7), the person-informed record (R33), closing and reopening (migration 0051). Hearings, home visits and the PIIS
 * are modules of their own (hearings, home-visits, piis).
 */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import type { AidRequestService } from './aid-requests.service.ts';
import * as schema from './aid-requests.schema.ts';

export function registerAidRequestRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; aidRequests: AidRequestService }): void {
  const api = typed(app);
  const { actorOf, aidRequests } = deps;
  const tags = ['aid-requests'];

  api.post(
    '/api/v1/aid-requests',
    { schema: { tags, body: schema.NewAidRequestBody, headers: schema.IdempotencyHeaders } },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await aidRequests.registerRequest(await actorOf(request), request.body, typeof key === 'string' ? key : null);
      return reply.code(result.isReplay ? 200 : 201).send(result.view);
    },
  );

  api.get('/api/v1/aid-requests', { schema: { tags, querystring: schema.PersonIdQuery } }, async (request) => ({
    items: await aidRequests.listForPerson(await actorOf(request), request.query.personId),
  }));

  api.get('/api/v1/aid-requests/:id', { schema: { tags, params: IdParams } }, async (request) =>
    aidRequests.getRequest(await actorOf(request), request.params.id),
  );

  api.post(
    '/api/v1/aid-requests/:id/assignments',
    { schema: { tags, params: IdParams, body: schema.AssignmentBody } },
    async (request, reply) =>
      reply.code(201).send(await aidRequests.assign(await actorOf(request), request.params.id, request.body.userId)),
  );

  api.post(
    '/api/v1/aid-requests/:id/access-grants',
    { schema: { tags, params: IdParams, body: schema.AccessGrantBody } },
    async (request, reply) => reply.code(201).send(await aidRequests.grantAccess(await actorOf(request), request.params.id, request.body)),
  );

  api.post('/api/v1/aid-requests/:id/transfer', { schema: { tags, params: IdParams, body: schema.TransferBody } }, async (request, reply) =>
    reply.code(201).send(await aidRequests.transfer(await actorOf(request), request.params.id, request.body)),
  );

  api.post(
    '/api/v1/aid-requests/:id/person-informed',
    { schema: { tags, params: IdParams, body: schema.PersonInformedBody } },
    async (request, reply) =>
      reply.code(201).send(await aidRequests.recordPersonInformed(await actorOf(request), request.params.id, request.body)),
  );

  api.post('/api/v1/aid-requests/:id/reopen', { schema: { tags, params: IdParams, body: schema.CloseBody } }, async (request) =>
    aidRequests.reopen(await actorOf(request), request.params.id, request.body),
  );

  api.post('/api/v1/aid-requests/:id/close', { schema: { tags, params: IdParams, body: schema.CloseBody } }, async (request) =>
    aidRequests.close(await actorOf(request), request.params.id, request.body),
  );
}
