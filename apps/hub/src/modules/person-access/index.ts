/** The person-facing side of the hub (flow 4). */
export {
  createPersonAccessService,
  PERSON_ACCESS_PURPOSE,
  type PersonAccessService,
  type PersonAccessDeps,
} from './person-access.service.ts';
export { createPersonAccessRepository, type PersonAccessRepository } from './person-access.repository.ts';
export { registerPersonAccessRoutes } from './person-access.routes.ts';
