/** What every casework route needs: the authenticated actor, and shared TypeBox fragments. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import { forbidden, unauthenticated } from '#platform/errors.ts';
import type { AuthService, SessionRider } from './modules/auth/index.ts';
import type { Actor } from './tenant.ts';

export const SESSION_COOKIE = 'rse_session';

const PASSWORD_CHANGE_ROUTES = new Set(['/api/v1/me', '/api/v1/me/password', '/api/v1/me/language', '/api/v1/sessions/current']);

export function readToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  return null;
}

export async function requireActor(auth: AuthService, request: FastifyRequest, clock: () => Date): Promise<Actor> {
  return (await requireActorWith(auth, request, clock)).actor;
}

/**
 * `requireActor`, with a read for the authenticated user run in the session's statement (`SessionRider`):
 * its row as JSON, or null. The rules are the same: no valid session, 401; a one-time password, 403.
 */
export async function requireActorWith(
  auth: AuthService,
  request: FastifyRequest,
  clock: () => Date,
  rider?: SessionRider,
): Promise<{ actor: Actor; rider: unknown }> {
  const token = readToken(request);
  const session = token ? await auth.authenticate(token, request.hostname, rider) : null;
  if (!session) throw unauthenticated('auth.required', 'Log in first: send Authorization: Bearer <token>.');
  // A one-time password (set by an administrator) opens only the password change and the profile.
  if (session.user.mustChangePassword && !PASSWORD_CHANGE_ROUTES.has(request.routeOptions.url ?? ''))
    throw forbidden('auth.password-change-required', 'Choose your own password first (PUT /api/v1/me/password).');
  return { actor: { tenant: session.tenant, user: session.user, requestId: request.id, now: clock() }, rider: session.rider ?? null };
}

/** Resolves the authenticated actor of a request (401 when there is none). */
export type ActorOf = (request: FastifyRequest) => Promise<Actor>;

/** The same, with a read for that actor in the same statement (`requireActorWith`). */
export type ActorWith = (request: FastifyRequest, rider: SessionRider | undefined) => Promise<{ actor: Actor; rider: unknown }>;

/** The app with the TypeBox type provider: handlers see `request.body/query/params` typed from their schema. */
export const typed = (app: FastifyInstance) => app.withTypeProvider<TypeBoxTypeProvider>();

export const strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T) =>
  Type.Object(properties, { additionalProperties: false });
export const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });
export const Id = Type.String({ maxLength: 64 });
export const LangQuery = strict({ lang: Type.Optional(Type.Union([Type.Literal('fr'), Type.Literal('nl'), Type.Literal('de')])) });
export const Page = (limit = 50) =>
  strict({
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: limit })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  });
export const Pdf = { 200: { type: 'string', format: 'binary', description: 'application/pdf' } };

export const DateString = Type.String({ format: 'date', description: 'YYYY-MM-DD' });
export const DateTimeString = Type.String({ format: 'date-time', description: 'ISO-8601 UTC' });
export const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) }, { additionalProperties: false });
export const LanguageCode = Type.Union([Type.Literal('fr'), Type.Literal('nl'), Type.Literal('de')]);

export const isoDate = (value: Date | string | null | undefined): string | null =>
  value === null || value === undefined ? null : typeof value === 'string' ? value : value.toISOString().slice(0, 10);
