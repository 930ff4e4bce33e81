/** The portal's signed link to the hub. */
export { createPortalHubClient, toPortalError, type PortalHubClient, type RegistryEntry } from './hub-client.ts';
