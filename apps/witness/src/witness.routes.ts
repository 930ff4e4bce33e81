/** The witness's HTTP interface: `POST /add-checkpoint` (C2SP tlog-witness) and its public state. */
import type { FastifyInstance } from 'fastify';
import type { Witness } from './witness.service.ts';

export function registerWitnessRoutes(app: FastifyInstance, witness: Witness) {
  app.addContentTypeParser('*', { parseAs: 'string', bodyLimit: 64 * 1024 }, (_request, body, done) => done(null, body));
  app.post('/add-checkpoint', { schema: { hide: true } }, async (request, reply) => {
    const body = typeof request.body === 'string' ? request.body : '';
    const answer = await witness.addCheckpoint(body);
    return reply.status(answer.status).type(answer.contentType).send(answer.body);
  });
  /** The witness's identity and what it cosigned last, for log operators and auditors. */
  app.get('/state', { schema: { hide: true } }, async () => ({
    name: witness.name,
    verifierKey: witness.verifierKey(),
    logs: (await witness.followed()).map((log) => ({
      origin: log.origin,
      treeSize: log.treeSize,
      updatedAt: log.updatedAt.toISOString(),
      checkpoint: log.checkpoint,
    })),
    refusals: (await witness.refusals()).map((refusal) => ({ ...refusal, refusedAt: refusal.refusedAt.toISOString() })),
  }));
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
}
