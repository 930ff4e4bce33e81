/** Routing consultations (flow 2). */
export {
  createConsultationService,
  type ConsultationService,
  type ConsultationDeps,
  type ProviderResult,
} from './consultations.service.ts';
export {
  createConsultationChecksReader,
  readConsultationChecks,
  type ConsultationChecks,
  type ConsultationChecksInput,
} from './consultations.repository.ts';
export { createPostgresReplayGuard } from './replay-guard.ts';
export { registerConsultationRoutes } from './consultations.routes.ts';
