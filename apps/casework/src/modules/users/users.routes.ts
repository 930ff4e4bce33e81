/** `GET /api/v1/users?role=…` (supervisors: whom to assign) and `GET`/`PUT /api/v1/me/language` (the remembered language). */
import type { FastifyInstance } from 'fastify';
import { typed, type ActorOf } from '../../http-context.ts';
import { createUserService } from './users.service.ts';
import { LanguageBody, UsersQuery } from './users.schema.ts';

export function registerUserRoutes(app: FastifyInstance, actorOf: ActorOf): void {
  const users = createUserService();
  const api = typed(app);

  api.get('/api/v1/users', { schema: { tags: ['users'], querystring: UsersQuery } }, async (request) =>
    users.listUsers(await actorOf(request), request.query.role),
  );

  api.get('/api/v1/me/language', { schema: { tags: ['sessions'] } }, async (request) => users.getLanguage(await actorOf(request)));

  api.put('/api/v1/me/language', { schema: { tags: ['sessions'], body: LanguageBody } }, async (request) =>
    users.setLanguage(await actorOf(request), request.body.language),
  );
}
