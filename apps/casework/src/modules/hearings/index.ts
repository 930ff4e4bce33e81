/** Hearings (R11): the module's public surface. */
export { createHearingService, type HearingService } from './hearings.service.ts';
export { registerHearingRoutes } from './hearings.routes.ts';
export { stateOf, type HearingState } from './hearings.ts';
