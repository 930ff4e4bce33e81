export { createExchangeService, type ExchangeItem, type BlockView, type ExchangeDeps } from './exchanges.service.ts';
export { createTreeHeadStore, checkEntry, isTreeHeadSigned, type TreeHead, type LogState } from './log-verifier.ts';
export { registerExchangeRoutes } from './exchanges.routes.ts';
