/**
 * The disclosure workflow's API (R26, R27): the only route that produces data for a third party
 * outside the inter-CPAS exchange is `POST /api/v1/disclosures/{id}/export`, and it answers only
 * for an approved disclosure, once. Supervisor and security advisor only.
 */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import { createDisclosureService } from './disclosures.service.ts';
import { DeferralBody, ExportBody, ItemsBody, ListQuery, NewDisclosureBody, ReviewBody } from './disclosures.schema.ts';

const tags = ['disclosures'];

export function registerDisclosureRoutes(app: FastifyInstance, actorOf: ActorOf): void {
  const disclosures = createDisclosureService();
  const api = typed(app);

  api.post('/api/v1/disclosures', { schema: { tags, body: NewDisclosureBody } }, async (request, reply) =>
    reply.code(201).send(await disclosures.record(await actorOf(request), request.body)),
  );

  api.get('/api/v1/disclosures', { schema: { tags, querystring: ListQuery } }, async (request) => {
    const query = request.query;
    return disclosures.list(await actorOf(request), { status: query.status, limit: query.limit ?? 50, offset: query.offset ?? 0 });
  });

  api.get('/api/v1/disclosures/:id', { schema: { tags, params: IdParams } }, async (request) =>
    disclosures.get(await actorOf(request), request.params.id),
  );

  api.put('/api/v1/disclosures/:id/items', { schema: { tags, params: IdParams, body: ItemsBody } }, async (request) =>
    disclosures.selectItems(await actorOf(request), request.params.id, request.body.items),
  );

  api.post('/api/v1/disclosures/:id/review', { schema: { tags, params: IdParams, body: ReviewBody } }, async (request) =>
    disclosures.review(await actorOf(request), request.params.id, request.body),
  );

  // The export, once: JSON (the document and its SHA-256) or the PDF in the recipient's language.
  api.post('/api/v1/disclosures/:id/export', { schema: { tags, params: IdParams, body: ExportBody } }, async (request, reply) => {
    const format = request.body?.format ?? 'json';
    const result = await disclosures.exportOnce(await actorOf(request), request.params.id, format);
    if (result.format === 'pdf') {
      return reply
        .type('application/pdf')
        .header('x-document-sha256', result.sha256)
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="disclosure-${result.view.id}.pdf"`)
        .send(result.pdf);
    }
    return reply.header('cache-control', 'no-store').send({ disclosure: result.view, sha256: result.sha256, document: result.document });
  });

  api.post('/api/v1/disclosures/:id/deferral', { schema: { tags, params: IdParams, body: DeferralBody } }, async (request) =>
    disclosures.defer(await actorOf(request), request.params.id, request.body),
  );
}
