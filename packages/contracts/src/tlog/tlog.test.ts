/**
 * An independent reading of the C2SP formats: every expected value below is written by hand from the
 * specification texts (tlog-tiles, signed-note, tlog-checkpoint, tlog-cosignature, tlog-witness), or
 * is a published vector of the Go reference implementation (golang.org/x/mod/sumdb/note), not
 * produced by the code under test.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, generateKeyPairSync, verify } from 'node:crypto';
import fc from 'fast-check';
import {
  ed25519PrivateKeyFromSeed,
  ed25519PublicKeyFromRaw,
  isNoteSignedBy,
  formatVerifierKey,
  keyId,
  parseVerifierKey,
  parseNote,
  rawEd25519PublicKey,
  signNote,
} from './note.ts';
import { formatCheckpoint, openCheckpoint, parseCheckpointText, signCheckpoint } from './checkpoint.ts';
import { cosign, countCosigners, cosignedMessage, verifyCosignature } from './cosignature.ts';
import { decodeEntryBundle, encodeEntryBundle, encodeTileIndex, parseTilePath, tilePath, tilesOfTree, tileWidthAt } from './tiles.ts';
import { formatAddCheckpoint, parseAddCheckpoint } from './witness-protocol.ts';
import { formatTlogProof, parseTlogProof, verifyTlogProof } from './proof.ts';
import { hashLeaf } from '../merkle/hashes.ts';
import { rootFromLeafHashes } from '../merkle/verify.ts';

// golang.org/x/mod/sumdb/note, note_test.go: the PeterNeumann key and note.
const GO_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const GO_SKEY = 'PRIVATE+KEY+PeterNeumann+c74f20a3+AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_SIGNATURE_LINE = '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';

function goKeys() {
  const publicBytes = Buffer.from(GO_VKEY.slice('PeterNeumann+c74f20a3+'.length), 'base64');
  const seed = Buffer.from(GO_SKEY.slice('PRIVATE+KEY+PeterNeumann+c74f20a3+'.length), 'base64');
  assert.equal(publicBytes[0], 0x01, 'the vkey starts with the Ed25519 type byte');
  return { publicKey: ed25519PublicKeyFromRaw(publicBytes.subarray(1)), privateKey: ed25519PrivateKeyFromSeed(seed.subarray(1)) };
}

test('signed-note: the Go reference note is reproduced byte for byte and its key ID is c74f20a3', () => {
  const { publicKey, privateKey } = goKeys();
  assert.equal(keyId('PeterNeumann', 0x01, rawEd25519PublicKey(publicKey)), 0xc74f20a3);
  assert.equal(signNote(GO_TEXT, [{ name: 'PeterNeumann', privateKey }]), `${GO_TEXT}\n${GO_SIGNATURE_LINE}`);
  const parsed = parseNote(`${GO_TEXT}\n${GO_SIGNATURE_LINE}`);
  assert.ok(parsed, 'parsed');
  assert.equal(parsed.text, GO_TEXT);
  assert.ok(isNoteSignedBy(parsed, { name: 'PeterNeumann', publicKey }), 'isNoteSignedBy(parsed, { name: PeterNeumann, publi');
});

test('signed-note: the key ID is SHA-256(name ‖ 0x0A ‖ 0x01 ‖ key)[:4], big-endian', () => {
  const { publicKey } = generateKeyPairSync('ed25519');
  const raw = rawEd25519PublicKey(publicKey);
  const input = Buffer.concat([Buffer.from('hub.rse.example/log', 'utf8'), Buffer.from([0x0a, 0x01]), raw]);
  const digest = createHash('sha256').update(input).digest();
  assert.equal(keyId('hub.rse.example/log', 0x01, raw), ((digest[0]! << 24) | (digest[1]! << 16) | (digest[2]! << 8) | digest[3]!) >>> 0);
});

test('signed-note: a note whose text was altered, or signed by an unknown key only, is not accepted', () => {
  const { publicKey } = goKeys();
  const altered = parseNote(`${GO_TEXT.replace('problem,', 'problem;')}\n${GO_SIGNATURE_LINE}`)!;
  assert.equal(isNoteSignedBy(altered, { name: 'PeterNeumann', publicKey }), false);
  const other = generateKeyPairSync('ed25519');
  assert.equal(isNoteSignedBy(parseNote(`${GO_TEXT}\n${GO_SIGNATURE_LINE}`)!, { name: 'PeterNeumann', publicKey: other.publicKey }), false);
  for (const bad of [
    GO_TEXT,
    `${GO_TEXT}\n`,
    `${GO_TEXT}\n— PeterNeumann !!!\n`,
    `${GO_TEXT}\n${GO_SIGNATURE_LINE.slice(0, -1)}`,
    `a\tb\n\n${GO_SIGNATURE_LINE}`,
  ])
    assert.equal(parseNote(bad), null, JSON.stringify(bad));
});

test('tlog-checkpoint: origin, size without leading zeroes, base64 root, each line ending in a newline', () => {
  // The example of the spec: example.com/behind-the-sofa at 20852163.
  const root = Buffer.from('CsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=', 'base64');
  assert.equal(
    formatCheckpoint({ origin: 'example.com/behind-the-sofa', treeSize: 20852163, rootHash: root }),
    'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n',
  );
  assert.equal(
    formatCheckpoint({ origin: 'o', treeSize: 0, rootHash: Buffer.alloc(32) }),
    'o\n0\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n',
  );
  const parsed = parseCheckpointText('example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\nextension\n');
  assert.deepEqual(parsed, { origin: 'example.com/behind-the-sofa', treeSize: 20852163, rootHash: root, extensions: ['extension'] });
  for (const bad of [
    'o\n012\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n',
    'o\n12\nCsUY\n',
    'o\n12\n',
    '\n12\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n',
  ])
    assert.equal(parseCheckpointText(bad), null, JSON.stringify(bad));
});

test('tlog-checkpoint: a signed checkpoint opens only with the log key named by its origin', () => {
  const log = generateKeyPairSync('ed25519');
  const signed = signCheckpoint(
    { origin: 'hub.rse.example/log', treeSize: 3, rootHash: Buffer.alloc(32, 7) },
    { name: 'hub.rse.example/log', privateKey: log.privateKey },
  );
  assert.ok(
    signed.startsWith(`hub.rse.example/log\n3\n${Buffer.alloc(32, 7).toString('base64')}\n\n— hub.rse.example/log `),
    'signed.startsWith(`hub.rse.example/log\n3\n${Buffe',
  );
  assert.ok(
    openCheckpoint(signed, { origin: 'hub.rse.example/log', name: 'hub.rse.example/log', publicKey: log.publicKey }),
    'openCheckpoint(signed, { origin: hub.rse.example/l',
  );
  assert.equal(openCheckpoint(signed, { origin: 'other/log', name: 'hub.rse.example/log', publicKey: log.publicKey }), null);
  assert.equal(
    openCheckpoint(signed.replace('\n3\n', '\n4\n'), {
      origin: 'hub.rse.example/log',
      name: 'hub.rse.example/log',
      publicKey: log.publicKey,
    }),
    null,
  );
});

test('tlog-cosignature: message, key ID with type 0x04, and u64 timestamp ‖ Ed25519 signature', () => {
  const text = 'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n';
  assert.equal(
    cosignedMessage(1679315147, text).toString('utf8'),
    'cosignature/v1\ntime 1679315147\nexample.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n',
  );
  const witness = generateKeyPairSync('ed25519');
  const line = cosign(text, 1679315147, { name: 'witness.example/w1', privateKey: witness.privateKey });
  const match = /^— witness\.example\/w1 ([A-Za-z0-9+/=]+)\n$/.exec(line);
  assert.ok(match, line);
  const bytes = Buffer.from(match[1]!, 'base64');
  assert.equal(bytes.length, 4 + 8 + 64);
  const expectedId = createHash('sha256')
    .update(Buffer.concat([Buffer.from('witness.example/w1\n'), Buffer.from([0x04]), rawEd25519PublicKey(witness.publicKey)]))
    .digest()
    .subarray(0, 4);
  assert.deepEqual(bytes.subarray(0, 4), expectedId);
  assert.deepEqual(bytes.subarray(4, 12), Buffer.from([0, 0, 0, 0, 0x64, 0x18, 0x50, 0xcb]), '1679315147 = 0x641850cb');
  const message = Buffer.from('cosignature/v1\ntime 1679315147\n' + text);
  assert.ok(verify(null, message, witness.publicKey, bytes.subarray(12)), 'verify(null, message, witness.publicKey, bytes.sub');
  const signature = { name: 'witness.example/w1', keyId: expectedId.readUInt32BE(0), signature: bytes.subarray(4) };
  assert.equal(verifyCosignature(text, signature, { name: 'witness.example/w1', publicKey: witness.publicKey }), 1679315147);
  assert.equal(
    verifyCosignature(text.replace('20852163', '20852164'), signature, { name: 'witness.example/w1', publicKey: witness.publicKey }),
    null,
  );
  assert.deepEqual(countCosigners(text, [signature, signature], [{ name: 'witness.example/w1', publicKey: witness.publicKey }]), [
    'witness.example/w1',
  ]);
});

test('tlog-tiles: tile indexes are zero-padded three-digit groups, all but the last prefixed with x', () => {
  assert.equal(encodeTileIndex(0), '000');
  assert.equal(encodeTileIndex(5), '005');
  assert.equal(encodeTileIndex(999), '999');
  assert.equal(encodeTileIndex(1000), 'x001/000');
  assert.equal(encodeTileIndex(1234067), 'x001/x234/067');
  assert.equal(tilePath({ kind: 'hash', level: 0, index: 1234067, width: 256 }), 'tile/0/x001/x234/067');
  assert.equal(tilePath({ kind: 'hash', level: 2, index: 0, width: 1 }), 'tile/2/000.p/1');
  assert.equal(tilePath({ kind: 'entries', index: 273, width: 112 }), 'tile/entries/273.p/112');
  assert.deepEqual(parseTilePath('tile/0/x001/x234/067'), { kind: 'hash', level: 0, index: 1234067, width: 256 });
  assert.deepEqual(parseTilePath('tile/1/001.p/17'), { kind: 'hash', level: 1, index: 1, width: 17 });
  assert.deepEqual(parseTilePath('tile/entries/x001/000.p/255'), { kind: 'entries', index: 1000, width: 255 });
  for (const bad of [
    'tile/0/5',
    'tile/0/0005',
    'tile/00/005',
    'tile/0/001/002',
    'tile/0/x000/005',
    'tile/0/005.p/0',
    'tile/0/005.p/256',
    'tile/0/005.p/07',
    'tile/64/000',
    'tile/0',
    'tiles/0/000',
    'tile/entries/005.p/',
  ])
    assert.equal(parseTilePath(bad), null, bad);
});

test('tlog-tiles: the spec example of a tree of 70,000 leaves and of 256 leaves', () => {
  // "273 full level 0 tiles, one partial level 0 tile of width 112, one full level 1 tile, one partial
  // level 1 tile of width 17, and one partial level 2 tile of width 1."
  assert.deepEqual(tilesOfTree(70_000), [
    { level: 0, fullTiles: 273, partialWidth: 112 },
    { level: 1, fullTiles: 1, partialWidth: 17 },
    { level: 2, fullTiles: 0, partialWidth: 1 },
  ]);
  assert.equal(tileWidthAt(0, 272, 70_000), 256);
  assert.equal(tileWidthAt(0, 273, 70_000), 112);
  assert.equal(tileWidthAt(0, 274, 70_000), 0);
  assert.equal(tileWidthAt(1, 1, 70_000), 17);
  assert.equal(tileWidthAt(2, 0, 70_000), 1);
  // "a tree of size 256 will be represented by a full level 0 tile and a partial level 1 tile of width 1."
  assert.deepEqual(tilesOfTree(256), [
    { level: 0, fullTiles: 1, partialWidth: 0 },
    { level: 1, fullTiles: 0, partialWidth: 1 },
  ]);
});

test('tlog-tiles: an entry bundle is uint16 big-endian length-prefixed entries', () => {
  assert.deepEqual(
    encodeEntryBundle([Buffer.from('ab'), Buffer.alloc(0), Buffer.from([0xff])]),
    Buffer.from([0, 2, 0x61, 0x62, 0, 0, 0, 1, 0xff]),
  );
  assert.deepEqual(decodeEntryBundle(Buffer.from([0, 2, 0x61, 0x62, 0, 0, 0, 1, 0xff])), [
    Buffer.from('ab'),
    Buffer.alloc(0),
    Buffer.from([0xff]),
  ]);
  assert.equal(decodeEntryBundle(Buffer.from([0, 3, 0x61, 0x62])), null);
  assert.equal(decodeEntryBundle(Buffer.from([0])), null);
  assert.throws(() => encodeEntryBundle([Buffer.alloc(65_536)]));
});

test('tlog-tiles: paths and bundles round-trip for any index, width and entries', () => {
  fc.assert(
    fc.property(
      fc.boolean(),
      fc.integer({ min: 0, max: 63 }),
      fc.nat({ max: Number.MAX_SAFE_INTEGER }),
      fc.integer({ min: 1, max: 256 }),
      (entries, level, index, width) => {
        const ref = entries ? ({ kind: 'entries', index, width } as const) : ({ kind: 'hash', level, index, width } as const);
        assert.deepEqual(parseTilePath(tilePath(ref)), ref);
      },
    ),
  );
  fc.assert(
    fc.property(fc.array(fc.uint8Array({ maxLength: 300 }), { maxLength: 20 }), (entries) => {
      assert.deepEqual(
        decodeEntryBundle(encodeEntryBundle(entries))?.map((entry) => [...entry]),
        entries.map((entry) => [...entry]),
      );
    }),
  );
});

test('tlog-witness: the add-checkpoint body is old size, proof lines, an empty line, the checkpoint', () => {
  const checkpoint =
    'example.com/behind-the-sofa\n20852163\nCsUYapGGPo4dkMgIAUqom/Xajj7h2fB2MPA3j2jxq2I=\n\n' +
    '— example.com/behind-the-sofa Az3grlgtzPICa5OS8npVmf1Myq/5IZniMp+ZJurmRDeOoRDe4URYN7u5/Zhcyv2q1gGzGku9nTo+zyWE+xeMcTOAYQ8=\n';
  const body = 'old 20852014\nPlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=\njrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk=\n\n' + checkpoint;
  const parsed = parseAddCheckpoint(body);
  assert.ok(parsed, 'parsed');
  assert.equal(parsed.oldSize, 20852014);
  assert.deepEqual(
    parsed.proof.map((hash) => hash.toString('base64')),
    ['PlRNCrwHpqhGrupue0L7gxbjbMiKA9temvuZZDDpkaw=', 'jrJZDmY8Y7SyJE0MWLpLozkIVMSMZcD5kvuKxPC3swk='],
  );
  assert.equal(parsed.checkpoint, checkpoint);
  assert.equal(formatAddCheckpoint(parsed), body);
  assert.equal(formatAddCheckpoint({ oldSize: 0, proof: [], checkpoint }), `old 0\n\n${checkpoint}`);
  for (const bad of [
    `old 01\n\n${checkpoint}`,
    `old -1\n\n${checkpoint}`,
    `old 1\nnot-a-hash\n\n${checkpoint}`,
    'old 1\n',
    `new 1\n\n${checkpoint}`,
  ])
    assert.equal(parseAddCheckpoint(bad), null, bad);
});

test('signed-note: the Go reference verifier key is read and written back identically', () => {
  const parsed = parseVerifierKey(GO_VKEY);
  assert.ok(parsed, 'the Go vkey parses');
  assert.equal(parsed.name, 'PeterNeumann');
  assert.equal(formatVerifierKey(parsed.name, parsed.type, parsed.publicKey), GO_VKEY);
  assert.equal(parseVerifierKey(GO_VKEY.replace('c74f20a3', 'c74f20a4')), null, 'a wrong key ID is refused');
});

test('tlog-proof: header, extra, index, proof lines, an empty line, the checkpoint verbatim', () => {
  const checkpoint = 'example.com/fancylog\n109482\nsFodV/vSp5O8n9a8QpW6PRY97tfOSW5bsc2Xl/EQi08=\n\n— example.com/fancylog hI2DJwAAAA==\n';
  const text =
    'c2sp.org/tlog-proof@v1\nextra YWdl\nindex 73894\ngSKyXoYZUgZ6jduWYrkDOARinOMGJveXjgMkBTcdPlQ=\nB95lDa8R83lS8n0eG+o0buTxRKQTYFi//1U8anccXmA=\n\n' +
    checkpoint;
  const parsed = parseTlogProof(text);
  assert.ok(parsed, 'the spec-shaped proof parses');
  assert.equal(parsed.index, 73894);
  assert.equal(parsed.extra?.toString('utf8'), 'age');
  assert.equal(parsed.proof.length, 2);
  assert.equal(parsed.checkpoint, checkpoint);
  assert.equal(formatTlogProof(parsed), text);
  assert.equal(formatTlogProof({ index: 0, proof: [], checkpoint }), `c2sp.org/tlog-proof@v1\nindex 0\n\n${checkpoint}`);
  for (const bad of [text.replace('@v1', '@v2'), text.replace('index 73894', 'index 073894'), text.replace('\n\nexample', '\nexample')])
    assert.equal(parseTlogProof(bad), null, bad.slice(0, 40));
});

test('tlog-proof: verifies offline against the log key and the witness quorum, and refuses another entry', async () => {
  const log = generateKeyPairSync('ed25519');
  const witness = generateKeyPairSync('ed25519');
  const leaves = ['a', 'b', 'c'].map((value) => Buffer.from(value));
  const hashes = leaves.map((leaf) => hashLeaf(leaf));
  const root = rootFromLeafHashes(hashes);
  const note = signCheckpoint(
    { origin: 'o.example/log', treeSize: 3, rootHash: root },
    { name: 'o.example/log', privateKey: log.privateKey },
  );
  const text = note.slice(0, note.lastIndexOf('\n\n') + 1);
  const cosigned = note + cosign(text, 1_700_000_000, { name: 'w.example', privateKey: witness.privateKey });
  // Inclusion proof of leaf 2 in a tree of 3: MTH(a, b).
  const proof = [rootFromLeafHashes(hashes.slice(0, 2))];
  const trust = {
    origin: 'o.example/log',
    logKey: log.publicKey,
    witnesses: [{ name: 'w.example', publicKey: witness.publicKey }],
    quorum: 1,
  };
  const offline = formatTlogProof({ extra: leaves[2], index: 2, proof, checkpoint: cosigned });
  assert.deepEqual(verifyTlogProof(offline, trust), { ok: true, entry: leaves[2], index: 2, treeSize: 3 });
  assert.equal(verifyTlogProof(offline, trust, Buffer.from('x')).ok, false, 'another entry');
  assert.equal(verifyTlogProof(offline, { ...trust, quorum: 2 }).ok, false, 'quorum not met');
  assert.equal(
    verifyTlogProof(formatTlogProof({ extra: leaves[2], index: 2, proof, checkpoint: note }), trust).ok,
    false,
    'no cosignature',
  );
});
