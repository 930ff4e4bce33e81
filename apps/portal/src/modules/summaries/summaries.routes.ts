/** `GET /portal/api/v1/me/summaries`: what each CPAS would share about the person. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PersonSession } from '../sessions/index.ts';
import type { createSummaryService } from './summaries.service.ts';

export function registerSummaryRoutes(
  app: FastifyInstance,
  summaries: ReturnType<typeof createSummaryService>,
  person: (request: FastifyRequest) => Promise<PersonSession>,
): void {
  app.get('/api/v1/me/summaries', { schema: { tags: ['me'], summary: 'what each CPAS would share about me' } }, async (request) =>
    summaries.listSummaries((await person(request)).niss),
  );
}
