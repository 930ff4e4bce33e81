/**
 * A hub endpoint that takes a signed message (`application/jose`, or its batch form
 * `application/rse-batch+jose`, ADR 0023) and answers one signed by the hub, in the batch form only
 * when the request's `Accept` names it and the endpoint signs in batches. Its `<path>/batch` takes
 * several messages in one request (ADR 0025) and answers each with the same `handle`.
 */
import type { FastifyInstance } from 'fastify';
import { acceptsBatchForm } from '#contracts/protocol/channel.ts';
import { mediaTypeOf } from '#contracts/protocol/batch-signature.ts';
import { MAX_TOKEN_LENGTH } from '#contracts/protocol/jose-compact.ts';
import { registerBatchRoute } from '#platform/multiplex.ts';

/** What the endpoint knows of the request besides its body: whether its answer may be batch-signed. */
export type JoseRequestContext = { acceptsBatch: boolean };

export type JoseEndpoint = {
  path: string;
  tags: string[];
  summary?: string;
  handle: (token: unknown, context: JoseRequestContext) => Promise<string>;
};

export function registerJoseEndpoint(app: FastifyInstance, endpoint: JoseEndpoint): void {
  app.post(
    endpoint.path,
    {
      schema: {
        tags: endpoint.tags,
        ...(endpoint.summary ? { summary: endpoint.summary } : {}),
        body: { type: 'string', description: 'compact JWS, or its batch form' },
        response: { 200: { type: 'string', description: 'compact JWS signed by the hub (application/jose), or its batch form' } },
      },
    },
    async (request, reply) => {
      const token = await endpoint.handle(request.body, { acceptsBatch: acceptsBatchForm(request.headers.accept) });
      return reply.type(mediaTypeOf(token)).send(token);
    },
  );
  registerBatchRoute(app, {
    path: endpoint.path,
    tags: endpoint.tags,
    maxMessageLength: MAX_TOKEN_LENGTH,
    handle: async (message) => {
      const token = await endpoint.handle(message.body, { acceptsBatch: acceptsBatchForm(message.accept) });
      return { type: mediaTypeOf(token), body: token };
    },
  });
}
