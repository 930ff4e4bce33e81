/**
 * C2SP tlog-checkpoint (c2sp.org/tlog-checkpoint): the note text of a transparency log's tree head —
 * the origin line, the tree size in decimal without leading zeroes, the base64 root hash, then
 * optional non-empty extension lines — each ending in a newline. We write no extension lines.
 */
import { decodeHash, encodeHash } from '../merkle/hashes.ts';
import { isNoteSignedBy, parseNote, signNote, type NoteSigner, type NoteVerifier, type ParsedNote } from './note.ts';

export type Checkpoint = { origin: string; treeSize: number; rootHash: Buffer; extensions: string[] };

export function formatCheckpoint(checkpoint: { origin: string; treeSize: number; rootHash: Uint8Array; extensions?: string[] }): string {
  if (checkpoint.origin === '' || checkpoint.origin.includes('\n')) throw new TypeError('checkpoint: the origin is one non-empty line');
  if (!Number.isSafeInteger(checkpoint.treeSize) || checkpoint.treeSize < 0) throw new TypeError('checkpoint: invalid tree size');
  const extensions = checkpoint.extensions ?? [];
  if (extensions.some((line) => line === '' || line.includes('\n'))) throw new TypeError('checkpoint: extension lines are non-empty');
  return [checkpoint.origin, String(checkpoint.treeSize), encodeHash(checkpoint.rootHash), ...extensions]
    .map((line) => `${line}\n`)
    .join('');
}

/** Reads a checkpoint's note text; null when it is not exactly the format. */
export function parseCheckpointText(text: string): Checkpoint | null {
  if (!text.endsWith('\n')) return null;
  const lines = text.slice(0, -1).split('\n');
  if (lines.length < 3 || lines.some((line) => line === '')) return null;
  const [origin, size, root, ...extensions] = lines as [string, string, string, ...string[]];
  if (!/^(0|[1-9][0-9]*)$/.test(size)) return null;
  const treeSize = Number(size);
  if (!Number.isSafeInteger(treeSize)) return null;
  const rootHash = decodeHash(root);
  if (!rootHash.ok) return null;
  return { origin, treeSize, rootHash: rootHash.hash, extensions };
}

/** The log's signed checkpoint: the note text signed by the log key whose name is the origin. */
export function signCheckpoint(checkpoint: { origin: string; treeSize: number; rootHash: Uint8Array }, signer: NoteSigner): string {
  return signNote(formatCheckpoint(checkpoint), [signer]);
}

export type OpenedCheckpoint = { note: ParsedNote; checkpoint: Checkpoint };

/** Parses a signed checkpoint and checks the log's signature and origin; null otherwise. */
export function openCheckpoint(signed: string, log: NoteVerifier & { origin: string }): OpenedCheckpoint | null {
  const note = parseNote(signed);
  if (!note) return null;
  const checkpoint = parseCheckpointText(note.text);
  if (!checkpoint || checkpoint.origin !== log.origin) return null;
  if (!isNoteSignedBy(note, log)) return null;
  return { note, checkpoint };
}
