/** Items received from another CPAS attached to the file (R35): the module's public surface. */
export { createReceivedItemService, type ReceivedItemService } from './received-items.service.ts';
export { registerReceivedItemRoutes } from './received-items.routes.ts';
