/** `GET /portal/api/v1/me/exchanges`: every exchange about the person, each verified; `…/:leafIndex/proof`: one's offline proof. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from '@sinclair/typebox';
import type { PersonSession } from '../sessions/index.ts';
import type { createExchangeService } from './exchanges.service.ts';

/** A log entry's index (RFC 9162 leaf index). */
export const ProofParams = Type.Object({ leafIndex: Type.Integer({ minimum: 0, maximum: Number.MAX_SAFE_INTEGER }) });

export function registerExchangeRoutes(
  app: FastifyInstance,
  exchanges: ReturnType<typeof createExchangeService>,
  person: (request: FastifyRequest) => Promise<PersonSession>,
): void {
  app.get(
    '/api/v1/me/exchanges',
    { schema: { tags: ['me'], summary: 'every exchange about me, each verified against the hub’s signed tree head' } },
    async (request) => exchanges.listExchanges((await person(request)).niss),
  );
  app.withTypeProvider<TypeBoxTypeProvider>().get(
    '/api/v1/me/exchanges/:leafIndex/proof',
    {
      schema: {
        tags: ['me'],
        summary: 'the offline proof (C2SP tlog-proof) of one exchange about me, to keep and verify without the hub',
        params: ProofParams,
      },
    },
    async (request, reply) => {
      const proof = await exchanges.offlineProof((await person(request)).niss, request.params.leafIndex);
      return reply
        .header('content-disposition', `attachment; filename="rse-exchange-${request.params.leafIndex}.tlog-proof"`)
        .header('cache-control', 'private, no-store')
        .type('text/plain; charset=utf-8')
        .send(proof);
    },
  );
}
