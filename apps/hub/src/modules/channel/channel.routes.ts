/** A hub endpoint that takes a signed message (`application/jose`) and answers one signed by the hub. */
import type { FastifyInstance } from 'fastify';

export type JoseEndpoint = { path: string; tags: string[]; summary?: string; handle: (token: unknown) => Promise<string> };

export function registerJoseEndpoint(app: FastifyInstance, endpoint: JoseEndpoint): void {
  app.post(
    endpoint.path,
    {
      schema: {
        tags: endpoint.tags,
        ...(endpoint.summary ? { summary: endpoint.summary } : {}),
        body: { type: 'string', description: 'compact JWS' },
        response: { 200: { type: 'string', description: 'compact JWS signed by the hub (application/jose)' } },
      },
    },
    async (request, reply) => reply.type('application/jose').send(await endpoint.handle(request.body)),
  );
}
