/**
 * The disclosure workflow's API (R26, R27): the only route that produces data for a third party
 * outside the inter-CPAS exchange is `POST /api/v1/disclosures/{id}/export`, and it answers only
 * for an approved disclosure, once. Supervisor and security advisor only.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Actor } from '../../tenant.ts';
import { DateString, IdParams, LanguageCode } from '../../http-context.ts';
import { createDisclosureService, type Deferral, type NewDisclosure, type Review } from './disclosures.service.ts';
import { DISCLOSURE_STATUSES, itemSchema, type DisclosureItem, type DisclosureStatus } from './disclosure.ts';

const strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T) => Type.Object(properties, { additionalProperties: false });
const Text = (max: number, min = 0) => Type.String({ minLength: min, maxLength: max });
const tags = ['disclosures'];

const NewDisclosureBody = strict({
  personId: Type.Optional(Type.String({ maxLength: 64 })),
  niss: Type.Optional(Type.String({ maxLength: 32, description: '11 digits; dots, dashes and spaces accepted' })),
  recipient: strict({ authority: Text(300), name: Type.Optional(Text(300)), language: Type.Optional(LanguageCode) }),
  legalBasis: Type.Optional(Text(64)),
  legalReference: Type.Optional(Text(1000)),
  requestReference: Text(200),
  requestDate: DateString,
  statedScope: Type.Optional(Text(4000)),
});
const ItemsBody = strict({ items: Type.Array(itemSchema, { maxItems: 200 }) });
const ReviewBody = strict({
  verdict: Type.Union([Type.Literal('approve'), Type.Literal('refuse')]),
  assessment: Type.Optional(Text(10_000)),
  reason: Type.Optional(Text(4000)),
});
const ExportBody = strict({ format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('pdf')])) });
const DeferralBody = strict({ until: DateString, legalBasis: Text(64), reference: Type.Optional(Text(1000)) });
const ListQuery = strict({
  status: Type.Optional(Type.Union(DISCLOSURE_STATUSES.map((status) => Type.Literal(status)))),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
});

export function registerDisclosureRoutes(app: FastifyInstance, actorOf: (request: FastifyRequest) => Promise<Actor>): void {
  const disclosures = createDisclosureService();
  const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

  app.post('/api/v1/disclosures', { schema: { tags, body: NewDisclosureBody } }, async (request, reply) =>
    reply.code(201).send(await disclosures.record(await actorOf(request), request.body as NewDisclosure)),
  );

  app.get('/api/v1/disclosures', { schema: { tags, querystring: ListQuery } }, async (request) => {
    const query = request.query as { status?: DisclosureStatus; limit?: number; offset?: number };
    return disclosures.list(await actorOf(request), { status: query.status, limit: query.limit ?? 50, offset: query.offset ?? 0 });
  });

  app.get('/api/v1/disclosures/:id', { schema: { tags, params: IdParams } }, async (request) =>
    disclosures.get(await actorOf(request), idOf(request)),
  );

  app.put('/api/v1/disclosures/:id/items', { schema: { tags, params: IdParams, body: ItemsBody } }, async (request) =>
    disclosures.selectItems(await actorOf(request), idOf(request), (request.body as { items: DisclosureItem[] }).items),
  );

  app.post('/api/v1/disclosures/:id/review', { schema: { tags, params: IdParams, body: ReviewBody } }, async (request) =>
    disclosures.review(await actorOf(request), idOf(request), request.body as Review),
  );

  // The export, once: JSON (the document and its SHA-256) or the PDF in the recipient's language.
  app.post('/api/v1/disclosures/:id/export', { schema: { tags, params: IdParams, body: ExportBody } }, async (request, reply) => {
    const format = (request.body as { format?: 'json' | 'pdf' } | null | undefined)?.format ?? 'json';
    const result = await disclosures.exportOnce(await actorOf(request), idOf(request), format);
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

  app.post('/api/v1/disclosures/:id/deferral', { schema: { tags, params: IdParams, body: DeferralBody } }, async (request) =>
    disclosures.defer(await actorOf(request), idOf(request), request.body as Deferral),
  );
}
