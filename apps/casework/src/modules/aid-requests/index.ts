/** Aid requests: the module's public surface. */
export {
  createAidRequestService,
  deadlinesFor,
  deadlinesForRequests,
  isOpen,
  OPEN_STATUSES,
  requireOpen,
  viewRequest,
  type AidRequestService,
  type AidRequestView,
  type DeadlineFile,
  type NewAidRequest,
} from './aid-requests.service.ts';
export { registerAidRequestRoutes } from './aid-requests.routes.ts';
export * from './deadlines.ts';
