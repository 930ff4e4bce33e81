/** `POST /api/v1/sessions` (log in), `DELETE /api/v1/sessions/current` (log out), `GET /api/v1/me`. */
import type { FastifyInstance } from 'fastify';
import { readToken, typed, type ActorOf } from '../../http-context.ts';
import type { Actor } from '../../tenant.ts';
import type { AuthService } from './auth.service.ts';
import { LoginBody } from './auth.schema.ts';

const describeUser = ({ user, tenant }: Pick<Actor, 'user' | 'tenant'>) => ({
  id: user.id,
  username: user.username,
  displayName: user.displayName,
  role: user.role,
  language: user.language,
  isQualifiedSocialWorker: user.isQualifiedSocialWorker,
  mustChangePassword: user.mustChangePassword ?? false,
  institution: { kbo: tenant.kbo, name: tenant.name },
});

export function registerSessionRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; auth: AuthService }): void {
  const api = typed(app);
  const tags = ['sessions'];

  api.post('/api/v1/sessions', { schema: { tags, body: LoginBody } }, async (request, reply) => {
    const { username, password, institution } = request.body;
    // The Host header as received (trustProxy is off: X-Forwarded-Host is not read); the proxy passes Host through.
    const session = await deps.auth.logIn({
      username,
      password,
      institution,
      host: request.hostname,
      client: request.ip,
      requestId: request.id,
    });
    return reply.code(201).send({ token: session.token, expiresAt: session.expiresAt.toISOString(), user: describeUser(session) });
  });

  api.delete('/api/v1/sessions/current', { schema: { tags } }, async (request, reply) => {
    const token = readToken(request);
    if (token) await deps.auth.logOut(token);
    return reply.code(204).send();
  });

  api.get('/api/v1/me', { schema: { tags } }, async (request) => describeUser(await deps.actorOf(request)));

  // The CPAS of this node, for the login page's choice (public: names and KBO numbers of public institutions);
  // at the address of one CPAS (its host name), that CPAS alone and `isScopedByHost`: the page shows no choice.
  api.get('/api/v1/institutions', { schema: { tags } }, async (request) => deps.auth.institutions(request.hostname));
}
