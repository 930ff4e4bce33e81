/** `GET /hub/v1/institutions`: the public registry (names, kinds, endpoints and public keys). */
import type { FastifyInstance } from 'fastify';
import type { Registry } from './registry.service.ts';

export function registerRegistryRoutes(app: FastifyInstance, registry: Pick<Registry, 'list'>): void {
  app.get('/v1/institutions', { schema: { tags: ['registry'] } }, async () => ({ items: await registry.list() }));
}
