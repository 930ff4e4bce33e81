/**
 * Part of `npm run bench` (issue 13, ADR 0017): on the tree of the inclusion-proof part (10 million
 * leaves, 1 million with --quick, built directly as `log_nodes` in PostgreSQL), in the same run:
 *
 * - tile serving over the hub's HTTP routes (Fastify inject): full level-0, level-1 and level-2 tiles
 *   and a partial tile, p50/p95 and tiles per second;
 * - today's RFC 9162 proof endpoint (`/v1/log/proofs/inclusion`) on the same tree and size, for the
 *   ratio (a tile client needs about log256(n) tiles — 3 at 10 million — for a proof, and caches them);
 * - checkpoint + cosigning: the hub signs a checkpoint at each new size, asks two witnesses (each in
 *   its own PostgreSQL database: consistency proof check, compare-and-swap, cosignature/v1) and stores
 *   the checkpoint with its quorum of 2 — checkpoints per second.
 */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import Fastify from 'fastify';
import type { Database } from '../packages/platform/src/db.ts';
import { createLogger } from '../packages/platform/src/logger.ts';
import { startPostgres } from '../packages/platform/src/postgres.ts';
import { generateInstitutionKeys } from '../packages/contracts/src/protocol/keys.ts';
import { computeRoot, proveConsistency } from '../packages/contracts/src/merkle/tree.ts';
import { parseVerifierKey } from '../packages/contracts/src/tlog/note.ts';
import { tilePath, tileWidthAt } from '../packages/contracts/src/tlog/tiles.ts';
import { createExchangeLog, createNodeStore, registerExchangeLogRoutes } from '../apps/hub/src/modules/exchange-log/index.ts';
import { createTlog, createTlogRepository, registerTlogRoutes } from '../apps/hub/src/modules/tlog/index.ts';
import { startWitness } from '../apps/witness/src/index.ts';
import { percentile } from './stats.ts';

const ORIGIN = 'bench.rse.example/exchange-log';

function summary(times: number[]) {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: +percentile(sorted, 50).toFixed(3), p95: +percentile(sorted, 95).toFixed(3), p99: +percentile(sorted, 99).toFixed(3) };
}

export async function tlogAtScale(options: { db: Database; leaves: number; servedUrl: string; print: (line: string) => void }) {
  const { db, leaves } = options;
  const log = createLogger({ level: 'silent' });
  const keys = generateInstitutionKeys();
  const store = createNodeStore(db);
  const tree = {
    currentSize: async () => size,
    rootAt: async (at: number) => ((await computeRoot(store, at)) as { rootHash: Buffer }).rootHash,
    consistencyPath: async (first: number, second: number) =>
      ((await proveConsistency(store, first, second)) as { proof: { consistencyPath: Buffer[] } }).proof.consistencyPath,
  };
  let size = leaves - 200;
  const postgres = await startPostgres({ dataDir: os.tmpdir(), databaseUrl: options.servedUrl, log });
  const prefix = `benchw${randomBytes(3).toString('hex')}`;
  const followed = [{ origin: ORIGIN, name: ORIGIN, publicKey: keys.signing.publicKey }];
  const witnesses = [
    await startWitness({
      postgres,
      prefix,
      keysDir: os.tmpdir() + `/${prefix}`,
      id: 'a',
      name: 'witness-a.bench/rse',
      logs: followed,
      log,
      clock: () => new Date(),
    }),
    await startWitness({
      postgres,
      prefix,
      keysDir: os.tmpdir() + `/${prefix}`,
      id: 'b',
      name: 'witness-b.bench/rse',
      logs: followed,
      log,
      clock: () => new Date(),
    }),
  ];
  try {
    const tlog = createTlog({
      repository: createTlogRepository(db),
      tree,
      origin: ORIGIN,
      signing: keys.signing,
      witnesses: witnesses.map((running) => ({
        name: running.witness.name,
        publicKey: parseVerifierKey(running.witness.verifierKey())!.publicKey,
        addCheckpoint: async (body: string) => {
          const answer = await running.witness.addCheckpoint(body);
          return { status: answer.status, contentType: answer.contentType, text: answer.body };
        },
      })),
      quorum: 2,
      log,
    });
    // Checkpoint + cosigning: one new size per checkpoint (the first one starts the witnesses' state).
    const first = await tlog.publish();
    if (!first.published) throw new Error('the first checkpoint was not cosigned');
    const publish: number[] = [];
    const started = performance.now();
    for (let i = 0; i < 100; i += 1) {
      size += 2;
      const t0 = performance.now();
      const result = await tlog.publish();
      publish.push(performance.now() - t0);
      if (!result.published) throw new Error(`checkpoint at ${size} was not cosigned: ${JSON.stringify(result)}`);
    }
    const checkpointsPerSecond = +(100 / ((performance.now() - started) / 1000)).toFixed(1);

    // Tiles and the RFC 9162 endpoint over HTTP on the same tree, at the checkpoint's size.
    const app = Fastify();
    registerTlogRoutes(app, tlog);
    // The proof endpoint bounds treeSize by the last stored leaf: one placeholder row at the end of the synthetic tree.
    await db.query(`INSERT INTO log_leaves (leaf_index, leaf, leaf_hash) VALUES ($1, '\\x00', '\\x00') ON CONFLICT DO NOTHING`, [
      leaves - 1,
    ]);
    registerExchangeLogRoutes(app, createExchangeLog({ db, signing: keys.signing, clock: () => new Date() }));
    await app.ready();
    const fullTiles = Math.floor(size / 256);
    const paths = (n: number) =>
      Array.from({ length: n }, (_, i) => {
        const kind = i % 4;
        if (kind === 0 || kind === 1) return tilePath({ kind: 'hash', level: 0, index: Math.floor(Math.random() * fullTiles), width: 256 });
        if (kind === 2)
          return tilePath({ kind: 'hash', level: 1, index: Math.floor(Math.random() * Math.floor(fullTiles / 256)), width: 256 });
        return tilePath({ kind: 'hash', level: 2, index: 0, width: tileWidthAt(2, 0, size) });
      });
    const tiles: number[] = [];
    const tilesStarted = performance.now();
    for (const path of paths(1_000)) {
      const t0 = performance.now();
      const response = await app.inject({ method: 'GET', url: `/tlog/${path}` });
      tiles.push(performance.now() - t0);
      if (response.statusCode !== 200) throw new Error(`${path}: ${response.statusCode}`);
    }
    const tilesPerSecond = Math.round(1_000 / ((performance.now() - tilesStarted) / 1000));
    const proofs: number[] = [];
    const proofsStarted = performance.now();
    for (let i = 0; i < 1_000; i += 1) {
      const leafIndex = Math.floor(Math.random() * size);
      const t0 = performance.now();
      const response = await app.inject({ method: 'GET', url: `/v1/log/proofs/inclusion?leafIndex=${leafIndex}&treeSize=${leaves}` });
      proofs.push(performance.now() - t0);
      if (response.statusCode !== 200) throw new Error(`proof ${leafIndex}: ${response.statusCode} ${response.body}`);
    }
    const proofsPerSecond = Math.round(1_000 / ((performance.now() - proofsStarted) / 1000));
    await app.close();
    const out = {
      leaves,
      tiles: { ...summary(tiles), perSecond: tilesPerSecond },
      rfc9162InclusionProof: { ...summary(proofs), perSecond: proofsPerSecond },
      checkpoint: { ...summary(publish), perSecond: checkpointsPerSecond, witnesses: 2, quorum: 2 },
    };
    options.print(
      `tlog at ${leaves.toLocaleString('en')} leaves: tile GET p50 ${out.tiles.p50} ms, p95 ${out.tiles.p95} ms (${tilesPerSecond}/s); ` +
        `RFC 9162 inclusion-proof GET p50 ${out.rfc9162InclusionProof.p50} ms, p95 ${out.rfc9162InclusionProof.p95} ms (${proofsPerSecond}/s); ` +
        `checkpoint + 2 cosignatures p50 ${out.checkpoint.p50} ms, p95 ${out.checkpoint.p95} ms (${checkpointsPerSecond}/s)`,
    );
    return out;
  } finally {
    for (const running of witnesses) await running.close();
    for (const name of await postgres.listDatabases(`${prefix}_`)) await postgres.dropDatabase(name);
    // The witnesses' keys, made for this run only.
    await rm(`${os.tmpdir()}/${prefix}`, { recursive: true, force: true });
  }
}
