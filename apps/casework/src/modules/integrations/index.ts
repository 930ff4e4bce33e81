/** Integrations and the outbox toward the hub (R19–R21): the module's public surface (other modules import only this file). */
export * from './integrations.service.ts';
