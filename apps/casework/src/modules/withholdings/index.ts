/** Withholding a person's summary (R31): the module's public surface. */
export { createWithholdingService, type WithholdingService } from './withholdings.service.ts';
export { registerWithholdingRoutes } from './withholdings.routes.ts';
export { WITHHOLDING_REASONS } from './withholdings.ts';
