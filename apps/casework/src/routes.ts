/**
 * The casework REST API (api-contract.md, Casework). Each handler parses input (the schema does),
 * resolves the actor, calls one use case and maps the result.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { notFound } from '#platform/errors.ts';
import type { AuthService } from './modules/auth/auth.service.ts';
import { requireActor, readToken, DateString, DateTimeString, IdParams, LanguageCode } from './http-context.ts';
import type { createPersonService } from './modules/persons/persons.service.ts';
import type { createAidRequestService } from './modules/aid-requests/aid-requests.service.ts';
import type { createSocialReportService } from './modules/social-reports/social-reports.service.ts';
import { sectionsSchema } from './modules/social-reports/social-report.ts';
import type { createNoteService } from './modules/notes/notes.service.ts';
import type { createDecisionService } from './modules/decisions/decisions.service.ts';
import { handleWorklistNotice, type createCorrectionService, type DecisionCorrection } from './modules/corrections/corrections.service.ts';
import { registerExchangeRoutes } from './modules/exchange/exchange.routes.ts';
import type { createDocumentService } from './modules/documents/documents.service.ts';
import type { createOversightService } from './modules/oversight/oversight.service.ts';
import type { Actor } from './tenant.ts';
import type { HubClient } from './modules/exchange/hub-client.ts';
import type { createOutboxRelay } from './modules/exchange/outbox-relay.ts';
import type { createProviderService } from './modules/exchange/provider.service.ts';
import type { createConsultationService } from './modules/exchange/consultations.service.ts';
import { registerUserRoutes } from './modules/users/users.routes.ts';
import { registerAgendaRoutes } from './modules/agenda/agenda.routes.ts';
import { registerConsultationHistoryRoute } from './modules/exchange/consultation-history.ts';
import type { createPersonRequestService } from './modules/person-requests/person-requests.service.ts';
import { registerOversightRoutes } from './modules/oversight/oversight.routes.ts';
import { registerBreakGlassRoutes } from './modules/break-glass/break-glass.routes.ts';
import { registerDisclosureRoutes } from './modules/disclosures/disclosures.routes.ts';
import { registerStatisticsRoutes } from './modules/statistics/statistics.routes.ts';
import { registerSettingsRoutes } from './modules/settings/settings.routes.ts';

export type CaseworkServices = {
  hub: HubClient;
  relay: ReturnType<typeof createOutboxRelay>;
  provider: ReturnType<typeof createProviderService>;
  consultations: ReturnType<typeof createConsultationService>;
  corrections: ReturnType<typeof createCorrectionService>;
  personRequests: ReturnType<typeof createPersonRequestService>;
  auth: AuthService;
  persons: ReturnType<typeof createPersonService>;
  aidRequests: ReturnType<typeof createAidRequestService>;
  reports: ReturnType<typeof createSocialReportService>;
  notes: ReturnType<typeof createNoteService>;
  decisions: ReturnType<typeof createDecisionService>;
  documents: ReturnType<typeof createDocumentService>;
  oversight: ReturnType<typeof createOversightService>;
  demo: { isEnabled: boolean; describe(): Promise<unknown> };
  clock: () => Date;
  lifecycle: { isStarted: boolean };
};

const strict = <T extends Parameters<typeof Type.Object>[0]>(properties: T) => Type.Object(properties, { additionalProperties: false });
const Text = (max: number, min = 1) => Type.String({ minLength: min, maxLength: max });
const Pdf = { 200: { type: 'string', format: 'binary', description: 'application/pdf' } };

const NewPersonBody = strict({
  niss: Type.Optional(Type.String({ maxLength: 32, description: '11 digits; dots, dashes and spaces accepted' })),
  familyName: Text(200),
  givenNames: Text(200),
  birthDate: Type.Optional(DateString),
  nationality: Type.Optional(Text(100)),
  language: Type.Optional(LanguageCode),
});
const NewAidRequestBody = strict({
  personId: Type.String({ maxLength: 64 }),
  kind: Text(64),
  receivedAt: DateTimeString,
  cohabitantIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: 20 })),
  transferredFrom: Type.Optional(strict({ kbo: Type.String({ maxLength: 20 }), receivedAt: DateString })),
  isNewRisBeneficiary: Type.Optional(Type.Boolean()),
});
const NewDecisionBody = strict({
  decidedAt: DateString,
  body: Text(64),
  aidType: Text(64),
  outcome: Type.Union([Type.Literal('granted'), Type.Literal('refused'), Type.Literal('partial'), Type.Literal('withdrawn')]),
  amountCents: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000_000 })),
  period: Type.Optional(strict({ from: DateString, to: Type.Optional(DateString) })),
  legalBasis: Text(64),
  motivationCategory: Text(64),
  motivationText: Type.Optional(Text(10_000, 0)),
});
const Outcome = Type.Union([Type.Literal('granted'), Type.Literal('refused'), Type.Literal('partial'), Type.Literal('withdrawn')]);
const CorrectionBody = strict({
  kind: Type.Union([Type.Literal('corrected'), Type.Literal('annulled')]),
  reasonCode: Text(64),
  changes: Type.Optional(
    strict({
      aidType: Type.Optional(Text(64)),
      outcome: Type.Optional(Outcome),
      amountCents: Type.Optional(Type.Union([Type.Integer({ minimum: 0, maximum: 100_000_000 }), Type.Null()])),
      period: Type.Optional(Type.Union([strict({ from: DateString, to: Type.Optional(DateString) }), Type.Null()])),
      legalBasis: Type.Optional(Text(64)),
      motivationCategory: Type.Optional(Text(64)),
      motivationText: Type.Optional(Text(10_000, 0)),
    }),
  ),
});
const NewDocumentBody = strict({
  type: Text(64),
  title: Text(300),
  documentDate: DateString,
  source: Type.Union([Type.Literal('person'), Type.Literal('bcss-flow'), Type.Literal('other-institution'), Type.Literal('cpas')]),
  sourceRef: Type.Optional(Text(300)),
  retentionClass: Text(64),
  mediaType: Type.Optional(Text(100)),
  contentBase64: Type.Optional(Type.String({ maxLength: 8 * 1024 * 1024, contentEncoding: 'base64' })),
});
const LangQuery = strict({ lang: Type.Optional(LanguageCode) });

export function registerCaseworkRoutes(app: FastifyInstance, services: CaseworkServices): void {
  const actorOf = (request: FastifyRequest): Promise<Actor> => requireActor(services.auth, request, services.clock);
  const tag = (name: string) => ({ tags: [name] });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  app.post(
    '/api/v1/sessions',
    { schema: { ...tag('sessions'), body: strict({ username: Text(200), password: Text(500) }) } },
    async (request, reply) => {
      const body = request.body as { username: string; password: string };
      const session = await services.auth.logIn(body.username, body.password, request.id);
      return reply.code(201).send({
        token: session.token,
        expiresAt: session.expiresAt.toISOString(),
        user: {
          id: session.user.id,
          username: session.user.username,
          displayName: session.user.displayName,
          role: session.user.role,
          language: session.user.language,
          isQualifiedSocialWorker: session.user.isQualifiedSocialWorker,
          institution: { kbo: session.tenant.kbo, name: session.tenant.name },
        },
      });
    },
  );

  app.delete('/api/v1/sessions/current', { schema: tag('sessions') }, async (request, reply) => {
    const token = readToken(request);
    if (token) await services.auth.logOut(token);
    return reply.code(204).send();
  });

  app.get('/api/v1/me', { schema: tag('sessions') }, async (request) => {
    const actor = await actorOf(request);
    const { user, tenant } = actor;
    return {
      id: user.id,
      username: user.username,
      displayName: user.displayName,
      role: user.role,
      language: user.language,
      isQualifiedSocialWorker: user.isQualifiedSocialWorker,
      institution: { kbo: tenant.kbo, name: tenant.name },
    };
  });

  // Persons
  app.post('/api/v1/persons', { schema: { ...tag('persons'), body: NewPersonBody } }, async (request, reply) =>
    reply.code(201).send(await services.persons.registerPerson(await actorOf(request), request.body as Static<typeof NewPersonBody>)),
  );

  app.get(
    '/api/v1/persons',
    {
      schema: {
        ...tag('persons'),
        querystring: strict({ niss: Type.Optional(Type.String({ maxLength: 32 })), familyName: Type.Optional(Text(200)) }),
      },
    },
    async (request) => {
      const actor = await actorOf(request);
      const query = request.query as { niss?: string; familyName?: string };
      if (query.niss !== undefined) return { items: await services.persons.searchByNiss(actor, query.niss) };
      if (query.familyName !== undefined) return { items: await services.persons.searchByName(actor, query.familyName) };
      return { items: [] };
    },
  );

  app.get('/api/v1/persons/:id', { schema: { ...tag('persons'), params: IdParams } }, async (request) =>
    services.persons.getPerson(await actorOf(request), (request.params as { id: string }).id),
  );

  app.post(
    '/api/v1/persons/:id/niss-replacements',
    { schema: { ...tag('persons'), params: IdParams, body: strict({ niss: Type.String({ maxLength: 32 }), reason: Text(500) }) } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.persons.replaceNiss(
            await actorOf(request),
            (request.params as { id: string }).id,
            request.body as { niss: string; reason: string },
          ),
        ),
  );

  app.get('/api/v1/persons/:id/access-report', { schema: { ...tag('persons'), params: IdParams } }, async (request) =>
    services.oversight.accessReport(await actorOf(request), (request.params as { id: string }).id),
  );

  // Aid requests
  app.post(
    '/api/v1/aid-requests',
    {
      schema: {
        ...tag('aid-requests'),
        body: NewAidRequestBody,
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 8, maxLength: 128 })) }),
      },
    },
    async (request, reply) => {
      const key = request.headers['idempotency-key'];
      const result = await services.aidRequests.registerRequest(
        await actorOf(request),
        request.body as Static<typeof NewAidRequestBody>,
        typeof key === 'string' ? key : null,
      );
      return reply.code(result.isReplay ? 200 : 201).send(result.view);
    },
  );

  app.get(
    '/api/v1/aid-requests',
    { schema: { ...tag('aid-requests'), querystring: strict({ personId: Type.String({ maxLength: 64 }) }) } },
    async (request) => ({
      items: await services.aidRequests.listForPerson(await actorOf(request), (request.query as { personId: string }).personId),
    }),
  );

  app.get('/api/v1/aid-requests/:id', { schema: { ...tag('aid-requests'), params: IdParams } }, async (request) =>
    services.aidRequests.getRequest(await actorOf(request), (request.params as { id: string }).id),
  );

  app.get(
    '/api/v1/aid-requests/:id/acknowledgement',
    { schema: { ...tag('aid-requests'), params: IdParams, querystring: LangQuery, response: Pdf } },
    async (request, reply) => {
      const pdf = await services.decisions.renderAcknowledgement(
        await actorOf(request),
        (request.params as { id: string }).id,
        (request.query as { lang?: 'fr' | 'nl' | 'de' }).lang,
      );
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="acknowledgement.pdf"').send(pdf);
    },
  );

  app.post(
    '/api/v1/aid-requests/:id/assignments',
    { schema: { ...tag('aid-requests'), params: IdParams, body: strict({ userId: Type.String({ maxLength: 64 }) }) } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.aidRequests.assign(
            await actorOf(request),
            (request.params as { id: string }).id,
            (request.body as { userId: string }).userId,
          ),
        ),
  );

  app.post(
    '/api/v1/aid-requests/:id/access-grants',
    {
      schema: {
        ...tag('aid-requests'),
        params: IdParams,
        body: strict({ userId: Type.String({ maxLength: 64 }), reason: Text(1000, 10), hours: Type.Integer({ minimum: 1, maximum: 720 }) }),
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.aidRequests.grantAccess(
            await actorOf(request),
            (request.params as { id: string }).id,
            request.body as { userId: string; reason: string; hours: number },
          ),
        ),
  );

  app.post(
    '/api/v1/aid-requests/:id/transfer',
    {
      schema: {
        ...tag('aid-requests'),
        params: IdParams,
        body: strict({
          toKbo: Type.String({ maxLength: 20 }),
          toName: Text(200),
          reason: Text(2000),
          startedAt: DateString,
          applicantInformedAt: DateString,
        }),
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.aidRequests.transfer(
            await actorOf(request),
            (request.params as { id: string }).id,
            request.body as { toKbo: string; toName: string; reason: string; startedAt: string; applicantInformedAt: string },
          ),
        ),
  );

  app.post(
    '/api/v1/aid-requests/:id/hearings',
    {
      schema: {
        ...tag('aid-requests'),
        params: IdParams,
        body: strict({ requestedAt: DateString, scheduledAt: Type.Optional(DateString) }),
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.aidRequests.requestHearing(
            await actorOf(request),
            (request.params as { id: string }).id,
            request.body as { requestedAt: string },
          ),
        ),
  );

  app.put(
    '/api/v1/aid-requests/:id/hearings/:hearingId',
    {
      schema: {
        ...tag('aid-requests'),
        params: strict({ id: Type.String({ maxLength: 64 }), hearingId: Type.String({ maxLength: 64 }) }),
        body: strict({ heldAt: DateString, attendees: Text(2000), assistedBy: Type.Optional(Text(300)) }),
      },
    },
    async (request) => {
      const params = request.params as { id: string; hearingId: string };
      return services.aidRequests.recordHearing(
        await actorOf(request),
        params.id,
        params.hearingId,
        request.body as { heldAt: string; attendees: string; assistedBy?: string },
      );
    },
  );

  app.post(
    '/api/v1/aid-requests/:id/home-visits',
    { schema: { ...tag('aid-requests'), params: IdParams, body: strict({ visitedAt: DateString }) } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.aidRequests.recordHomeVisit(
            await actorOf(request),
            (request.params as { id: string }).id,
            request.body as { visitedAt: string },
          ),
        ),
  );

  app.post(
    '/api/v1/aid-requests/:id/piis',
    { schema: { ...tag('aid-requests'), params: IdParams, body: strict({ signedAt: DateString }) } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.aidRequests.recordPiis(
            await actorOf(request),
            (request.params as { id: string }).id,
            request.body as { signedAt: string },
          ),
        ),
  );

  app.put(
    '/api/v1/aid-requests/:id/social-report',
    { schema: { ...tag('social-reports'), params: IdParams, body: strict({ sections: sectionsSchema }) } },
    async (request) =>
      services.reports.saveReport(
        await actorOf(request),
        (request.params as { id: string }).id,
        (request.body as { sections: Static<typeof sectionsSchema> }).sections,
      ),
  );

  app.get('/api/v1/aid-requests/:id/social-report', { schema: { ...tag('social-reports'), params: IdParams } }, async (request) =>
    services.reports.getReport(await actorOf(request), (request.params as { id: string }).id),
  );

  app.post(
    '/api/v1/aid-requests/:id/social-report/signature',
    { schema: { ...tag('social-reports'), params: IdParams } },
    async (request, reply) =>
      reply.code(201).send(await services.reports.signReport(await actorOf(request), (request.params as { id: string }).id)),
  );

  app.post(
    '/api/v1/aid-requests/:id/notes',
    {
      schema: {
        ...tag('notes'),
        params: IdParams,
        body: strict({ text: Text(20_000), visibility: Type.Union([Type.Literal('private'), Type.Literal('team')]) }),
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.notes.addNote(
            await actorOf(request),
            (request.params as { id: string }).id,
            request.body as { text: string; visibility: 'private' | 'team' },
          ),
        ),
  );

  app.get('/api/v1/aid-requests/:id/notes', { schema: { ...tag('notes'), params: IdParams } }, async (request) =>
    services.notes.listNotes(await actorOf(request), (request.params as { id: string }).id),
  );

  app.post(
    '/api/v1/aid-requests/:id/documents',
    { bodyLimit: 12 * 1024 * 1024, schema: { ...tag('documents'), params: IdParams, body: NewDocumentBody } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.documents.addDocument(
            await actorOf(request),
            (request.params as { id: string }).id,
            request.body as Static<typeof NewDocumentBody>,
          ),
        ),
  );

  app.get('/api/v1/aid-requests/:id/documents', { schema: { ...tag('documents'), params: IdParams } }, async (request) =>
    services.documents.listDocuments(await actorOf(request), (request.params as { id: string }).id),
  );

  app.get(
    '/api/v1/aid-requests/:id/documents/:documentId/content',
    { schema: { ...tag('documents'), params: strict({ id: Type.String({ maxLength: 64 }), documentId: Type.String({ maxLength: 64 }) }) } },
    async (request, reply) => {
      const params = request.params as { id: string; documentId: string };
      const document = await services.documents.readContent(await actorOf(request), params.id, params.documentId);
      return reply.type(document.mediaType).header('content-disposition', 'attachment').send(document.content);
    },
  );

  app.post(
    '/api/v1/aid-requests/:id/person-informed',
    {
      schema: {
        ...tag('aid-requests'),
        params: IdParams,
        body: strict({
          informedAt: DateTimeString,
          method: Type.Union([
            Type.Literal('in-person'),
            Type.Literal('letter'),
            Type.Literal('phone'),
            Type.Literal('email'),
            Type.Literal('ebox'),
          ]),
        }),
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.aidRequests.recordPersonInformed(
            await actorOf(request),
            (request.params as { id: string }).id,
            request.body as { informedAt: string; method: string },
          ),
        ),
  );

  app.post(
    '/api/v1/aid-requests/:id/decisions',
    { schema: { ...tag('decisions'), params: IdParams, body: NewDecisionBody } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.decisions.recordDecision(
            await actorOf(request),
            (request.params as { id: string }).id,
            request.body as Static<typeof NewDecisionBody>,
          ),
        ),
  );

  app.get('/api/v1/decisions/:id', { schema: { ...tag('decisions'), params: IdParams } }, async (request) =>
    services.decisions.getDecision(await actorOf(request), (request.params as { id: string }).id),
  );

  app.post(
    '/api/v1/decisions/:id/corrections',
    { schema: { ...tag('decisions'), params: IdParams, body: CorrectionBody } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.corrections.correctDecision(
            await actorOf(request),
            (request.params as { id: string }).id,
            request.body as DecisionCorrection,
          ),
        ),
  );

  app.post('/api/v1/worklist/notices/:id/handled', { schema: { ...tag('worklist'), params: IdParams } }, async (request) =>
    handleWorklistNotice(await actorOf(request), (request.params as { id: string }).id),
  );

  app.post(
    '/api/v1/decisions/:id/notification',
    {
      schema: {
        ...tag('decisions'),
        params: IdParams,
        body: strict({ sentAt: DateString, method: Text(64), proofRef: Type.Optional(Text(300)) }),
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.decisions.recordNotification(
            await actorOf(request),
            (request.params as { id: string }).id,
            request.body as { sentAt: string; method: string; proofRef?: string },
          ),
        ),
  );

  app.post(
    '/api/v1/decisions/:id/appeals',
    {
      schema: {
        ...tag('decisions'),
        params: IdParams,
        body: strict({ kind: Type.Union([Type.Literal('internal-review'), Type.Literal('labour-court')]), filedAt: DateString }),
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.decisions.recordAppeal(
            await actorOf(request),
            (request.params as { id: string }).id,
            request.body as { kind: 'internal-review' | 'labour-court'; filedAt: string },
          ),
        ),
  );

  app.get(
    '/api/v1/decisions/:id/letter',
    { schema: { ...tag('decisions'), params: IdParams, querystring: LangQuery, response: Pdf } },
    async (request, reply) => {
      const pdf = await services.decisions.renderLetter(
        await actorOf(request),
        (request.params as { id: string }).id,
        (request.query as { lang?: 'fr' | 'nl' | 'de' }).lang,
      );
      return reply.type('application/pdf').header('content-disposition', 'inline; filename="decision.pdf"').send(pdf);
    },
  );

  app.post(
    '/api/v1/aid-requests/:id/close',
    { schema: { ...tag('aid-requests'), params: IdParams, body: strict({ reason: Text(1000) }) } },
    async (request) =>
      services.aidRequests.close(await actorOf(request), (request.params as { id: string }).id, request.body as { reason: string }),
  );

  app.get(
    '/api/v1/worklist',
    {
      schema: {
        ...tag('worklist'),
        querystring: strict({
          limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
          offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })),
        }),
      },
    },
    async (request) => {
      const query = request.query as { limit?: number; offset?: number };
      return services.aidRequests.worklist(await actorOf(request), { limit: query.limit ?? 50, offset: query.offset ?? 0 });
    },
  );

  app.post(
    '/api/v1/aid-requests/:id/rse-consultations',
    { schema: { ...tag('rse'), params: IdParams, body: strict({ purpose: Text(64) }) } },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await services.consultations.requestConsultation(
            await actorOf(request),
            (request.params as { id: string }).id,
            request.body as { purpose: string },
          ),
        ),
  );

  app.get(
    '/api/v1/aid-requests/:id/rse-consultations/:consultationId',
    { schema: { ...tag('rse'), params: strict({ id: Type.String({ maxLength: 64 }), consultationId: Type.String({ maxLength: 64 }) }) } },
    async (request) => {
      const params = request.params as { id: string; consultationId: string };
      return services.consultations.getConsultation(await actorOf(request), params.id, params.consultationId);
    },
  );

  // Hub-facing endpoint of the node: every message signed by the hub, answered signed.
  registerExchangeRoutes(app, services);

  // For the web application (and any client): colleagues to assign, the user's language, the committee's agenda, past consultations.
  registerUserRoutes(app, actorOf);
  registerAgendaRoutes(app, actorOf);
  registerConsultationHistoryRoute(app, actorOf);
  // Oversight (security advisor), emergency access, disclosures and statistics.
  registerOversightRoutes(app, actorOf, services.oversight);
  registerBreakGlassRoutes(app, actorOf);
  registerDisclosureRoutes(app, actorOf);
  registerStatisticsRoutes(app, actorOf);
  registerSettingsRoutes(app, actorOf);

  app.get('/api/v1/demo', { schema: tag('demo') }, async () => {
    if (!services.demo.isEnabled) throw notFound('route.not-found', 'No such endpoint.');
    return services.demo.describe();
  });
}
