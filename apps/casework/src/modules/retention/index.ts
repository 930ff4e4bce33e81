/** Retention and purge (R42, R45): the module's public surface (other modules import only this file). */
export * from './retention.service.ts';
