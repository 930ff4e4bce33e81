export {
  createRegistry,
  createRegistryStore,
  type Registry,
  type RegistryStore,
  type Institution,
  type InstitutionKind,
} from './registry.service.ts';
export { registerRegistryRoutes } from './registry.routes.ts';
