/** Access grants (R23): the module's public surface. */
export { createAccessGrantService, type AccessGrantService } from './access-grants.service.ts';
export { registerAccessGrantRoutes } from './access-grants.routes.ts';
