/**
 * The casework service's public surface: what a process (apps/cli) needs to run a node, and the
 * operator's commands on its databases. Anything else is the node's own business.
 */
export { caseworkPlugin, CASEWORK_MIGRATIONS, type TenantSpec } from './casework.ts';
export {
  caseworkRegistryEntries,
  logTrustFromConfig,
  openTenants,
  readTenantSpecs,
  startCasework,
  tenantDatabaseName,
  type CaseworkNode,
  type RegistryEntry,
} from './start.ts';
export type { CaseworkServices } from './routes.ts';
export type { Tenant, TenantRegistry } from './tenant.ts';
export { verifyAuditChain } from './modules/audit/index.ts';
export { checkAgainstAnchors } from './modules/audit-anchors/index.ts';
export { runPurge } from './modules/retention/index.ts';
export { describeDemo } from './modules/demo/index.ts';
export { DEMO_PASSWORD, DEMO_PERSONS, DEMO_TENANTS } from './modules/demo/index.ts';
export { createUserService } from './modules/users/index.ts';
