/** The worklist module's public surface. */
export { createWorklistService, type WorklistService } from './worklist.service.ts';
export { registerWorklistRoutes } from './worklist.routes.ts';
