/** Outside anchors of the nodes' audit chains in the exchange log (ADR 0017). */
export { createAnchorService, type AnchorService } from './anchors.service.ts';
export { registerAnchorRoutes } from './anchors.routes.ts';
