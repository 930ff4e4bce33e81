/** Case-based access (R23) and role checks: the access module's public surface. */
export {
  accessibleRequestIdPaths,
  accessibleRequestsPredicate,
  isUuid,
  openAccessibleRequestIds,
  openAssignedRequestIds,
  openTeamRequestIds,
  readsWithAudit,
  requestsAmong,
  teamRequestIds,
  requestTeamPredicate,
  withRequest,
  type AccessMode,
  type AidRequestRow,
} from './access.ts';
export { CASEWORK_ROLES, hasRole, isOneOf, requireCaseworker, requireRole } from './roles.ts';
