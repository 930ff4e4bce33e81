export { createSessionService, type SessionService, type PersonSession, type DemoPerson, type OidcSettings } from './sessions.service.ts';
export { registerSessionRoutes, readBearer, personOf } from './sessions.routes.ts';
