export { createSummaryService, type SummaryItem, type SummaryDeps } from './summaries.service.ts';
export { registerSummaryRoutes } from './summaries.routes.ts';
