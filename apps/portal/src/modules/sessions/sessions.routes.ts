/** The portal's session API: log in (demo or OpenID Connect), log out, who am I. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { PersonSession, SessionService } from './sessions.service.ts';
import { SessionBody } from './sessions.schema.ts';

/** A person's session token comes as `Authorization: Bearer rsp_…`. */
export function readBearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
}

/** The person of the request's bearer token, or `auth.required`. */
export function personOf(sessions: Pick<SessionService, 'require'>) {
  return (request: FastifyRequest): Promise<PersonSession> => sessions.require(readBearer(request));
}

export function registerSessionRoutes(app: FastifyInstance, sessions: SessionService): void {
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  const person = personOf(sessions);
  typed.post('/api/v1/sessions', { schema: { tags: ['sessions'], body: SessionBody } }, async (request, reply) => {
    const body = request.body;
    const session =
      'oidc' in body ? await sessions.finishOidcWithCode(body.oidc.code, body.oidc.state) : await sessions.logInDemo(body.niss);
    return reply.code(201).send({ token: session.token, expiresAt: session.expiresAt.toISOString(), person: session.person });
  });
  typed.get(
    '/api/v1/sessions/oidc',
    { schema: { tags: ['sessions'], summary: 'start an OpenID Connect login: the URL to send the person to' } },
    async () => ({ authorizationUrl: (await sessions.startOidc()).href }),
  );
  typed.delete('/api/v1/sessions/current', { schema: { tags: ['sessions'] } }, async (request, reply) => {
    await sessions.logOut(readBearer(request));
    return reply.code(204).send();
  });
  typed.get('/api/v1/me', { schema: { tags: ['me'] } }, async (request) => {
    const session = await person(request);
    return { givenNames: session.givenNames, familyName: session.familyName, authMethod: session.authMethod };
  });
}
