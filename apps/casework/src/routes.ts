/**
 * The casework REST API (api-contract.md, Casework): each module registers its routes (schema →
 * actor → one use case, in `<feature>.routes.ts`); this list is the whole surface.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthService } from './modules/auth/auth.service.ts';
import { requireActor } from './http-context.ts';
import type { PersonService } from './modules/persons/persons.service.ts';
import type { AidRequestService } from './modules/aid-requests/index.ts';
import type { SocialReportService } from './modules/social-reports/social-reports.service.ts';
import type { NoteService } from './modules/notes/notes.service.ts';
import type { DecisionService } from './modules/decisions/decisions.service.ts';
import type { createCorrectionService } from './modules/corrections/corrections.service.ts';
import { peekType } from './modules/exchange/inbound.ts';
import type { DocumentService } from './modules/documents/documents.service.ts';
import type { OversightService } from './modules/oversight/oversight.service.ts';
import type { Actor } from './tenant.ts';
import type { HubClient } from './modules/exchange/hub-client.ts';
import type { createOutboxRelay } from './modules/exchange/outbox-relay.ts';
import type { createProviderService } from './modules/exchange/provider.service.ts';
import type { createConsultationService } from './modules/exchange/consultations.service.ts';
import { registerConsultationRoutes } from './modules/exchange/consultations.routes.ts';
import { registerUserRoutes } from './modules/users/users.routes.ts';
import { registerAgendaRoutes } from './modules/agenda/agenda.routes.ts';
import { registerConsultationHistoryRoute } from './modules/exchange/consultation-history.ts';
import type { createPersonRequestService } from './modules/person-requests/person-requests.service.ts';
import { registerOversightRoutes } from './modules/oversight/oversight.routes.ts';
import { registerBreakGlassRoutes } from './modules/break-glass/break-glass.routes.ts';
import { registerDisclosureRoutes } from './modules/disclosures/disclosures.routes.ts';
import { registerStatisticsRoutes } from './modules/statistics/statistics.routes.ts';
import { registerSettingsRoutes } from './modules/settings/settings.routes.ts';
import { registerSessionRoutes } from './modules/auth/auth.routes.ts';
import { registerPersonRoutes } from './modules/persons/persons.routes.ts';
import { registerAidRequestRoutes } from './modules/aid-requests/index.ts';
import { registerSocialReportRoutes } from './modules/social-reports/social-reports.routes.ts';
import { registerNoteRoutes } from './modules/notes/notes.routes.ts';
import { registerDocumentRoutes } from './modules/documents/documents.routes.ts';
import { registerDecisionRoutes } from './modules/decisions/decisions.routes.ts';
import { registerWorklistRoutes, type WorklistService } from './modules/worklist/index.ts';
import { registerDemoRoutes } from './modules/demo/demo.routes.ts';

export type CaseworkServices = {
  hub: HubClient;
  relay: ReturnType<typeof createOutboxRelay>;
  provider: ReturnType<typeof createProviderService>;
  consultations: ReturnType<typeof createConsultationService>;
  corrections: ReturnType<typeof createCorrectionService>;
  personRequests: ReturnType<typeof createPersonRequestService>;
  auth: AuthService;
  persons: PersonService;
  aidRequests: AidRequestService;
  reports: SocialReportService;
  notes: NoteService;
  decisions: DecisionService;
  documents: DocumentService;
  oversight: OversightService;
  worklist: WorklistService;
  demo: { isEnabled: boolean; describe(): Promise<unknown> };
  clock: () => Date;
  lifecycle: { isStarted: boolean };
};

export function registerCaseworkRoutes(app: FastifyInstance, services: CaseworkServices): void {
  const actorOf = (request: FastifyRequest): Promise<Actor> => requireActor(services.auth, request, services.clock);
  const tag = (name: string) => ({ tags: [name] });

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  registerSessionRoutes(app, { actorOf, auth: services.auth });
  registerPersonRoutes(app, { actorOf, persons: services.persons });
  registerAidRequestRoutes(app, { actorOf, aidRequests: services.aidRequests });
  registerSocialReportRoutes(app, { actorOf, reports: services.reports });
  registerNoteRoutes(app, { actorOf, notes: services.notes });
  registerDocumentRoutes(app, { actorOf, documents: services.documents });
  registerDecisionRoutes(app, { actorOf, decisions: services.decisions, corrections: services.corrections });
  registerWorklistRoutes(app, { actorOf, worklist: services.worklist });
  registerConsultationRoutes(app, { actorOf, consultations: services.consultations });

  // Hub-facing endpoint of the node: a summary request signed by the hub, answered signed.
  app.register(async (exchange) => {
    exchange.addContentTypeParser('application/jose', { parseAs: 'string' }, (_request, body, done) => done(null, body));
    exchange.post(
      '/exchange/v1/summary-requests',
      { schema: { ...tag('exchange'), body: { type: 'string', description: 'compact JWS signed by the hub' } } },
      async (request, reply) =>
        reply
          .type('application/jose')
          .send(
            peekType(request.body) === 'correction-notice'
              ? await services.corrections.receiveNotice(request.body, request.id)
              : peekType(request.body) === 'person-request'
                ? await services.personRequests.receive(request.body, request.id)
                : await services.provider.answerSummaryRequest(request.body, request.id),
          ),
    );
  });

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
  registerDemoRoutes(app, services.demo);
}
