/** Aid requests: the module's public surface. */
export {
  createAidRequestService,
  deadlinesFor,
  deadlinesForListedRequests,
  isOpen,
  OPEN_STATUSES,
  requireOpen,
  viewRequest,
  type AidRequestService,
  type AidRequestView,
  type DeadlineFile,
  type NewAidRequest,
} from './aid-requests.service.ts';
export { DEADLINE_FACTS_JOINS, LISTED_DEADLINE_FACTS_COLUMNS, type ListedDeadlineFacts } from './aid-requests.repository.ts';
export { registerAidRequestRoutes } from './aid-requests.routes.ts';
export * from './deadlines.ts';
