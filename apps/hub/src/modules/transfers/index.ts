/** Transfers to the competent CPAS (flow 5, R7). */
export { createTransferService, type TransferService, type TransferDeps } from './transfers.service.ts';
export { createTransferRepository, type TransferRepository } from './transfers.repository.ts';
export { registerTransferRoutes } from './transfers.routes.ts';
