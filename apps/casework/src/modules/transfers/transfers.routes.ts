/**
 * Transfers (R7): the notice letter and state of a transfer made by this CPAS, the CPAS it can be made
 * to, and the transfers received from other CPAS (accept, dispute, referral to the SPP IS).
 * The transfer itself is `POST /api/v1/aid-requests/:id/transfer` (aid-requests module).
 */
import type { FastifyInstance } from 'fastify';
import { IdParams, Pdf, typed, type ActorOf } from '../../http-context.ts';
import type { TransferService } from './transfers.service.ts';
import * as schema from './transfers.schema.ts';

export function registerTransferRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; transfers: TransferService }): void {
  const api = typed(app);
  const { actorOf, transfers } = deps;
  const tags = ['transfers'];

  api.get('/api/v1/transfer-destinations', { schema: { tags } }, async (request) => ({
    items: await transfers.destinations(await actorOf(request)),
  }));

  api.get('/api/v1/aid-requests/:id/transfer', { schema: { tags, params: IdParams } }, async (request) =>
    transfers.outgoing(await actorOf(request), request.params.id),
  );

  api.get(
    '/api/v1/aid-requests/:id/transfer/notice.pdf',
    { schema: { tags, params: IdParams, querystring: schema.LangQuery, response: Pdf } },
    async (request, reply) => {
      const pdf = await transfers.renderNotice(await actorOf(request), request.params.id, request.query.lang);
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="transfer-notice.pdf"').send(pdf);
    },
  );

  api.get('/api/v1/incoming-transfers', { schema: { tags, querystring: schema.IncomingQuery } }, async (request) =>
    transfers.listIncoming(await actorOf(request), {
      limit: request.query.limit ?? 50,
      offset: request.query.offset ?? 0,
      ...(request.query.status ? { status: request.query.status } : {}),
    }),
  );

  api.get('/api/v1/incoming-transfers/:id', { schema: { tags, params: IdParams } }, async (request) =>
    transfers.getIncoming(await actorOf(request), request.params.id),
  );

  api.post('/api/v1/incoming-transfers/:id/accept', { schema: { tags, params: IdParams } }, async (request) =>
    transfers.accept(await actorOf(request), request.params.id),
  );

  api.post('/api/v1/incoming-transfers/:id/dispute', { schema: { tags, params: IdParams, body: schema.DisputeBody } }, async (request) =>
    transfers.dispute(await actorOf(request), request.params.id, request.body),
  );

  api.post(
    '/api/v1/incoming-transfers/:id/escalation',
    { schema: { tags, params: IdParams, body: schema.EscalationBody } },
    async (request) => transfers.escalate(await actorOf(request), request.params.id, request.body),
  );
}
