/** Home visits (R13): the module's public surface. */
export { createHomeVisitService, insertVisit, visitsOf, type HomeVisitService } from './home-visits.service.ts';
export { registerHomeVisitRoutes } from './home-visits.routes.ts';
export { homeVisitSection, latestVisit, type HomeVisit } from './home-visits.ts';
