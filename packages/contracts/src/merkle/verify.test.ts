import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { EMPTY_ROOT, decodeHash, decodeHashes, encodeHash, hashChildren, hashLeaf } from './hashes.ts';
import { rootFromLeafHashes, verifyConsistency, verifyInclusion, type ConsistencyCheck, type InclusionCheck } from './verify.ts';

/*
 * The reference vectors of the certificate-transparency implementations (RFC 6962 test data, the
 * same hashing as RFC 9162 §2.1): eight leaves, the root of every prefix, and published inclusion
 * and consistency proofs for that tree.
 */
const LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((hex) =>
  Buffer.from(hex, 'hex'),
);
const LEAF_HASHES = LEAVES.map(hashLeaf);
const ROOTS = [
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
].map((hex) => Buffer.from(hex, 'hex'));
const root = (size: number): Buffer => ROOTS[size] ?? assert.fail(`no reference root for ${size}`);
const leafHash = (index: number): Buffer => LEAF_HASHES[index] ?? assert.fail(`no leaf ${index}`);
const hexes = (...values: string[]): Buffer[] => values.map((hex) => Buffer.from(hex, 'hex'));

const INCLUSION_VECTORS = [
  {
    leafIndex: 0,
    treeSize: 8,
    auditPath: hexes(
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ),
  },
  {
    leafIndex: 5,
    treeSize: 8,
    auditPath: hexes(
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ),
  },
  { leafIndex: 2, treeSize: 3, auditPath: hexes('fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125') },
  {
    leafIndex: 1,
    treeSize: 5,
    auditPath: hexes(
      '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ),
  },
];

const CONSISTENCY_VECTORS = [
  {
    first: 1,
    second: 8,
    consistencyPath: hexes(
      '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ),
  },
  {
    first: 6,
    second: 8,
    consistencyPath: hexes(
      '0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a',
      'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
      'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    ),
  },
  {
    first: 2,
    second: 5,
    consistencyPath: hexes(
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
    ),
  },
];

const SOME_HASH = Buffer.from('abacaba000000000000000000000000000000000000000000060061e00123456', 'hex');

function flipBit(hash: Uint8Array, bit: number): Buffer {
  const copy = Buffer.from(hash);
  copy[0] = (copy[0] ?? 0) ^ (1 << bit);
  return copy;
}

/** The classic ways to present a valid proof dishonestly; none of them may verify. */
function corruptInclusion(check: InclusionCheck): [string, InclusionCheck][] {
  const { auditPath } = check;
  const probes: [string, InclusionCheck][] = [
    ['leafIndex - 1', { ...check, leafIndex: check.leafIndex - 1 }],
    ['leafIndex + 1', { ...check, leafIndex: check.leafIndex + 1 }],
    ['leafIndex ^ 2', { ...check, leafIndex: check.leafIndex ^ 2 }],
    ['treeSize * 2', { ...check, treeSize: check.treeSize * 2 }],
    ['treeSize / 2', { ...check, treeSize: Math.floor(check.treeSize / 2) }],
    ['wrong leaf', { ...check, leafHash: hashLeaf(Buffer.from('WrongLeaf')) }],
    ['empty root', { ...check, rootHash: EMPTY_ROOT }],
    ['random root', { ...check, rootHash: SOME_HASH }],
    ['trailing root', { ...check, auditPath: [...auditPath, check.rootHash] }],
    ['preceding root', { ...check, auditPath: [check.rootHash, ...auditPath] }],
    ['trailing short element', { ...check, auditPath: [...auditPath, Buffer.alloc(0)] }],
  ];
  auditPath.forEach((_, i) => {
    probes.push([`proof[${i}] bit flipped`, { ...check, auditPath: auditPath.map((hash, j) => (i === j ? flipBit(hash, 3) : hash)) }]);
  });
  if (auditPath.length > 0) probes.push(['removed component', { ...check, auditPath: auditPath.slice(0, -1) }]);
  if (auditPath.length > 1)
    probes.push(['inserted component', { ...check, auditPath: [auditPath[0] as Uint8Array, SOME_HASH, ...auditPath.slice(1)] }]);
  return probes;
}

function corruptConsistency(check: ConsistencyCheck): [string, ConsistencyCheck][] {
  const { consistencyPath: path, firstRoot, secondRoot } = check;
  const probes: [string, ConsistencyCheck][] = [
    ['first - 1', { ...check, first: check.first - 1 }],
    ['first + 1', { ...check, first: check.first + 1 }],
    ['first ^ 2', { ...check, first: check.first ^ 2 }],
    ['second * 2', { ...check, second: check.second * 2 }],
    ['second / 2', { ...check, second: Math.floor(check.second / 2) }],
    ['wrong first root', { ...check, firstRoot: SOME_HASH }],
    ['wrong second root', { ...check, secondRoot: SOME_HASH }],
    ['swapped roots', { ...check, firstRoot: secondRoot, secondRoot: firstRoot }],
    ['empty path', { ...check, consistencyPath: [] }],
    ['trailing first root', { ...check, consistencyPath: [...path, firstRoot] }],
    ['trailing second root', { ...check, consistencyPath: [...path, secondRoot] }],
    ['preceding first root', { ...check, consistencyPath: [firstRoot, ...path] }],
    ['preceding second root', { ...check, consistencyPath: [secondRoot, ...path] }],
    ['preceding path[0]', { ...check, consistencyPath: [path[0] ?? SOME_HASH, ...path] }],
    ['truncated path', { ...check, consistencyPath: path.slice(0, -1) }],
  ];
  path.forEach((_, i) => {
    probes.push([`path[${i}] bit flipped`, { ...check, consistencyPath: path.map((hash, j) => (i === j ? flipBit(hash, 4) : hash)) }]);
  });
  return probes;
}

function assertNoProbeVerifies<T>(probes: [string, T][], verify: (check: T) => boolean): void {
  const accepted = probes.filter(([, check]) => verify(check)).map(([name]) => name);
  assert.deepEqual(accepted, [], `tampered proofs were accepted: ${accepted.join(', ')}`);
}

describe('log hashes (RFC 9162 §2.1.1)', () => {
  test('the empty root is SHA-256 of the empty string', () => {
    assert.equal(EMPTY_ROOT.toString('hex'), root(0).toString('hex'));
  });

  test('a leaf hash prefixes 0x00 and a node hash prefixes 0x01', () => {
    assert.equal(hashLeaf(new Uint8Array()).toString('hex'), root(1).toString('hex'));
    assert.equal(hashChildren(leafHash(0), leafHash(1)).toString('hex'), root(2).toString('hex'));
  });

  test('hashes round-trip through padded standard base64', () => {
    const encoded = encodeHash(root(8));
    assert.equal(encoded, 'XcnaeacGWamtVZy3Ad7ZoqudgjqtL0lgz+Nw7/RgQyg=');
    const decoded = decodeHash(encoded);
    assert.ok(decoded.ok, 'decoded.ok');
    assert.ok(decoded.hash.equals(root(8)), 'decoded.hash.equals(root(8))');
  });

  test('encoding a hash that is a view into a larger buffer encodes only the view', () => {
    const large = Buffer.concat([Buffer.alloc(7, 1), root(8), Buffer.alloc(5, 2)]);
    assert.equal(encodeHash(large.subarray(7, 39)), encodeHash(root(8)));
  });

  test('decoding refuses anything but the canonical 44-character form', () => {
    const encoded = encodeHash(root(8));
    for (const text of [
      encoded.slice(0, -1), // unpadded
      encoded.replace('+', '-').replace('/', '_'), // url-safe alphabet
      `${encoded} `,
      encodeHash(Buffer.alloc(31)),
      encodeHash(Buffer.alloc(33)),
      `${encoded.slice(0, 42)}B=`, // non-zero padding bits: decodes to the same bytes under a second spelling
      '',
    ]) {
      assert.deepEqual(
        decodeHash(text),
        { ok: false, code: 'merkle.hash-invalid', message: 'A log hash is 32 bytes in padded standard base64.' },
        text,
      );
    }
  });

  test('decoding a path fails as a whole when one element is bad', () => {
    const good = encodeHash(root(1));
    const decoded = decodeHashes([good, good]);
    assert.ok(decoded.ok, 'decoded.ok');
    assert.equal(decoded.hashes.length, 2);
    assert.equal(decodeHashes([good, 'nope']).ok, false);
  });
});

describe('rootFromLeafHashes (RFC 9162 §2.1.1 MTH)', () => {
  test('reproduces the published root of every prefix of the reference tree', () => {
    for (let size = 0; size <= 8; size += 1) {
      assert.equal(rootFromLeafHashes(LEAF_HASHES.slice(0, size)).toString('hex'), root(size).toString('hex'), `size ${size}`);
    }
  });

  test('gives the known size-8 root', () => {
    assert.equal(rootFromLeafHashes(LEAF_HASHES).toString('hex'), '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328');
  });

  test('refuses leaf hashes that are not 32 bytes', () => {
    assert.throws(() => rootFromLeafHashes([Buffer.alloc(31)]), TypeError);
  });
});

describe('verifyInclusion (RFC 9162 §2.1.3.2)', () => {
  for (const vector of INCLUSION_VECTORS) {
    const check: InclusionCheck = { ...vector, leafHash: leafHash(vector.leafIndex), rootHash: root(vector.treeSize) };

    test(`accepts the published proof for leaf ${vector.leafIndex} of ${vector.treeSize}`, () => {
      assert.equal(verifyInclusion(check), true);
    });

    test(`rejects every tampered variant of the proof for leaf ${vector.leafIndex} of ${vector.treeSize}`, () => {
      assertNoProbeVerifies(corruptInclusion(check), verifyInclusion);
    });
  }

  test('accepts a one-leaf tree with an empty path when the root is the leaf hash', () => {
    const hash = hashLeaf(Buffer.from('data'));
    assert.equal(verifyInclusion({ leafHash: hash, leafIndex: 0, treeSize: 1, auditPath: [], rootHash: hash }), true);
    assert.equal(verifyInclusion({ leafHash: hash, leafIndex: 0, treeSize: 1, auditPath: [], rootHash: EMPTY_ROOT }), false);
  });

  test('rejects indexes outside the tree, including in an empty tree', () => {
    for (const [leafIndex, treeSize] of [
      [0, 0],
      [1, 0],
      [1, 1],
      [2, 1],
    ] as const) {
      assert.equal(verifyInclusion({ leafHash: SOME_HASH, leafIndex, treeSize, auditPath: [], rootHash: SOME_HASH }), false);
    }
  });

  test('rejects sizes that are not safe non-negative integers and hashes that are not 32 bytes', () => {
    const valid: InclusionCheck = {
      leafHash: leafHash(0),
      leafIndex: 0,
      treeSize: 8,
      auditPath: INCLUSION_VECTORS[0]?.auditPath ?? [],
      rootHash: root(8),
    };
    assert.equal(verifyInclusion(valid), true);
    assert.equal(verifyInclusion({ ...valid, leafIndex: -1 }), false);
    assert.equal(verifyInclusion({ ...valid, leafIndex: 0.5 }), false);
    assert.equal(verifyInclusion({ ...valid, treeSize: 2 ** 53 }), false);
    assert.equal(verifyInclusion({ ...valid, treeSize: Number.NaN }), false);
    assert.equal(verifyInclusion({ ...valid, leafHash: leafHash(0).subarray(1) }), false);
    assert.equal(verifyInclusion({ ...valid, rootHash: Buffer.concat([root(8), Buffer.alloc(1)]) }), false);
  });
});

describe('verifyConsistency (RFC 9162 §2.1.4.2)', () => {
  for (const vector of CONSISTENCY_VECTORS) {
    const check: ConsistencyCheck = { ...vector, firstRoot: root(vector.first), secondRoot: root(vector.second) };

    test(`accepts the published proof from ${vector.first} to ${vector.second}`, () => {
      assert.equal(verifyConsistency(check), true);
    });

    test(`rejects every tampered variant of the proof from ${vector.first} to ${vector.second}`, () => {
      assertNoProbeVerifies(corruptConsistency(check), verifyConsistency);
    });
  }

  test('accepts equal sizes only with an empty path and equal roots', () => {
    assert.equal(verifyConsistency({ first: 5, second: 5, firstRoot: root(5), secondRoot: root(5), consistencyPath: [] }), true);
    assert.equal(verifyConsistency({ first: 5, second: 5, firstRoot: root(5), secondRoot: root(6), consistencyPath: [] }), false);
    assert.equal(verifyConsistency({ first: 5, second: 5, firstRoot: root(5), secondRoot: root(5), consistencyPath: [root(5)] }), false);
  });

  test('accepts growth from the empty tree only with an empty path and the empty root', () => {
    assert.equal(verifyConsistency({ first: 0, second: 3, firstRoot: EMPTY_ROOT, secondRoot: root(3), consistencyPath: [] }), true);
    assert.equal(verifyConsistency({ first: 0, second: 3, firstRoot: SOME_HASH, secondRoot: root(3), consistencyPath: [] }), false);
    assert.equal(
      verifyConsistency({ first: 0, second: 3, firstRoot: EMPTY_ROOT, secondRoot: root(3), consistencyPath: [EMPTY_ROOT] }),
      false,
    );
  });

  test('rejects a tree that shrinks', () => {
    assert.equal(verifyConsistency({ first: 2, second: 1, firstRoot: root(2), secondRoot: root(1), consistencyPath: [] }), false);
  });

  test('rejects sizes beyond 2^53 and hashes that are not 32 bytes', () => {
    const valid: ConsistencyCheck = {
      first: 2,
      second: 5,
      firstRoot: root(2),
      secondRoot: root(5),
      consistencyPath: CONSISTENCY_VECTORS[2]?.consistencyPath ?? [],
    };
    assert.equal(verifyConsistency(valid), true);
    assert.equal(verifyConsistency({ ...valid, second: 2 ** 53 + 5 }), false);
    assert.equal(verifyConsistency({ ...valid, consistencyPath: [...valid.consistencyPath.slice(0, 1), Buffer.alloc(16)] }), false);
  });
});
