/**
 * The witnessed, tiled exchange log (issue 13; ADR 0017) on a real PostgreSQL: the hub serves its log
 * as C2SP tiles that rebuild the same RFC 9162 tree, publishes a checkpoint only with a quorum of
 * witness cosignatures, and the witnesses refuse a split view or a rewritten history.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { createLogger } from '#platform/logger.ts';
import { startPostgres, type PostgresServer } from '#platform/postgres.ts';
import { hashLeaf } from '#contracts/merkle/hashes.ts';
import { rootFromLeafHashes } from '#contracts/merkle/verify.ts';
import { appendLeaves, computeRoot, createMemoryNodeStore, proveConsistency } from '#contracts/merkle/tree.ts';
import { openCheckpoint, signCheckpoint } from '#contracts/tlog/checkpoint.ts';
import { countCosigners } from '#contracts/tlog/cosignature.ts';
import { parseVerifierKey } from '#contracts/tlog/note.ts';
import { decodeEntryBundle } from '#contracts/tlog/tiles.ts';
import { formatAddCheckpoint } from '#contracts/tlog/witness-protocol.ts';
import { verifyTlogProof } from '#contracts/tlog/proof.ts';
import { hubPlugin, openHub, type Hub, type WitnessEndpoint } from '#hub/index.ts';
import { createExchangeLog } from '#hub/modules/exchange-log/index.ts';
import type { ExchangeLog } from '#hub/modules/exchange-log/leg.ts';
import { startWitness, witnessPlugin, type RunningWitness } from '#witness/index.ts';
import { testDatabaseUrl, testTemplates } from './database.ts';

const ORIGIN = 'hub.rse.test/exchange-log';
const log = createLogger({ level: 'silent' });
let postgres: PostgresServer;
let dir: string;
let prefix: string;
let hub: Hub;
let app: FastifyInstance;
let witnesses: RunningWitness[];

const endpoint = (running: () => RunningWitness): WitnessEndpoint => ({
  get name() {
    return running().witness.name;
  },
  get publicKey() {
    return parseVerifierKey(running().witness.verifierKey())!.publicKey;
  },
  async addCheckpoint(body) {
    const answer = await running().witness.addCheckpoint(body);
    return { status: answer.status, contentType: answer.contentType, text: answer.body };
  },
});

/** Appends `count` legs (about `subject` when given) through `log`, this hub's by default; answers their indices. */
async function append(count: number, subject: Buffer | null = null, log: ExchangeLog = hub.log.exchangeLog) {
  const at = new Date().toISOString();
  const legs = Array.from({ length: count }, (_, i) => ({
    type: 'consultation.accepted' as const,
    at,
    consultationId: `c-${i}`,
    requester: '0212344876',
    outcome: 'accepted',
    ...(subject ? { subject: subject.toString('base64') } : {}),
  }));
  return log.append(
    legs,
    legs.map(() => subject),
  );
}

/** The size of the hub's signed tree head, once its tiles give as many leaves and the same RFC 9162 root. */
async function verifiedTreeSize(): Promise<number> {
  const head = JSON.parse((await get('/hub/v1/log/tree-head')).body);
  const leafHashes = await leafHashesUpTo(head.treeSize);
  assert.equal(leafHashes.length, head.treeSize, 'no gap in the log');
  assert.equal(head.rootHash, rootFromLeafHashes(leafHashes).toString('base64'), `the stored tree of ${head.treeSize} leaves`);
  return head.treeSize;
}

before(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'rse-tlog-'));
  prefix = `t${randomBytes(5).toString('hex')}`;
  postgres = await startPostgres({ dataDir: dir, databaseUrl: testDatabaseUrl(), log, templates: testTemplates() });
  const clock = () => new Date();
  // The witnesses follow the hub's log key; the hub's endpoints reach them once both exist.
  const running: RunningWitness[] = [];
  hub = await openHub({
    postgres,
    prefix,
    keysDir: dir,
    log,
    clock,
    witnessing: { origin: ORIGIN, witnesses: [endpoint(() => running[0]!), endpoint(() => running[1]!)], quorum: 2 },
  });
  const followed = [{ origin: ORIGIN, name: ORIGIN, publicKey: hub.keys.signing.publicKey }];
  for (const [id, name] of [
    ['federations', 'witness.federations.test/rse'],
    ['apd', 'witness.apd.test/rse'],
  ] as const)
    running.push(await startWitness({ postgres, prefix, keysDir: dir, id, name, logs: followed, log, clock }));
  witnesses = running;
  app = Fastify();
  await app.register(hubPlugin(hub), { prefix: '/hub' });
  await app.register(witnessPlugin(witnesses[0]!.witness), { prefix: '/witness/federations' });
  await app.ready();
});

after(async () => {
  await app?.close();
  await hub?.close();
  for (const running of witnesses ?? []) await running.close();
  for (const name of (await postgres?.listDatabases(`${prefix}_`)) ?? []) await postgres.dropDatabase(name);
  await postgres?.stop();
  await rm(dir, { recursive: true, force: true });
});

const get = (url: string) => app.inject({ method: 'GET', url });

test('the tiles, partial tiles and entry bundles rebuild the RFC 9162 tree of a published, cosigned checkpoint', async () => {
  const person = randomBytes(32);
  await append(300, person);
  const result = await hub.tlog.publish();
  assert.equal(result.published, true, JSON.stringify(result));

  const response = await get('/hub/tlog/checkpoint');
  assert.equal(response.statusCode, 200);
  assert.match(String(response.headers['content-type']), /^text\/plain; charset=utf-8/);
  const opened = openCheckpoint(response.body, { origin: ORIGIN, name: ORIGIN, publicKey: hub.keys.signing.publicKey });
  assert.ok(opened, 'the checkpoint is signed by the hub');
  assert.equal(opened.checkpoint.treeSize, 300);
  const keys = witnesses.map((running) => parseVerifierKey(running.witness.verifierKey())!);
  assert.deepEqual(countCosigners(opened.note.text, opened.note.signatures, keys).sort(), [
    'witness.apd.test/rse',
    'witness.federations.test/rse',
  ]);

  const full = await get('/hub/tlog/tile/0/000');
  assert.equal(full.statusCode, 200);
  assert.equal(full.rawPayload.length, 8192, 'a full tile is 256 hashes');
  assert.match(String(full.headers['cache-control']), /immutable/);
  assert.equal((await get('/hub/tlog/tile/0/001')).statusCode, 404, 'the second level-0 tile is not full yet');
  const partial = await get('/hub/tlog/tile/0/001.p/44');
  assert.equal(partial.rawPayload.length, 44 * 32);
  const level1 = await get('/hub/tlog/tile/1/000.p/1');
  assert.equal(level1.rawPayload.length, 32);
  assert.equal((await get('/hub/tlog/tile/0/001.p/45')).statusCode, 404, 'no partial tile wider than the log');
  assert.equal((await get('/hub/tlog/tile/0/1')).statusCode, 404, 'not a tile path');

  const bundles = [
    ...decodeEntryBundle((await get('/hub/tlog/tile/entries/000')).rawPayload)!,
    ...decodeEntryBundle((await get('/hub/tlog/tile/entries/001.p/44')).rawPayload)!,
  ];
  assert.equal(bundles.length, 300);
  const leafHashes = bundles.map((entry) => hashLeaf(entry));
  const tileHashes = Buffer.concat([full.rawPayload, partial.rawPayload]);
  leafHashes.forEach((hash, i) =>
    assert.ok(hash.equals(tileHashes.subarray(i * 32, i * 32 + 32)), `leaf ${i} hashes into the level-0 tile`),
  );
  assert.ok(
    rootFromLeafHashes(leafHashes.slice(0, 256)).equals(level1.rawPayload),
    'the level-1 hash is the root of the full level-0 tile',
  );
  assert.ok(rootFromLeafHashes(leafHashes).equals(opened.checkpoint.rootHash), 'the tiles rebuild the checkpoint root');
  // An entry's offline proof (C2SP tlog-proof) verifies with the log key and both witnesses, the entry in `extra`.
  const offline = await get('/hub/tlog/proof?leafIndex=137');
  assert.equal(offline.statusCode, 200, offline.body);
  assert.ok(offline.body.startsWith('c2sp.org/tlog-proof@v1\nextra '), offline.body.slice(0, 60));
  const trust = { origin: ORIGIN, logKey: hub.keys.signing.publicKey, witnesses: keys, quorum: 2 };
  const checked = verifyTlogProof(offline.body, trust);
  assert.ok(checked.ok && checked.entry.equals(bundles[137]!), 'the offline proof holds entry 137');
  assert.equal(verifyTlogProof(offline.body, trust, bundles[138]).ok, false, 'and not another entry');
  assert.equal((await get('/hub/tlog/proof?leafIndex=300')).statusCode, 404, 'an entry beyond the checkpoint has no proof yet');
  const head = JSON.parse((await get('/hub/v1/log/tree-head')).body);
  assert.equal(head.rootHash, opened.checkpoint.rootHash.toString('base64'), 'the RFC 9162 tree head of the same size has the same root');

  // Entries reveal no person: no pseudonym, and two entries about the same person look unrelated.
  const legs = bundles.map((entry) => JSON.parse(entry.toString('utf8')));
  assert.ok(
    legs.every((leg) => leg.v === 2 && leg.subject === undefined && typeof leg.subjectCommitment === 'string'),
    'commitments only',
  );
  assert.equal(new Set(legs.map((leg) => leg.subjectCommitment)).size, 300, 'every commitment differs');
  assert.ok(!bundles.some((entry) => entry.includes(person.toString('base64'))), 'the pseudonym is in no entry');
});

/** The real log's leaf hashes up to `size`, read from the public entry bundles. */
async function leafHashesUpTo(size: number): Promise<Buffer[]> {
  const hashes: Buffer[] = [];
  for (let tile = 0; tile * 256 < size; tile += 1) {
    const width = Math.min(256, size - tile * 256);
    const bundle = await get(`/hub/tlog/tile/entries/${String(tile).padStart(3, '0')}${width === 256 ? '' : `.p/${width}`}`);
    hashes.push(...decodeEntryBundle(bundle.rawPayload)!.map((entry) => hashLeaf(entry)));
  }
  return hashes;
}

/** A tree in memory (another history the hub could keep): its root and consistency proofs. */
async function treeOf(leafHashes: Buffer[]) {
  const store = createMemoryNodeStore();
  const appended = await appendLeaves(store, 0, leafHashes);
  assert.ok(appended.ok, 'appended');
  await store.putMany(appended.nodes);
  return {
    root: async (size: number) => ((await computeRoot(store, size)) as { rootHash: Buffer }).rootHash,
    proof: async (first: number, second: number) =>
      ((await proveConsistency(store, first, second)) as { proof: { consistencyPath: Buffer[] } }).proof.consistencyPath,
  };
}

const signer = () => ({ name: ORIGIN, privateKey: hub.keys.signing.privateKey });

test('a hub showing two different checkpoints of the same size to two witnesses gets no quorum, and nothing is published', async () => {
  const published = (await hub.tlog.latestCheckpoint())!;
  await append(3);
  const size = published.treeSize + 3;
  const [federations, apd] = witnesses.map((running) => running.witness) as [RunningWitness['witness'], RunningWitness['witness']];
  // View X, the real log, to the federations' witness; view Y — the same first entries, then three
  // others — to the data-protection authority's. Each view is consistent with what each witness saw.
  const real = await leafHashesUpTo(size);
  const viewX = await treeOf(real);
  const viewY = await treeOf([...real.slice(0, published.treeSize), ...[1, 2, 3].map(() => hashLeaf(randomBytes(20)))]);
  const x = signCheckpoint({ origin: ORIGIN, treeSize: size, rootHash: await viewX.root(size) }, signer());
  const y = signCheckpoint({ origin: ORIGIN, treeSize: size, rootHash: await viewY.root(size) }, signer());
  const toX = await federations.addCheckpoint(
    formatAddCheckpoint({ oldSize: published.treeSize, proof: await viewX.proof(published.treeSize, size), checkpoint: x }),
  );
  const toY = await apd.addCheckpoint(
    formatAddCheckpoint({ oldSize: published.treeSize, proof: await viewY.proof(published.treeSize, size), checkpoint: y }),
  );
  assert.equal(toX.status, 200, toX.body);
  assert.equal(toY.status, 200, toY.body);
  // Each view has one cosignature: with a quorum of 2, a reader accepts neither. And the hub cannot
  // collect the second one: the publication of the real checkpoint fails at the apd witness.
  const before = await hub.db.one<{ n: string }>('SELECT count(*) AS n FROM log_checkpoints');
  const result = await hub.tlog.publish();
  assert.equal(result.published, false, 'no quorum');
  if (!result.published) assert.deepEqual(result.cosigners, ['witness.federations.test/rse']);
  const afterCount = await hub.db.one<{ n: string }>('SELECT count(*) AS n FROM log_checkpoints');
  assert.equal(afterCount!.n, before!.n, 'nothing published');
  assert.equal(
    Number((await hub.db.one<{ n: string }>('SELECT count(*) AS n FROM log_checkpoint_failures'))!.n),
    1,
    'the failure is kept for the operator',
  );
  const served = await get('/hub/tlog/checkpoint');
  assert.match(served.body, new RegExp(`\\n${published.treeSize}\\n`), 'the served checkpoint is still the last one with its quorum');
  const refusals = await apd.refusals();
  assert.ok(
    refusals.some((refusal) => refusal.reason === 'same size, different root' && refusal.presentedSize === size),
    'the split view is kept as evidence by the witness',
  );
  // The apd witness keeps view Y: the hub cannot bring it back to X.
  assert.equal((await apd.addCheckpoint(formatAddCheckpoint({ oldSize: size, proof: [], checkpoint: x }))).status, 409);
});

test('a witness refuses a checkpoint inconsistent with its stored one, a proof that does not verify, a wrong old size, an unknown log and a forged signature', async () => {
  const federations = witnesses[0]!.witness;
  const stored = (await federations.followed())[0]!;
  await append(5);
  const size = await hub.log.currentSize();
  const real = await treeOf(await leafHashesUpTo(size));
  const good = signCheckpoint({ origin: ORIGIN, treeSize: size, rootHash: await real.root(size) }, signer());
  const proof = await real.proof(stored.treeSize, size);
  // A rewritten history: another root at the larger size, presented with the honest proof.
  const rewritten = signCheckpoint({ origin: ORIGIN, treeSize: size, rootHash: randomBytes(32) }, signer());
  const refusedRewrite = await federations.addCheckpoint(formatAddCheckpoint({ oldSize: stored.treeSize, proof, checkpoint: rewritten }));
  assert.equal(refusedRewrite.status, 422, refusedRewrite.body);
  // The honest checkpoint with a proof that does not verify.
  const tampered = proof.map((hash, i) => (i === 0 ? randomBytes(32) : hash));
  assert.equal(
    (await federations.addCheckpoint(formatAddCheckpoint({ oldSize: stored.treeSize, proof: tampered, checkpoint: good }))).status,
    422,
  );
  // A wrong old size: 409, text/x.tlog.size, the witness's size.
  const conflict = await app.inject({
    method: 'POST',
    url: '/witness/federations/add-checkpoint',
    payload: formatAddCheckpoint({ oldSize: 1, proof: [], checkpoint: good }),
    headers: { 'content-type': 'text/plain' },
  });
  assert.equal(conflict.statusCode, 409);
  assert.equal(conflict.headers['content-type'], 'text/x.tlog.size');
  assert.equal(conflict.body, `${stored.treeSize}\n`);
  // An unknown log (404); a checkpoint not signed by the log's key (403); a malformed body (400).
  const stranger = signCheckpoint({ origin: 'other.test/log', treeSize: 1, rootHash: randomBytes(32) }, signer());
  assert.equal((await federations.addCheckpoint(formatAddCheckpoint({ oldSize: 0, proof: [], checkpoint: stranger }))).status, 404);
  const impostor = generateKeyPairSync('ed25519').privateKey;
  const forged = signCheckpoint(
    { origin: ORIGIN, treeSize: size, rootHash: await real.root(size) },
    { name: ORIGIN, privateKey: impostor },
  );
  assert.equal((await federations.addCheckpoint(formatAddCheckpoint({ oldSize: stored.treeSize, proof, checkpoint: forged }))).status, 403);
  assert.equal((await federations.addCheckpoint('old x\n\n')).status, 400);
  assert.equal((await federations.followed())[0]!.treeSize, stored.treeSize, 'nothing refused moved the witness');
  // The honest one is cosigned, over HTTP.
  const ok = await app.inject({
    method: 'POST',
    url: '/witness/federations/add-checkpoint',
    payload: formatAddCheckpoint({ oldSize: stored.treeSize, proof, checkpoint: good }),
    headers: { 'content-type': 'text/plain' },
  });
  assert.equal(ok.statusCode, 200, ok.body);
  assert.match(ok.body, /^— witness\.federations\.test\/rse [A-Za-z0-9+/]+=*\n$/);
});

test('two concurrent add-checkpoint calls from the same old size: exactly one moves the witness', async () => {
  const federations = witnesses[0]!.witness;
  const stored = (await federations.followed())[0]!;
  await append(2);
  const real = await treeOf(await leafHashesUpTo(stored.treeSize + 2));
  const bodies = [];
  for (const size of [stored.treeSize + 1, stored.treeSize + 2]) {
    const checkpoint = signCheckpoint({ origin: ORIGIN, treeSize: size, rootHash: await real.root(size) }, signer());
    bodies.push(formatAddCheckpoint({ oldSize: stored.treeSize, proof: await real.proof(stored.treeSize, size), checkpoint }));
  }
  const answers = await Promise.all(bodies.map((body) => federations.addCheckpoint(body)));
  assert.deepEqual(answers.map((answer) => answer.status).sort(), [200, 409]);
  const winner = answers[0]!.status === 200 ? stored.treeSize + 1 : stored.treeSize + 2;
  assert.equal((await federations.followed())[0]!.treeSize, winner);
});

test('appends of any size, alone or concurrent, from any size of the log keep the stored tree the RFC 9162 tree of its entries', async () => {
  // Each append hashes the new leaves with the log's right edge: the one this process left, or read afresh.
  for (const batch of [[1], [1], [2], [3], [5], [8, 1, 4], [13], [1], [31, 2], [64], [2, 7, 1, 1]]) {
    await Promise.all(batch.map((count) => append(count)));
    await verifiedTreeSize();
  }
});

test('two hub processes appending at once, each from a stale view of the log, keep one contiguous RFC 9162 tree', async () => {
  // A second process's exchange log on the same database (ADR 0019): each remembers the size and right
  // edge it left, so every append of one after the other's starts from a stale view, and is refused by
  // the leaf index the other took, then hashed again on the log read afresh (ADR 0024).
  const other = createExchangeLog({ db: hub.db, signing: hub.keys.signing, clock: () => new Date() });
  for (let round = 0; round < 6; round += 1) {
    const batches = await Promise.all([1, 3, 2, 5].map((count, i) => append(count, null, (i % 2 === 0 ? hub.log : other).exchangeLog)));
    const indices = batches.flat().sort((a, b) => a - b);
    assert.equal(new Set(indices).size, 11, 'no leaf index given twice');
    assert.equal(indices.at(-1)! - indices[0]!, 10, 'the batches of a round are contiguous');
    await verifiedTreeSize();
  }
});

test('a process whose view of the log is beyond it (the database restored while it ran) writes nothing there, and appends after the last leaf', async () => {
  const running = createExchangeLog({ db: hub.db, signing: hub.keys.signing, clock: () => new Date() });
  const before = (await hub.db.one<{ size: number }>('SELECT count(*)::int AS size FROM log_leaves'))!.size;
  assert.deepEqual(await append(3, null, running.exchangeLog), [before, before + 1, before + 2]);
  // The restore of a backup taken before those three: their leaves and the nodes that cover them are gone.
  await hub.db.transaction(async (tx) => {
    await tx.query('ALTER TABLE log_leaves DISABLE TRIGGER log_leaves_append_only');
    await tx.query('ALTER TABLE log_nodes DISABLE TRIGGER log_nodes_append_only');
    await tx.query('DELETE FROM log_leaves WHERE leaf_index >= $1', [before]);
    await tx.query('DELETE FROM log_nodes WHERE (node_index + 1) * (2::bigint ^ level)::bigint > $1', [before]);
    await tx.query('ALTER TABLE log_leaves ENABLE TRIGGER log_leaves_append_only');
    await tx.query('ALTER TABLE log_nodes ENABLE TRIGGER log_nodes_append_only');
  });
  assert.deepEqual(await append(2, null, running.exchangeLog), [before, before + 1], 'right after the last leaf');
  assert.equal(await verifiedTreeSize(), before + 2);
});
