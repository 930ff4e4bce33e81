/** `/api/v1/aid-requests/{id}/documents`: supporting documents with provenance and retention class (R17, R18). */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import type { DocumentService } from './documents.service.ts';
import { ContentQuery, DocumentParams, NewDocumentBody } from './documents.schema.ts';

export function registerDocumentRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; documents: DocumentService }): void {
  const api = typed(app);
  const { actorOf, documents } = deps;
  const tags = ['documents'];

  api.post(
    '/api/v1/aid-requests/:id/documents',
    { bodyLimit: 12 * 1024 * 1024, schema: { tags, params: IdParams, body: NewDocumentBody } },
    async (request, reply) => reply.code(201).send(await documents.addDocument(await actorOf(request), request.params.id, request.body)),
  );

  api.get('/api/v1/aid-requests/:id/documents', { schema: { tags, params: IdParams } }, async (request) =>
    documents.listDocuments(await actorOf(request), request.params.id),
  );

  // Shown inline only when asked (a PDF or an image in the browser); never sniffed (nosniff), never a script.
  api.get(
    '/api/v1/aid-requests/:id/documents/:documentId/content',
    { schema: { tags, params: DocumentParams, querystring: ContentQuery } },
    async (request, reply) => {
      const document = await documents.readContent(await actorOf(request), request.params.id, request.params.documentId);
      const disposition = request.query.disposition === 'inline' ? 'inline' : 'attachment';
      return reply
        .type(document.mediaType)
        .header('content-disposition', `${disposition}; filename="${document.filename}"`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'private, no-store')
        .send(document.content);
    },
  );
}
