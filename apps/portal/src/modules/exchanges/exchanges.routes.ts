/** `GET /portal/api/v1/me/exchanges`: every exchange about the person, each verified. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PersonSession } from '../sessions/index.ts';
import type { createExchangeService } from './exchanges.service.ts';

export function registerExchangeRoutes(
  app: FastifyInstance,
  exchanges: ReturnType<typeof createExchangeService>,
  person: (request: FastifyRequest) => Promise<PersonSession>,
): void {
  app.get(
    '/api/v1/me/exchanges',
    { schema: { tags: ['me'], summary: 'every exchange about me, each verified against the hub’s signed tree head' } },
    async (request) => exchanges.listExchanges((await person(request)).niss),
  );
}
