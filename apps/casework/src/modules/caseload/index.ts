/** My caseload, the supervisor's team view and reassignment: the module's public surface. */
export { registerCaseloadRoutes } from './caseload.routes.ts';
export { createCaseloadService, type CaseItem, type CaseloadService, type TeamView } from './caseload.service.ts';
export * from './caseload.ts';
