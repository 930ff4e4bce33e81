/** The exchange log's public reads: the latest signed tree head and the proofs against it (api: hub). */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { AppError } from '#platform/errors.ts';
import type { ExchangeLogService } from './exchange-log.service.ts';
import { ConsistencyProofQuery, InclusionProofQuery } from './exchange-log.schema.ts';

export function registerExchangeLogRoutes(
  app: FastifyInstance,
  log: Pick<ExchangeLogService, 'latestTreeHead' | 'inclusionProof' | 'consistencyProof'>,
) {
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['exchange-log'];
  typed.get('/v1/log/tree-head', { schema: { tags } }, async () => log.latestTreeHead());
  typed.get('/v1/log/proofs/inclusion', { schema: { tags, querystring: InclusionProofQuery } }, async (request) => {
    const result = await log.inclusionProof(request.query.leafIndex, request.query.treeSize);
    if (!result.ok) throw new AppError(result.code, 422, result.message);
    return result.proof;
  });
  typed.get('/v1/log/proofs/consistency', { schema: { tags, querystring: ConsistencyProofQuery } }, async (request) => {
    const result = await log.consistencyProof(request.query.first, request.query.second);
    if (!result.ok) throw new AppError(result.code, 422, result.message);
    return result.proof;
  });
}
