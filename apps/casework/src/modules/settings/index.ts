/** The settings the security advisor changes: the module's public surface (other modules import only this file). */
export * from './settings.routes.ts';
