/**
 * The hub's tiled log, read through the portal (issue 13, scope 4; ADR 0017): the person's browser
 * checks its exchanges itself (public/verify.js) from the witnessed checkpoint and the C2SP tiles,
 * asked of the portal (same origin, `connect-src 'self'`), which asks the hub. Only tile paths and the
 * checkpoint travel: no session, cookie or person identifier reaches the hub. Tiles are immutable, so
 * the portal keeps the last ones read in memory and both hops may cache them for a year; the
 * checkpoint for a few seconds, as the hub says.
 */
import type { FastifyInstance } from 'fastify';
import { sendProblem } from '#platform/http.ts';
import { parseTilePath, tilePath } from '#contracts/tlog/tiles.ts';

const TIMEOUT_MS = 5_000;
/** Tiles kept in memory: at most 8 KiB each (256 hashes), so at most 8 MiB. */
const MAX_CACHED_TILES = 1_024;

export function registerTlogProxyRoutes(app: FastifyInstance, deps: { hubUrl: () => string; fetch?: typeof fetch }) {
  const get = deps.fetch ?? fetch;
  const tiles = new Map<string, Buffer>();

  async function read(path: string): Promise<{ status: number; bytes: Buffer } | null> {
    try {
      const response = await get(`${deps.hubUrl()}/tlog/${path}`, { signal: AbortSignal.timeout(TIMEOUT_MS) });
      return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
    } catch {
      return null;
    }
  }

  app.get('/tlog/checkpoint', { schema: { hide: true } }, async (request, reply) => {
    const answer = await read('checkpoint');
    if (!answer) return sendProblem(request, reply, 503, 'hub.unreachable', 'The crossroads hub cannot be reached right now.');
    if (answer.status === 404)
      return sendProblem(request, reply, 404, 'tlog.no-checkpoint', 'No checkpoint has been published with its witness quorum yet.');
    if (answer.status !== 200) return sendProblem(request, reply, 502, 'hub.refused', `The hub answered ${answer.status}.`);
    return reply.header('cache-control', 'public, max-age=5').type('text/plain; charset=utf-8').send(answer.bytes);
  });

  app.get('/tlog/tile/*', { schema: { hide: true } }, async (request, reply) => {
    const ref = parseTilePath(`tile/${(request.params as { '*': string })['*']}`);
    if (!ref) return sendProblem(request, reply, 404, 'tlog.tile-path-invalid', 'Not a tile path (C2SP tlog-tiles).');
    const path = tilePath(ref);
    let bytes = tiles.get(path);
    if (!bytes) {
      const answer = await read(path);
      if (!answer) return sendProblem(request, reply, 503, 'hub.unreachable', 'The crossroads hub cannot be reached right now.');
      if (answer.status === 404) return sendProblem(request, reply, 404, 'tlog.tile-not-found', 'This tile does not exist in the log yet.');
      if (answer.status !== 200) return sendProblem(request, reply, 502, 'hub.refused', `The hub answered ${answer.status}.`);
      bytes = answer.bytes;
      if (tiles.size >= MAX_CACHED_TILES) tiles.delete(tiles.keys().next().value!);
      tiles.set(path, bytes);
    }
    return reply.header('cache-control', 'public, max-age=31536000, immutable').type('application/octet-stream').send(bytes);
  });
}
