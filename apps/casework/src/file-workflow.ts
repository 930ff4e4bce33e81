/**
 * The file's workflow modules (issue "the social file a worker lives in", item 3): home visits (R13),
 * hearings (R11), the PIIS (R14), access grants (R23) and shared professional secrecy (R28), wired here
 * so that routes.ts and casework.ts each take one line.
 */
import type { FastifyInstance } from 'fastify';
import type { ActorOf } from './http-context.ts';
import { createAccessGrantService, registerAccessGrantRoutes } from './modules/access-grants/index.ts';
import { createHearingService, registerHearingRoutes } from './modules/hearings/index.ts';
import { createHomeVisitService, registerHomeVisitRoutes } from './modules/home-visits/index.ts';
import { createPiisService, registerPiisRoutes } from './modules/piis/index.ts';
import { createSharedSecrecyService, registerSharedSecrecyRoutes } from './modules/shared-secrecy/index.ts';

export function createFileWorkflowServices() {
  return {
    homeVisits: createHomeVisitService(),
    hearings: createHearingService(),
    piis: createPiisService(),
    grants: createAccessGrantService(),
    secrecy: createSharedSecrecyService(),
  };
}

export type FileWorkflowServices = ReturnType<typeof createFileWorkflowServices>;

export function registerFileWorkflowRoutes(app: FastifyInstance, actorOf: ActorOf, services: FileWorkflowServices): void {
  registerHomeVisitRoutes(app, { actorOf, homeVisits: services.homeVisits });
  registerHearingRoutes(app, { actorOf, hearings: services.hearings });
  registerPiisRoutes(app, { actorOf, piis: services.piis });
  registerAccessGrantRoutes(app, { actorOf, grants: services.grants });
  registerSharedSecrecyRoutes(app, { actorOf, secrecy: services.secrecy });
}
