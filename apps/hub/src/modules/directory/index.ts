/** The person directory: integrations, providers, blocks, the pseudonym, and the look-back window. */
export { applyIntegration, findActiveIntegration, findProviders, isBlocked, type IntegrationMessage } from './directory.service.ts';
export { createIntegrationService, applyIn, type IntegrationService, type IntegrationDeps } from './integrations.service.ts';
export { loadPseudonymiser, type Pseudonymiser } from './pseudonym.ts';
export { monthsBefore, monthsBeforeDate } from './window.ts';
export { registerIntegrationRoutes } from './integrations.routes.ts';
export { resolvePseudonym, replacePseudonym, type NissReplacementOutcome } from './directory.service.ts';
export {
  createNissReplacementService,
  registerNissReplacementRoutes,
  replaceIn,
  type NissReplacementService,
} from './niss-replacements.service.ts';
