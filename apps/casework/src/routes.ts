/**
 * The casework REST API (api-contract.md, Casework): each module registers its routes (schema →
 * actor → one use case, in `<feature>.routes.ts`); this list is the whole surface.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { AuthService } from './modules/auth/index.ts';
import { requireActor, requireActorWith, type ActorWith } from './http-context.ts';
import type { PersonService } from './modules/persons/index.ts';
import type { AidRequestService } from './modules/aid-requests/index.ts';
import type { SocialReportService } from './modules/social-reports/index.ts';
import type { NoteService } from './modules/notes/index.ts';
import type { DecisionService } from './modules/decisions/index.ts';
import type { createCorrectionService } from './modules/corrections/corrections.service.ts';
import { registerExchangeRoutes } from './modules/exchange/exchange.routes.ts';
import type { DocumentService } from './modules/documents/index.ts';
import type { OversightService } from './modules/oversight/index.ts';
import type { Actor } from './tenant.ts';
import type { HubClient } from './modules/exchange/hub-client.ts';
import type { createOutboxRelay } from './modules/exchange/outbox-relay.ts';
import type { createProviderService } from './modules/exchange/provider.service.ts';
import type { KeyMonitor } from './modules/exchange/key-monitor.ts';
import type { AuditAnchoring } from './modules/audit-anchors/index.ts';
import type { createConsultationService } from './modules/exchange/consultations.service.ts';
import { registerConsultationRoutes } from './modules/exchange/consultations.routes.ts';
import { registerUserRoutes } from './modules/users/index.ts';
import { registerAgendaRoutes } from './modules/agenda/index.ts';
import { registerConsultationHistoryRoute } from './modules/exchange/consultation-history.ts';
import type { createPersonRequestService } from './modules/person-requests/person-requests.service.ts';
import { registerOversightRoutes } from './modules/oversight/index.ts';
import { createTransparencyService, registerTransparencyRoutes } from './modules/transparency/index.ts';
import { registerBreakGlassRoutes } from './modules/break-glass/index.ts';
import { registerDisclosureRoutes } from './modules/disclosures/index.ts';
import { registerStatisticsRoutes } from './modules/statistics/index.ts';
import { registerSettingsRoutes } from './modules/settings/index.ts';
import { auditRefusedRequests, registerSessionRoutes } from './modules/auth/index.ts';
import { registerLetterRoutes } from './modules/letters/index.ts';
import { registerPersonRoutes } from './modules/persons/index.ts';
import { registerAidRequestRoutes } from './modules/aid-requests/index.ts';
import { registerSocialReportRoutes } from './modules/social-reports/index.ts';
import { registerNoteRoutes } from './modules/notes/index.ts';
import { registerDocumentRoutes } from './modules/documents/index.ts';
import { registerDecisionRoutes } from './modules/decisions/index.ts';
import { registerWorklistRoutes, type WorklistService } from './modules/worklist/index.ts';
import { registerDemoRoutes } from './modules/demo/index.ts';
import { registerOutboxRoutes } from './modules/outbox/index.ts';
import { registerCaseloadRoutes } from './modules/caseload/index.ts';
import { registerPersonRecordRoutes } from './modules/person-record/index.ts';
import { registerFileWorkflowRoutes, type FileWorkflowServices } from './file-workflow.ts';
import { registerTransferRoutes, type TransferService } from './modules/transfers/index.ts';
import { createWithholdingService, registerWithholdingRoutes } from './modules/withholdings/index.ts';
import { createPersonFollowUpService } from './modules/person-requests/follow-up.service.ts';
import { registerPersonFollowUpRoutes } from './modules/person-requests/follow-up.routes.ts';
import { createReceivedItemService, registerReceivedItemRoutes } from './modules/received-items/index.ts';
import { registerCommitteeRoutes, type CommitteeService } from './modules/committee/index.ts';

export type CaseworkServices = {
  hub: HubClient;
  relay: ReturnType<typeof createOutboxRelay>;
  provider: ReturnType<typeof createProviderService>;
  /** Watches the hub's log for keys in this node's CPAS names that it did not register (ADR 0017). */
  keyMonitor: KeyMonitor;
  /** Commits each CPAS's audit chain head to the hub's log on a schedule (ADR 0017, R44). */
  anchoring: AuditAnchoring;
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
  fileWorkflow: FileWorkflowServices;
  transfers: TransferService;
  committee: CommitteeService;
  demo: { isEnabled: boolean; describe(): Promise<unknown> };
  clock: () => Date;
  lifecycle: { isStarted: boolean };
};

export function registerCaseworkRoutes(app: FastifyInstance, services: CaseworkServices): void {
  const actorOf = (request: FastifyRequest): Promise<Actor> => requireActor(services.auth, request, services.clock);
  const actorWith: ActorWith = (request, rider) => requireActorWith(services.auth, request, services.clock, rider);

  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));

  registerSessionRoutes(app, { actorOf, auth: services.auth });
  registerPersonRoutes(app, { actorOf, persons: services.persons });
  registerAidRequestRoutes(app, { actorOf, aidRequests: services.aidRequests });
  registerSocialReportRoutes(app, { actorOf, reports: services.reports });
  registerNoteRoutes(app, { actorOf, notes: services.notes });
  registerDocumentRoutes(app, { actorOf, documents: services.documents });
  registerDecisionRoutes(app, { actorOf, decisions: services.decisions, corrections: services.corrections });
  registerWorklistRoutes(app, { actorOf, worklist: services.worklist });
  registerConsultationRoutes(app, { actorOf, actorWith, consultations: services.consultations });

  // Hub-facing endpoint of the node: a summary request signed by the hub, answered signed.
  registerExchangeRoutes(app, services);

  // For the web application (and any client): colleagues to assign, the user's language, the committee's agenda, past consultations.
  registerUserRoutes(app, actorOf);
  registerAgendaRoutes(app, actorOf);
  registerConsultationHistoryRoute(app, actorOf);
  // Oversight (security advisor), emergency access, disclosures and statistics.
  registerOversightRoutes(app, actorOf, services.oversight);
  registerTransparencyRoutes(app, actorOf, createTransparencyService());
  registerBreakGlassRoutes(app, actorOf);
  registerDisclosureRoutes(app, actorOf);
  registerStatisticsRoutes(app, actorOf);
  registerSettingsRoutes(app, actorOf);
  registerOutboxRoutes(app, actorOf);
  registerLetterRoutes(app, actorOf);
  registerDemoRoutes(app, services.demo);
  auditRefusedRequests(app, services.auth);
  registerCaseloadRoutes(app, actorOf);
  registerPersonRecordRoutes(app, actorOf);
  registerFileWorkflowRoutes(app, actorOf, services.fileWorkflow);
  registerTransferRoutes(app, { actorOf, transfers: services.transfers });
  registerWithholdingRoutes(app, { actorOf, withholdings: createWithholdingService() });
  registerPersonFollowUpRoutes(app, { actorOf, followUp: createPersonFollowUpService() });
  registerReceivedItemRoutes(app, { actorOf, receivedItems: createReceivedItemService() });
  registerCommitteeRoutes(app, { actorOf, committee: services.committee });
}
