/**
 * The portal API (api-contract.md, Portal — base `/portal/api/v1`). A person's session token comes
 * as `Authorization: Bearer rsp_…`; the pages use the same use cases with a cookie and a form token.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type } from '@sinclair/typebox';
import { MAX_STATEMENT_LENGTH } from '#contracts/summary/summary.schema.ts';
import type { Portal } from './portal.ts';
import type { PersonSession } from './modules/sessions/sessions.service.ts';

const strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T) => Type.Object(properties, { additionalProperties: false });
const Kbo = Type.String({ minLength: 1, maxLength: 20, description: 'enterprise number (KBO/BCE), 10 digits' });
const DecisionRef = Type.String({
  pattern: '^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$',
  description: 'the decision reference as shown in the summary',
});
const Words = (max: number) => Type.String({ minLength: 1, maxLength: max, pattern: '\\S' });

export const StatementBody = strict({ providerKbo: Kbo, decisionRef: DecisionRef, text: Words(MAX_STATEMENT_LENGTH) });
export const ContestBody = strict({ providerKbo: Kbo, decisionRef: DecisionRef, reason: Words(MAX_STATEMENT_LENGTH) });
export const BlockBody = strict({ institutionKbo: Kbo, reason: Words(1_000) });
const SessionBody = Type.Union([
  strict({ niss: Type.String({ minLength: 1, maxLength: 32, description: 'demo mode only: the NISS of a demo person' }) }),
  strict({ oidc: strict({ code: Type.String({ minLength: 1, maxLength: 2048 }), state: Type.String({ minLength: 1, maxLength: 256 }) }) }),
]);

export function readBearer(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  return header?.startsWith('Bearer ') ? header.slice(7).trim() : null;
}

export function registerPortalApi(app: FastifyInstance, portal: Portal): void {
  const tag = (name: string) => ({ tags: [name] });
  const person = (request: FastifyRequest): Promise<PersonSession> => portal.sessions.require(readBearer(request));

  app.post('/api/v1/sessions', { schema: { ...tag('sessions'), body: SessionBody } }, async (request, reply) => {
    const body = request.body as { niss?: string; oidc?: { code: string; state: string } };
    let session;
    if (body.oidc) {
      session = await portal.sessions.finishOidcWithCode(body.oidc.code, body.oidc.state);
    } else {
      session = await portal.sessions.logInDemo(body.niss!);
    }
    return reply.code(201).send({ token: session.token, expiresAt: session.expiresAt.toISOString(), person: session.person });
  });

  app.get(
    '/api/v1/sessions/oidc',
    { schema: { ...tag('sessions'), summary: 'start an OpenID Connect login: the URL to send the person to' } },
    async () => ({ authorizationUrl: (await portal.sessions.startOidc()).href }),
  );

  app.delete('/api/v1/sessions/current', { schema: tag('sessions') }, async (request, reply) => {
    await portal.sessions.logOut(readBearer(request));
    return reply.code(204).send();
  });

  app.get('/api/v1/me', { schema: tag('me') }, async (request) => {
    const session = await person(request);
    return { givenNames: session.givenNames, familyName: session.familyName, authMethod: session.authMethod };
  });

  app.get(
    '/api/v1/me/exchanges',
    { schema: { ...tag('me'), summary: 'every exchange about me, each verified against the hub’s signed tree head' } },
    async (request) => portal.exchanges.listExchanges((await person(request)).niss),
  );

  app.get('/api/v1/me/summaries', { schema: { ...tag('me'), summary: 'what each CPAS would share about me' } }, async (request) =>
    portal.summaries.listSummaries((await person(request)).niss),
  );

  app.post('/api/v1/me/statements', { schema: { ...tag('me'), body: StatementBody } }, async (request, reply) =>
    reply
      .code(201)
      .send(
        await portal.requests.addStatement(
          (await person(request)).niss,
          request.body as { providerKbo: string; decisionRef: string; text: string },
        ),
      ),
  );

  app.post('/api/v1/me/contests', { schema: { ...tag('me'), body: ContestBody } }, async (request, reply) =>
    reply
      .code(201)
      .send(
        await portal.requests.contest(
          (await person(request)).niss,
          request.body as { providerKbo: string; decisionRef: string; reason: string },
        ),
      ),
  );

  app.post('/api/v1/me/blocks', { schema: { ...tag('me'), body: BlockBody } }, async (request, reply) => {
    const result = await portal.requests.block((await person(request)).niss, request.body as { institutionKbo: string; reason: string });
    return reply.code(result.status === 'recorded' ? 201 : 200).send(result);
  });

  app.get('/api/v1/me/blocks', { schema: tag('me') }, async (request) => portal.requests.listBlocks((await person(request)).niss));
}
