/** `GET /api/v1/oversight/transparency`: key-transparency alerts and the last audit anchor (security advisor). */
import type { FastifyInstance } from 'fastify';
import { typed, type ActorOf } from '../../http-context.ts';
import type { TransparencyService } from './transparency.service.ts';

export function registerTransparencyRoutes(app: FastifyInstance, actorOf: ActorOf, transparency: TransparencyService): void {
  typed(app).get('/api/v1/oversight/transparency', { schema: { tags: ['oversight'] } }, async (request) =>
    transparency.status(await actorOf(request)),
  );
}
