/**
 * `GET /api/v1/users?role=…` (supervisors: whom to assign; `?view=admin`: every account, for the
 * administrator), the administration of accounts (`POST /api/v1/users`, `GET`/`PATCH
 * /api/v1/users/:id`, `PUT …/active`, `POST …/password-reset`, `POST …/caseload-transfer`), the
 * OIDC role mappings, and the user's own language and password (`/api/v1/me/…`).
 */
import { createHash } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { readToken, typed, type ActorOf } from '../../http-context.ts';
import { createUserService } from './users.service.ts';
import {
  ActiveBody,
  LanguageBody,
  MappingsBody,
  NewUserBody,
  PasswordBody,
  TransferBody,
  UserChangeBody,
  UserParams,
  UsersQuery,
} from './users.schema.ts';

export function registerUserRoutes(app: FastifyInstance, actorOf: ActorOf): void {
  const users = createUserService();
  const api = typed(app);
  const tags = ['users'];

  api.get('/api/v1/users', { schema: { tags, querystring: UsersQuery } }, async (request) => {
    const actor = await actorOf(request);
    return request.query.view === 'admin'
      ? users.listAccounts(actor, request.query.includeInactive ?? false)
      : users.listUsers(actor, request.query.role);
  });

  api.post('/api/v1/users', { schema: { tags, body: NewUserBody } }, async (request, reply) =>
    reply.code(201).send(await users.createAccount(await actorOf(request), request.body)),
  );

  api.get('/api/v1/users/:id', { schema: { tags, params: UserParams } }, async (request) =>
    users.getAccount(await actorOf(request), request.params.id),
  );

  api.patch('/api/v1/users/:id', { schema: { tags, params: UserParams, body: UserChangeBody } }, async (request) =>
    users.updateAccount(await actorOf(request), request.params.id, request.body),
  );

  api.put('/api/v1/users/:id/active', { schema: { tags, params: UserParams, body: ActiveBody } }, async (request) =>
    users.setActive(await actorOf(request), request.params.id, request.body.isActive),
  );

  api.post('/api/v1/users/:id/password-reset', { schema: { tags, params: UserParams } }, async (request) =>
    users.resetPassword(await actorOf(request), request.params.id),
  );

  api.post('/api/v1/users/:id/caseload-transfer', { schema: { tags, params: UserParams, body: TransferBody } }, async (request) =>
    users.transferCaseload(await actorOf(request), request.params.id, request.body.toUserId),
  );

  api.get('/api/v1/oidc-role-mappings', { schema: { tags } }, async (request) => users.listMappings(await actorOf(request)));

  api.put('/api/v1/oidc-role-mappings', { schema: { tags, body: MappingsBody } }, async (request) =>
    users.setMappings(await actorOf(request), request.body.items),
  );

  api.get('/api/v1/me/language', { schema: { tags: ['sessions'] } }, async (request) => users.getLanguage(await actorOf(request)));

  api.put('/api/v1/me/language', { schema: { tags: ['sessions'], body: LanguageBody } }, async (request) =>
    users.setLanguage(await actorOf(request), request.body.language),
  );

  api.put('/api/v1/me/password', { schema: { tags: ['sessions'], body: PasswordBody } }, async (request) => {
    const token = readToken(request);
    return users.changeOwnPassword(await actorOf(request), request.body, token ? createHash('sha256').update(token).digest() : null);
  });
}
