/** `GET /portal/api/v1/me/replies`: the CPAS's answers to my statements and the outcomes of my contests. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PersonSession } from '../sessions/index.ts';
import type { ReplyService } from './replies.service.ts';

export function registerReplyRoutes(
  app: FastifyInstance,
  replies: ReplyService,
  person: (request: FastifyRequest) => Promise<PersonSession>,
): void {
  app.get(
    '/api/v1/me/replies',
    { schema: { tags: ['me'], summary: 'the answers to my statements and the outcomes of my contests' } },
    async (request) => replies.listReplies((await person(request)).niss),
  );
}
