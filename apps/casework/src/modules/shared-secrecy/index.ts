/** Shared professional secrecy (R28): the module's public surface. */
export { createSharedSecrecyService, type SharedSecrecyService } from './shared-secrecy.service.ts';
export { registerSharedSecrecyRoutes } from './shared-secrecy.routes.ts';
export { SHAREABLE_ITEMS } from './shared-secrecy.ts';
