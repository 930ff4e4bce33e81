/** `/api/v1/persons`: register, search (by NISS or name), read, replace a NISS (R1–R5). */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import type { PersonService } from './persons.service.ts';
import { NewPersonBody, NissReplacementBody, PersonQuery } from './persons.schema.ts';

export function registerPersonRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; persons: PersonService }): void {
  const api = typed(app);
  const { actorOf, persons } = deps;
  const tags = ['persons'];

  api.post('/api/v1/persons', { schema: { tags, body: NewPersonBody } }, async (request, reply) =>
    reply.code(201).send(await persons.registerPerson(await actorOf(request), request.body)),
  );

  api.get('/api/v1/persons', { schema: { tags, querystring: PersonQuery } }, async (request) => {
    return { items: await persons.find(await actorOf(request), request.query) };
  });

  api.get('/api/v1/persons/:id', { schema: { tags, params: IdParams } }, async (request) =>
    persons.getPerson(await actorOf(request), request.params.id),
  );

  api.post(
    '/api/v1/persons/:id/niss-replacements',
    { schema: { tags, params: IdParams, body: NissReplacementBody } },
    async (request, reply) => reply.code(201).send(await persons.replaceNiss(await actorOf(request), request.params.id, request.body)),
  );
}
