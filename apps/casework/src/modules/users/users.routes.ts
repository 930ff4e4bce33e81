/** `GET /api/v1/users?role=…` (supervisors: whom to assign) and `GET`/`PUT /api/v1/me/language` (the remembered language). */
import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { typed, type ActorOf } from '../../http-context.ts';
import { createUserService } from './users.service.ts';

const Role = Type.Union(['social-worker', 'supervisor', 'committee-member', 'security-advisor', 'admin'].map((role) => Type.Literal(role)));

export function registerUserRoutes(app: FastifyInstance, actorOf: ActorOf): void {
  const users = createUserService();
  const api = typed(app);
  api.get(
    '/api/v1/users',
    { schema: { tags: ['users'], querystring: Type.Object({ role: Type.Optional(Role) }, { additionalProperties: false }) } },
    async (request) => users.listUsers(await actorOf(request), request.query.role),
  );

  api.get('/api/v1/me/language', { schema: { tags: ['sessions'] } }, async (request) => users.getLanguage(await actorOf(request)));

  api.put(
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
    async (request) => users.setLanguage(await actorOf(request), request.body.language),
  );
}
