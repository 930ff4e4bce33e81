/**
 * The hub's public surface: what a process (apps/cli) needs to run the crossroads, and the
 * operator's and auditor's commands on its database.
 */
export {
  DEFAULT_LOG_ORIGIN,
  HUB_KBO,
  HUB_MIGRATIONS,
  hubPlugin,
  registerHubItself,
  type Hub,
  type HubWitnessing,
  type OperatorAreaOptions,
} from './hub.ts';
export { OperatorError } from './modules/operators/index.ts';
export type { WitnessEndpoint } from './modules/tlog/index.ts';
export { hubDatabaseName, hubLogVerifierKey, openHub, purgeHub, startHub, type HubStartOptions } from './start.ts';
export { verifyWholeLog } from './modules/exchange-log/verify-log.ts';
export { institutionUsage } from './modules/exchange-log/usage-report.ts';
export { createRegistryOperations, type InstitutionChange } from './modules/registry/index.ts';
export { createRetentionOperations, HUB_RETENTION_BOUNDS } from './modules/retention/index.ts';
