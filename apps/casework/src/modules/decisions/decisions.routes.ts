/**
 * Decisions (R9–R12): record one on a request, read it, correct or annul it (R39, the corrections
 * use case), notification, appeals, and the letters (the decision, the request's acknowledgement).
 */
import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import { IdParams, LangQuery, Pdf, typed, type ActorOf } from '../../http-context.ts';
import type { Actor } from '../../tenant.ts';
import type { DecisionService } from './decisions.service.ts';
import {
  AbsenceAppealBody,
  AidChangeBody,
  AppealOutcomeBody,
  AppealParams,
  AppealBody,
  CorrectionBody,
  NewDecisionBody,
  NotificationBody,
  NotificationCorrectionBody,
} from './decisions.schema.ts';

type Corrections = { correctDecision(actor: Actor, decisionId: string, input: Static<typeof CorrectionBody>): Promise<unknown> };

export function registerDecisionRoutes(
  app: FastifyInstance,
  deps: { actorOf: ActorOf; decisions: DecisionService; corrections: Corrections },
): void {
  const api = typed(app);
  const { actorOf, decisions, corrections } = deps;
  const tags = ['decisions'];

  api.post('/api/v1/aid-requests/:id/decisions', { schema: { tags, params: IdParams, body: NewDecisionBody } }, async (request, reply) =>
    reply.code(201).send(await decisions.recordDecision(await actorOf(request), request.params.id, request.body)),
  );

  api.get('/api/v1/decisions/:id', { schema: { tags, params: IdParams } }, async (request) =>
    decisions.getDecision(await actorOf(request), request.params.id),
  );

  api.post('/api/v1/decisions/:id/corrections', { schema: { tags, params: IdParams, body: CorrectionBody } }, async (request, reply) =>
    reply.code(201).send(await corrections.correctDecision(await actorOf(request), request.params.id, request.body)),
  );

  api.post('/api/v1/decisions/:id/revisions', { schema: { tags, params: IdParams, body: AidChangeBody } }, async (request, reply) =>
    reply.code(201).send(await decisions.reviseAid(await actorOf(request), request.params.id, request.body)),
  );

  api.post('/api/v1/decisions/:id/notification', { schema: { tags, params: IdParams, body: NotificationBody } }, async (request, reply) =>
    reply.code(201).send(await decisions.recordNotification(await actorOf(request), request.params.id, request.body)),
  );

  api.put('/api/v1/decisions/:id/notification', { schema: { tags, params: IdParams, body: NotificationCorrectionBody } }, async (request) =>
    decisions.correctNotification(await actorOf(request), request.params.id, request.body),
  );

  api.post('/api/v1/decisions/:id/appeals', { schema: { tags, params: IdParams, body: AppealBody } }, async (request, reply) =>
    reply.code(201).send(await decisions.recordAppeal(await actorOf(request), request.params.id, request.body)),
  );

  api.get('/api/v1/aid-requests/:id/appeals', { schema: { tags, params: IdParams } }, async (request) =>
    decisions.listAppeals(await actorOf(request), request.params.id),
  );

  api.post('/api/v1/aid-requests/:id/appeals', { schema: { tags, params: IdParams, body: AbsenceAppealBody } }, async (request, reply) =>
    reply.code(201).send(await decisions.recordAbsenceAppeal(await actorOf(request), request.params.id, request.body)),
  );

  api.put(
    '/api/v1/aid-requests/:id/appeals/:appealId/outcome',
    { schema: { tags, params: AppealParams, body: AppealOutcomeBody } },
    async (request) => decisions.recordAppealOutcome(await actorOf(request), request.params.id, request.params.appealId, request.body),
  );

  api.get(
    '/api/v1/decisions/:id/letter',
    { schema: { tags, params: IdParams, querystring: LangQuery, response: Pdf } },
    async (request, reply) => {
      const pdf = await decisions.renderLetter(await actorOf(request), request.params.id, request.query.lang);
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="decision.pdf"').send(pdf);
    },
  );

  api.get(
    '/api/v1/aid-requests/:id/acknowledgement',
    { schema: { tags: ['aid-requests'], params: IdParams, querystring: LangQuery, response: Pdf } },
    async (request, reply) => {
      const pdf = await decisions.renderAcknowledgement(await actorOf(request), request.params.id, request.query.lang);
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="acknowledgement.pdf"').send(pdf);
    },
  );
}
