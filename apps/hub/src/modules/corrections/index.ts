/** Corrections and their notices (flow 3, R39). */
export { createCorrectionService, type CorrectionService, type CorrectionDeps } from './corrections.service.ts';
export { createCorrectionRepository, type CorrectionRepository, type NoticeRow } from './corrections.repository.ts';
export { registerCorrectionRoutes } from './corrections.routes.ts';
