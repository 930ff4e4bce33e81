/** The disclosure workflow's API (R26, R27). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../tenant.ts';

export function registerDisclosureRoutes(app: FastifyInstance, actorOf: (request: FastifyRequest) => Promise<Actor>): void {
  void app;
  void actorOf;
}
