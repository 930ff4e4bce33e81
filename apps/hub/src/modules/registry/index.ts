export {
  createRegistry,
  createRegistryStore,
  type Registry,
  type RegistryStore,
  type Institution,
  type InstitutionKind,
} from './registry.service.ts';
export { registerRegistryRoutes } from './registry.routes.ts';
export { createRegistryOperations, type InstitutionChange, type RegistryOperations } from './registry.operations.ts';
export { parseExportedEntries, jwksFrom, type ExportedEntry } from './registry.entries.ts';
