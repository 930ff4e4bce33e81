/**
 * The tiled log's static reads (C2SP tlog-tiles), beside `/v1/log/*` (RFC 9162): `/tlog/checkpoint`
 * (mutable, a few seconds of cache), `/tlog/tile/<L>/<N>[.p/<W>]` and `/tlog/tile/entries/<N>[.p/<W>]`
 * (immutable: a full tile never changes, nor does a partial tile of a given width).
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { sendProblem } from '#platform/http.ts';
import { parseTilePath } from '#contracts/tlog/tiles.ts';
import type { TlogService } from './tlog.service.ts';
import type { KeyTransparency } from './key-transparency.ts';
import { KeyEntriesQuery, KeyProofQuery, OfflineProofQuery } from './tlog.schema.ts';

export function registerTlogRoutes(app: FastifyInstance, tlog: Pick<TlogService, 'latestCheckpoint' | 'readTile' | 'offlineProof'>) {
  const tags = ['exchange-log'];
  // An entry's offline proof (C2SP tlog-proof), public like the tiles it is made of.
  app
    .withTypeProvider<TypeBoxTypeProvider>()
    .get('/tlog/proof', { schema: { tags, querystring: OfflineProofQuery } }, async (request, reply) => {
      const proof = await tlog.offlineProof(request.query.leafIndex);
      if (!proof)
        return sendProblem(
          request,
          reply,
          404,
          'tlog.entry-not-checkpointed',
          'This entry is not covered by a published, witnessed checkpoint yet.',
        );
      return reply
        .header('content-disposition', `attachment; filename="entry-${request.query.leafIndex}.tlog-proof"`)
        .type('text/plain; charset=utf-8')
        .send(proof);
    });
  app.get('/tlog/checkpoint', { schema: { tags } }, async (request, reply) => {
    const checkpoint = await tlog.latestCheckpoint();
    if (!checkpoint)
      return sendProblem(request, reply, 404, 'tlog.no-checkpoint', 'No checkpoint has been published with its witness quorum yet.');
    return reply.header('cache-control', 'public, max-age=5').type('text/plain; charset=utf-8').send(checkpoint.note);
  });
  app.get('/tlog/tile/*', { schema: { tags } }, async (request, reply) => {
    const rest = (request.params as { '*': string })['*'];
    const ref = parseTilePath(`tile/${rest}`);
    if (!ref) return sendProblem(request, reply, 404, 'tlog.tile-path-invalid', 'Not a tile path (C2SP tlog-tiles).');
    const bytes = await tlog.readTile(ref);
    if (!bytes) return sendProblem(request, reply, 404, 'tlog.tile-not-found', 'This tile does not exist in the log yet.');
    return reply.header('cache-control', 'public, max-age=31536000, immutable').type('application/octet-stream').send(bytes);
  });
}

/**
 * Key transparency reads (public: keys are public): the proof that a key is in a witnessed
 * checkpoint, for a provider about to encrypt; an institution's key entries, for its own monitor.
 */
export function registerKeyTransparencyRoutes(app: FastifyInstance, keys: Pick<KeyTransparency, 'proof' | 'entriesOf'>) {
  const typed = app.withTypeProvider<TypeBoxTypeProvider>();
  const tags = ['exchange-log'];
  typed.get('/tlog/key-proof', { schema: { tags, querystring: KeyProofQuery } }, async (request, reply) => {
    const proof = await keys.proof(request.query.kbo, request.query.kid);
    if (!proof) return sendProblem(request, reply, 404, 'tlog.key-not-proven', 'This key is in no published, witnessed checkpoint.');
    return proof;
  });
  typed.get('/tlog/keys', { schema: { tags, querystring: KeyEntriesQuery } }, async (request) => ({
    entries: await keys.entriesOf(request.query.kbo),
  }));
}
