/** Confidential notes (R25): the module's public surface (other modules import only this file). */
export * from './notes.routes.ts';
export * from './notes.service.ts';
