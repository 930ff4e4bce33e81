/** Oversight: access report, indicators, persons under watch: the module's public surface (other modules import only this file). */
export * from './oversight.routes.ts';
export * from './oversight.service.ts';
export { refreshAuditRollups } from './audit-rollup.ts';
export { computeIndicators } from './indicators.ts';
