/** `GET /api/v1/users?role=…` (supervisors: whom to assign) and `GET`/`PUT /api/v1/me/language` (the remembered language). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import type { Actor } from '../../tenant.ts';
import { createUserService, type UserLanguage } from './users.service.ts';

const Role = Type.Union(['social-worker', 'supervisor', 'committee-member', 'security-advisor', 'admin'].map((role) => Type.Literal(role)));

export function registerUserRoutes(app: FastifyInstance, actorOf: (request: FastifyRequest) => Promise<Actor>): void {
  const users = createUserService();
  app.get(
    '/api/v1/users',
    { schema: { tags: ['users'], querystring: Type.Object({ role: Type.Optional(Role) }, { additionalProperties: false }) } },
    async (request) => users.listUsers(await actorOf(request), (request.query as { role?: string }).role),
  );

  app.get('/api/v1/me/language', { schema: { tags: ['sessions'] } }, async (request) => users.getLanguage(await actorOf(request)));

  app.put(
    '/api/v1/me/language',
    {
      schema: {
        tags: ['sessions'],
        body: Type.Object(
          { language: Type.Union([Type.Literal('fr'), Type.Literal('nl'), Type.Literal('de'), Type.Literal('en')]) },
          { additionalProperties: false },
        ),
      },
    },
    async (request) => users.setLanguage(await actorOf(request), (request.body as { language: UserLanguage }).language),
  );
}
