/**
 * The person's statements and contests in a file: `GET /api/v1/aid-requests/:id/person-requests`,
 * a statement's reply, a contest's review and outcome (R39, R40).
 */
import type { FastifyInstance } from 'fastify';
import { IdParams, typed, type ActorOf } from '../../http-context.ts';
import type { PersonFollowUpService } from './follow-up.service.ts';
import * as schema from './follow-up.schema.ts';

export function registerPersonFollowUpRoutes(app: FastifyInstance, deps: { actorOf: ActorOf; followUp: PersonFollowUpService }): void {
  const api = typed(app);
  const { actorOf, followUp } = deps;
  const tags = ['person-requests'];
  api.get('/api/v1/aid-requests/:id/person-requests', { schema: { tags, params: IdParams } }, async (request) =>
    followUp.list(await actorOf(request), request.params.id),
  );
  api.post(
    '/api/v1/aid-requests/:id/person-statements/:statementId/reply',
    { schema: { tags, params: schema.StatementParams, body: schema.ReplyBody } },
    async (request) => followUp.replyToStatement(await actorOf(request), request.params.id, request.params.statementId, request.body),
  );
  api.post(
    '/api/v1/aid-requests/:id/person-contests/:contestId/review',
    { schema: { tags, params: schema.ContestParams } },
    async (request) => followUp.reviewContest(await actorOf(request), request.params.id, request.params.contestId),
  );
  api.post(
    '/api/v1/aid-requests/:id/person-contests/:contestId/outcome',
    { schema: { tags, params: schema.ContestParams, body: schema.OutcomeBody } },
    async (request) => followUp.decideContest(await actorOf(request), request.params.id, request.params.contestId, request.body),
  );
}
