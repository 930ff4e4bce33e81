/** The PIIS (R14): the module's public surface. */
export { createPiisService, type PiisService } from './piis.service.ts';
export { registerPiisRoutes } from './piis.routes.ts';
