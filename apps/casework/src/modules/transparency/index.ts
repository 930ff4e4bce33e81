/** The node's transparency status for its security advisor (ADR 0017). */
export { createTransparencyService, type TransparencyService, type TransparencyStatus } from './transparency.service.ts';
export { registerTransparencyRoutes } from './transparency.routes.ts';
