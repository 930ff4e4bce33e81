export { createRequestService, type RequestDeps } from './requests.service.ts';
export { registerRequestRoutes } from './requests.routes.ts';
