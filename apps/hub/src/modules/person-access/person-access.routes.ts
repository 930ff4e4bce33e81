/** The person-facing hub endpoints, called by the citizen portal with the signed protocol (api: hub, flow 4). */
import type { FastifyInstance } from 'fastify';
import type { PersonAccessService } from './person-access.service.ts';

export function registerPersonAccessRoutes(app: FastifyInstance, service: PersonAccessService): void {
  const schema = (summary: string) => ({
    tags: ['person-access'],
    summary,
    body: { type: 'string', description: 'compact JWS signed by the portal' },
    response: { 200: { type: 'string', description: 'compact JWS signed by the hub (application/jose)' } },
  });
  app.post(
    '/v1/person-access/exchanges',
    { schema: schema('every exchange-log entry about the person, with inclusion proofs against a signed tree head') },
    async (request, reply) => reply.type('application/jose').send(await service.exchanges(request.body)),
  );
  app.post(
    '/v1/person-access/summaries',
    { schema: schema('what each CPAS would share about the person, encrypted to the portal') },
    async (request, reply) => reply.type('application/jose').send(await service.summaries(request.body)),
  );
  app.post(
    '/v1/person-access/requests',
    { schema: schema('a statement or a contest of the person, forwarded to the CPAS that decided') },
    async (request, reply) => reply.type('application/jose').send(await service.request(request.body)),
  );
  app.post('/v1/person-access/blocks', { schema: schema('record or list the person’s blocks of named CPAS') }, async (request, reply) =>
    reply.type('application/jose').send(await service.blocks(request.body)),
  );
}
