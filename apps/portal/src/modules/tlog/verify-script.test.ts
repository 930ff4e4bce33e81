/**
 * The browser's check (public/verify.js) over a log larger than one tile: 70 000 leaves, so hash
 * tiles at levels 0, 1 and 2, each with a partial tile at its right edge (widths 112, 17 and 1). The
 * script runs as written, with Node's WebCrypto standing in for the browser's and a page of a few
 * elements; the tiles and the checkpoint are made here with packages/contracts (tiles, signed note,
 * cosignatures), the tree hashed independently of the script.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { hashChildren, hashLeaf } from '#contracts/merkle/hashes.ts';
import { signCheckpoint } from '#contracts/tlog/checkpoint.ts';
import { cosign } from '#contracts/tlog/cosignature.ts';
import { subjectCommitment } from '#contracts/tlog/commitment.ts';
import { formatVerifierKey, SIGNATURE_TYPE_COSIGNATURE_V1, SIGNATURE_TYPE_ED25519 } from '#contracts/tlog/note.ts';
import { encodeEntryBundle, parseTilePath, TILE_WIDTH } from '#contracts/tlog/tiles.ts';

const SCRIPT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../public/verify.js');
const ORIGIN = 'hub.rse.example/exchange-log';
const SIZE = 70_000;
const PERSON = [3, 300, 65_600, 69_999];

const hubKey = generateKeyPairSync('ed25519').privateKey;
const witnesses = ['witness.one/rse', 'witness.two/rse'].map((name) => ({ name, privateKey: generateKeyPairSync('ed25519').privateKey }));
const pseudonym = randomBytes(32);
const openings = new Map<number, Buffer>();
let entries: Buffer[] = [];
/** levels[h]: the complete subtree hashes at Merkle height h. */
let levels: Buffer[][] = [];
let script: vm.Script;

function root(start: number, end: number): Buffer {
  const n = end - start;
  if (n === 1) return levels[0]![start]!;
  let k = 1;
  while (k * 2 < n) k *= 2;
  return hashChildren(root(start, start + k), root(start + k, end));
}

function checkpointAt(size: number, cosigners = witnesses): string {
  const note = signCheckpoint({ origin: ORIGIN, treeSize: size, rootHash: root(0, size) }, { name: ORIGIN, privateKey: hubKey });
  const text = note.slice(0, note.lastIndexOf('\n\n') + 1);
  return note + cosigners.map((witness) => cosign(text, 1_700_000_000, witness)).join('');
}

type Element = { dataset: Record<string, string>; textContent: string; className: string; state?: string };

/** Runs the script on a page of the person's entries; resolves with what it wrote once it has a verdict. */
async function runScript(options: { note: string; remembered?: { size: number; root: string }; openingOf?: (index: number) => string }) {
  const storage = new Map<string, string>();
  if (options.remembered) storage.set(`rse.tlog.checkpoint.${ORIGIN}`, JSON.stringify(options.remembered));
  let settle: () => void;
  const settled = new Promise<void>((resolve) => (settle = resolve));
  const dataset: Record<string, string> = {
    base: '/portal/tlog',
    origin: ORIGIN,
    logKey: formatVerifierKey(ORIGIN, SIGNATURE_TYPE_ED25519, hubKey),
    witnessKeys: witnesses.map((w) => formatVerifierKey(w.name, SIGNATURE_TYPE_COSIGNATURE_V1, w.privateKey)).join(' '),
    quorum: '2',
    subject: pseudonym.toString('base64'),
    msgVerified: 'verified {count}',
    msgFailed: 'failed {count}',
    msgPending: 'pending {count}',
    msgCheckpoint: 'checkpoint {size} {cosigners}',
    msgConsistent: 'consistent {size}',
    msgEntryVerified: 'ok',
    msgEntryFailed: 'bad',
    msgEntryPending: 'later',
    msgReasonQuorum: 'quorum',
    msgReasonSignature: 'signature',
    msgReasonInconsistent: 'inconsistent',
    msgReasonUnavailable: 'unavailable',
  };
  const section = {
    dataset,
    state: '',
    setAttribute(_name: string, value: string) {
      this.state = value;
      if (value === 'verified' || value === 'failed' || value === 'unknown') settle();
    },
  };
  const verdict = { textContent: '' };
  const details = { textContent: '' };
  const elements: Element[] = PERSON.map((index) => ({
    dataset: { leafIndex: String(index), opening: options.openingOf?.(index) ?? openings.get(index)!.toString('base64') },
    textContent: '',
    className: '',
  }));
  const read: string[] = [];
  const page = {
    document: {
      getElementById: (id: string) => ({ 'browser-check': section, 'browser-verdict': verdict, 'browser-details': details })[id] ?? null,
      querySelectorAll: () => elements,
    },
    localStorage: { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => storage.set(key, value) },
    fetch: async (url: string) => {
      read.push(url);
      const relative = url.slice('/portal/tlog/'.length);
      if (relative === 'checkpoint') return new Response(options.note);
      const ref = parseTilePath(relative);
      if (!ref) return new Response('', { status: 404 });
      const first = ref.index * TILE_WIDTH;
      const bytes =
        ref.kind === 'entries'
          ? encodeEntryBundle(entries.slice(first, first + ref.width))
          : Buffer.concat(levels[ref.level * 8]!.slice(first, first + ref.width));
      return new Response(bytes);
    },
  };
  const context = vm.createContext({ ...page, window: { crypto }, crypto, atob, TextEncoder, TextDecoder, console });
  script.runInContext(context);
  await settled;
  return {
    state: section.state,
    verdict: verdict.textContent,
    details: details.textContent,
    entries: elements.map((e) => e.textContent),
    read,
    storage,
  };
}

before(async () => {
  script = new vm.Script(await readFile(SCRIPT, 'utf8'), { filename: 'verify.js' });
  entries = Array.from({ length: SIZE }, (_, index) => {
    if (!PERSON.includes(index)) return randomBytes(40);
    const opening = randomBytes(32);
    openings.set(index, opening);
    return Buffer.from(JSON.stringify({ v: 2, type: 'summary.requested', subjectCommitment: subjectCommitment(pseudonym, opening) }));
  });
  levels = [entries.map((entry) => hashLeaf(entry))];
  for (let height = 1; height <= 16; height += 1) {
    const below = levels[height - 1]!;
    levels.push(Array.from({ length: Math.floor(below.length / 2) }, (_, i) => hashChildren(below[2 * i]!, below[2 * i + 1]!)));
  }
});

describe('the browser’s check over tiles of three levels, partial at each right edge', () => {
  test('verifies the checkpoint, both cosignatures and each entry, reading only tiles whose width the checkpoint implies', async () => {
    const result = await runScript({ note: checkpointAt(SIZE) });
    assert.equal(result.state, 'verified', result.verdict);
    assert.equal(result.verdict, '✓ verified 4');
    assert.equal(result.details, 'checkpoint 70000 2');
    assert.deepEqual(result.entries, ['✓ ok', '✓ ok', '✓ ok', '✓ ok']);
    assert.ok(
      result.read.includes('/portal/tlog/tile/0/273.p/112') && result.read.includes('/portal/tlog/tile/1/001.p/17'),
      `the partial tiles of levels 0 and 1 were read: ${result.read.join(' ')}`,
    );
    assert.deepEqual(JSON.parse(result.storage.get(`rse.tlog.checkpoint.${ORIGIN}`)!), {
      size: SIZE,
      root: root(0, SIZE).toString('base64'),
    });
  });

  test('proves the checkpoint extends one kept from an earlier visit, and refuses one it does not extend', async () => {
    for (const earlier of [1, 256, 65_536, 65_537, 69_000]) {
      const result = await runScript({
        note: checkpointAt(SIZE),
        remembered: { size: earlier, root: root(0, earlier).toString('base64') },
      });
      assert.equal(result.state, 'verified', `from ${earlier}: ${result.verdict}`);
      assert.equal(result.details, `checkpoint 70000 2 consistent ${earlier}`);
    }
    const forged = await runScript({ note: checkpointAt(SIZE), remembered: { size: 65_537, root: root(1, 65_538).toString('base64') } });
    assert.equal(forged.state, 'failed');
    assert.equal(forged.verdict, '✗ inconsistent');
    assert.deepEqual(forged.entries, ['✗ bad', '✗ bad', '✗ bad', '✗ bad']);
  });

  test('a checkpoint with one cosignature of two is refused; an entry whose opening is not the person’s fails alone', async () => {
    const lonely = await runScript({ note: checkpointAt(SIZE, witnesses.slice(0, 1)) });
    assert.equal(lonely.verdict, '✗ quorum');
    const other = await runScript({
      note: checkpointAt(SIZE),
      openingOf: (index) => (index === 300 ? randomBytes(32) : openings.get(index)!).toString('base64'),
    });
    assert.equal(other.state, 'failed');
    assert.equal(other.verdict, '✗ failed 1');
    assert.deepEqual(other.entries, ['✓ ok', '✗ bad', '✓ ok', '✓ ok']);
  });

  test('entries beyond the checkpoint wait for the next one', async () => {
    const result = await runScript({ note: checkpointAt(65_000) });
    assert.equal(result.state, 'verified', result.verdict);
    assert.equal(result.verdict, '✓ verified 2 pending 2');
    assert.deepEqual(result.entries, ['✓ ok', '✓ ok', '… later', '… later']);
    const none = await runScript({ note: checkpointAt(2) });
    assert.equal(none.state, 'unknown');
    assert.equal(none.verdict, '… pending 4');
  });
});
