/** Routing consultations (flow 2). */
export {
  createConsultationService,
  type ConsultationService,
  type ConsultationDeps,
  type ProviderResult,
} from './consultations.service.ts';
export { readConsultationChecks, type ConsultationChecks } from './consultations.repository.ts';
export { createPostgresReplayGuard } from './replay-guard.ts';
export { registerConsultationRoutes } from './consultations.routes.ts';
