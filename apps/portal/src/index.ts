/** The citizen portal's public surface: what a process (apps/cli) needs to run it. */
export { PORTAL_KBO, PORTAL_MIGRATIONS, portalPlugin, type Portal } from './portal.ts';
export { openPortal, portalRegistryEntry, purgePortal, startPortal, type PortalStartOptions } from './start.ts';
