/** `/api/v1/aid-requests/{id}/access-grants`: list and revoke grants (R23); creating one is in aid-requests. */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import type { AccessGrantService } from './access-grants.service.ts';
import { GrantParams } from './access-grants.schema.ts';

export function registerAccessGrantRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; grants: AccessGrantService }): void {
  const api = typed(app);
  const { actorOf, grants } = deps;
  const tags = ['access-grants'];

  api.get('/api/v1/aid-requests/:id/access-grants', { schema: { tags, params: IdParams } }, async (request) =>
    grants.listGrants(await actorOf(request), request.params.id),
  );

  api.post('/api/v1/aid-requests/:id/access-grants/:grantId/revocation', { schema: { tags, params: GrantParams } }, async (request) =>
    grants.revokeGrant(await actorOf(request), request.params.id, request.params.grantId),
  );
}
