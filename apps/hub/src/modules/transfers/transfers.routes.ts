/** `POST /hub/v1/transfers`: a CPAS's signed transfer (or answer to one), relayed to the other CPAS (R7). */
import type { FastifyInstance } from 'fastify';
import { registerJoseEndpoint } from '../channel/index.ts';
import type { TransferService } from './transfers.service.ts';

export function registerTransferRoutes(app: FastifyInstance, service: TransferService): void {
  registerJoseEndpoint(app, { path: '/v1/transfers', tags: ['transfers'], handle: service.receive });
}
