/** Committee sessions (R24): the module's public surface (other modules import only this file). */
export { registerCommitteeRoutes } from './committee.routes.ts';
export { createCommitteeService, memberAgenda, memberAgendaAccess, SECRETARY_ROLES, type CommitteeService } from './committee.service.ts';
