/** The settings the security advisor changes: the module's public surface (other modules import only this file). */
export * from './settings.routes.ts';
export { createSettingsService } from './settings.service.ts';
