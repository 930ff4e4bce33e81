/** `GET /api/v1/demo`: the DEMO federation's accounts and files, in demo mode only (404 otherwise). */
import type { FastifyInstance } from 'fastify';
import { notFound } from '#platform/errors.ts';

export function registerDemoRoutes(app: FastifyInstance, demo: { isEnabled: boolean; describe(): Promise<unknown> }): void {
  app.get('/api/v1/demo', { schema: { tags: ['demo'] } }, async () => {
    if (!demo.isEnabled) throw notFound('route.not-found', 'No such endpoint.');
    return demo.describe();
  });
}
