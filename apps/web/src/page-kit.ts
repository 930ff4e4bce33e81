/**
 * What web.ts hands to each capability that registers its own pages: the Fastify app and the
 * page wrappers (session check, one aid request checked by the API, run-once forms, CSRF on POST).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteShorthandOptions } from 'fastify';
import type { Ctx } from './context.ts';
import type { ActionOutcome } from './idempotency.ts';
import type { AidRequest } from './pages/requests.ts';

export type PageHandler = (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;

export type PageKit = {
  app: FastifyInstance;
  /** A page for a logged-in user (without a session: to the login page). */
  page(handler: (ctx: Ctx) => Promise<unknown>): PageHandler;
  /** A page of one aid request the API lets this user see (else the 403/404 page). */
  requestPage(handler: (ctx: Ctx, request: AidRequest) => Promise<unknown>): PageHandler;
  /** A creating form: runs once per form key (`_idempotency` field), even when submitted twice. */
  once(ctx: Ctx, action: (key: string) => Promise<ActionOutcome>): Promise<unknown>;
  /** Route options of every POST: the CSRF check. */
  post: RouteShorthandOptions;
  /** A fresh form key for a creating form's `_idempotency` field. */
  newKey(): string;
};
