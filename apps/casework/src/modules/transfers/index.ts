/** Transfers to the competent CPAS (R7): the module's public surface. */
export {
  createTransferService,
  queueTransfer,
  recordTransferLogEntry,
  type TransferService,
  type IncomingTransferView,
} from './transfers.service.ts';
export { registerTransferRoutes } from './transfers.routes.ts';
export { addWorkingDays } from './transfers.ts';
