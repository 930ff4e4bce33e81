/** Statistics that identify nobody (R49): the module's public surface (other modules import only this file). */
export * from './statistics.routes.ts';
