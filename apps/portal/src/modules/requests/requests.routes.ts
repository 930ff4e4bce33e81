/** The person's statements, contests and blocks (api: Portal). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { PersonSession } from '../sessions/index.ts';
import type { createRequestService } from './requests.service.ts';
import { BlockBody, ContestBody, StatementBody } from './requests.schema.ts';

export function registerRequestRoutes(
  app: FastifyInstance,
  requests: ReturnType<typeof createRequestService>,
  person: (request: FastifyRequest) => Promise<PersonSession>,
): void {
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['me'];
  typed.post('/api/v1/me/statements', { schema: { tags, body: StatementBody } }, async (request, reply) =>
    reply.code(201).send(await requests.addStatement((await person(request)).niss, request.body)),
  );
  typed.post('/api/v1/me/contests', { schema: { tags, body: ContestBody } }, async (request, reply) =>
    reply.code(201).send(await requests.contest((await person(request)).niss, request.body)),
  );
  typed.post('/api/v1/me/blocks', { schema: { tags, body: BlockBody } }, async (request, reply) => {
    const result = await requests.block((await person(request)).niss, request.body);
    return reply.code(result.status === 'recorded' ? 201 : 200).send(result);
  });
  typed.get('/api/v1/me/blocks', { schema: { tags } }, async (request) => requests.listBlocks((await person(request)).niss));
}
