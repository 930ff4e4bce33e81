/**
 * The portal API (api-contract.md, Portal — base `/portal/api/v1`). A person's session token comes
 * as `Authorization: Bearer rsp_…`; the pages use the same use cases with a cookie and a form token.
 * Each module registers its own routes; this file only assembles them.
 */
import type { FastifyInstance } from 'fastify';
import type { Portal } from './portal.ts';
import { personOf, registerSessionRoutes } from './modules/sessions/index.ts';
import { registerExchangeRoutes } from './modules/exchanges/index.ts';
import { registerSummaryRoutes } from './modules/summaries/index.ts';
import { registerRequestRoutes } from './modules/requests/index.ts';
import { registerReplyRoutes } from './modules/replies/index.ts';

export { readBearer } from './modules/sessions/index.ts';

export function registerPortalApi(app: FastifyInstance, portal: Portal): void {
  const person = personOf(portal.sessions);
  registerSessionRoutes(app, portal.sessions);
  registerExchangeRoutes(app, portal.exchanges, person);
  registerSummaryRoutes(app, portal.summaries, person);
  registerRequestRoutes(app, portal.requests, person);
  registerReplyRoutes(app, portal.replies, person);
}
