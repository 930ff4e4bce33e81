/**
 * C2SP tlog-tiles (c2sp.org/tlog-tiles): the Merkle tree served as static "tiles" of 256 consecutive
 * hashes. Tile n at level l holds, for i in 0..255, MTH(D[(n·256+i)·256^l : (n·256+i+1)·256^l]) —
 * i.e. the complete subtree hashes at Merkle height 8·l, indexes n·256 … n·256+255. The rightmost tile
 * of a level is partial for a tree of size s: it has floor(s / 256^l) mod 256 hashes (never 0).
 *
 * Paths: `tile/<L>/<N>[.p/<W>]` and `tile/entries/<N>[.p/<W>]`; N is split in zero-padded groups of
 * three digits, every group but the last prefixed with `x` (1234067 → x001/x234/067). Entry bundles
 * are big-endian uint16 length-prefixed entries.
 */
export const TILE_WIDTH = 256;
export const TILE_HEIGHT = 8;
/** Levels are 0…63 in the spec; a tree of at most 2^53 leaves needs 7. */
export const MAX_TILE_LEVEL = 63;
export const MAX_ENTRY_BYTES = 0xffff;

export type TileRef = { kind: 'hash'; level: number; index: number; width: number } | { kind: 'entries'; index: number; width: number };

/** N as path segments: 5 → "005", 1234067 → "x001/x234/067". */
export function encodeTileIndex(index: number): string {
  if (!Number.isSafeInteger(index) || index < 0) throw new TypeError('tlog-tiles: invalid tile index');
  let digits = String(index);
  digits = digits.padStart(Math.ceil(digits.length / 3) * 3, '0');
  const groups = digits.match(/.{3}/g)!;
  return groups.map((group, i) => (i < groups.length - 1 ? `x${group}` : group)).join('/');
}

/** The path of a tile below the log prefix (no leading slash). `width` 256 is a full tile. */
export function tilePath(ref: TileRef): string {
  if (!Number.isInteger(ref.width) || ref.width < 1 || ref.width > TILE_WIDTH) throw new TypeError('tlog-tiles: a width is 1…256');
  const suffix = ref.width === TILE_WIDTH ? '' : `.p/${ref.width}`;
  if (ref.kind === 'entries') return `tile/entries/${encodeTileIndex(ref.index)}${suffix}`;
  if (!Number.isInteger(ref.level) || ref.level < 0 || ref.level > MAX_TILE_LEVEL) throw new TypeError('tlog-tiles: a level is 0…63');
  return `tile/${ref.level}/${encodeTileIndex(ref.index)}${suffix}`;
}

const DECIMAL = /^(0|[1-9][0-9]*)$/;

/** Reads a tile path (below the prefix, no leading slash); null for anything not in the exact form. */
export function parseTilePath(path: string): TileRef | null {
  const segments = path.split('/');
  if (segments[0] !== 'tile' || segments.length < 3) return null;
  const [, levelText, ...rest] = segments as [string, string, ...string[]];
  let width = TILE_WIDTH;
  if (rest.length >= 2 && rest.at(-2)!.endsWith('.p')) {
    const widthText = rest.at(-1)!;
    if (!DECIMAL.test(widthText)) return null;
    width = Number(widthText);
    if (width < 1 || width >= TILE_WIDTH) return null;
    rest.splice(-2, 2, rest.at(-2)!.slice(0, -2));
  }
  if (rest.length === 0) return null;
  let digits = '';
  for (const [i, segment] of rest.entries()) {
    const isLast = i === rest.length - 1;
    const match = (isLast ? /^([0-9]{3})$/ : /^x([0-9]{3})$/).exec(segment);
    if (!match) return null;
    digits += match[1];
  }
  // One canonical spelling: no leading all-zero group ("x000/005" is not 5).
  if (rest.length > 1 && digits.startsWith('000')) return null;
  const index = Number(digits);
  if (!Number.isSafeInteger(index)) return null;
  if (levelText === 'entries') return { kind: 'entries', index, width };
  if (!DECIMAL.test(levelText)) return null;
  const level = Number(levelText);
  if (level > MAX_TILE_LEVEL) return null;
  return { kind: 'hash', level, index, width };
}

/** How many hashes a tile at (level, index) holds in the tree of `treeSize` leaves: 0 (absent) … 256. */
export function tileWidthAt(level: number, index: number, treeSize: number): number {
  const hashesAtLevel = Math.floor(treeSize / TILE_WIDTH ** level);
  const full = Math.floor(hashesAtLevel / TILE_WIDTH);
  if (index < full) return TILE_WIDTH;
  if (index === full) return hashesAtLevel % TILE_WIDTH;
  return 0;
}

/** Every tile a tree of `treeSize` leaves consists of (partial ones at the right edge of each level). */
export function tilesOfTree(treeSize: number): { level: number; fullTiles: number; partialWidth: number }[] {
  const levels = [];
  for (let level = 0; Math.floor(treeSize / TILE_WIDTH ** level) > 0; level += 1) {
    const hashes = Math.floor(treeSize / TILE_WIDTH ** level);
    levels.push({ level, fullTiles: Math.floor(hashes / TILE_WIDTH), partialWidth: hashes % TILE_WIDTH });
  }
  return levels;
}

export function encodeEntryBundle(entries: readonly Uint8Array[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    if (entry.length > MAX_ENTRY_BYTES) throw new RangeError('tlog-tiles: an entry is at most 65535 bytes');
    const length = Buffer.alloc(2);
    length.writeUInt16BE(entry.length, 0);
    parts.push(length, Buffer.from(entry));
  }
  return Buffer.concat(parts);
}

/** The entries of a bundle; null when the bytes do not split exactly into length-prefixed entries. */
export function decodeEntryBundle(bytes: Uint8Array): Buffer[] | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: Buffer[] = [];
  let offset = 0;
  while (offset < buffer.length) {
    if (offset + 2 > buffer.length) return null;
    const length = buffer.readUInt16BE(offset);
    offset += 2;
    if (offset + length > buffer.length) return null;
    entries.push(buffer.subarray(offset, offset + length));
    offset += length;
  }
  return entries;
}
