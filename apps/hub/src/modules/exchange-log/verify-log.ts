/**
 * The auditor's check of the whole exchange log (issue scope 5): recompute every leaf hash from the
 * stored leaf bytes, rebuild the tree with the RFC 9162 definition (a running root, O(log n) memory)
 * and check every signed tree head — its signature by the hub's key and its root at its size — and
 * every published checkpoint (ADR 0017) the same way, whichever hub process signed it (ADR 0019). Any
 * changed, missing or reordered entry is named. Streams the log in pages, so it runs on a log of
 * tens of millions of entries; `onProgress` reports how far it is.
 */
import type { KeyObject } from 'node:crypto';
import type { Queryable } from '#platform/db.ts';
import { createRootAccumulator } from '#contracts/merkle/accumulator.ts';
import { encodeHash, hashLeaf } from '#contracts/merkle/hashes.ts';
import { parseCheckpointText } from '#contracts/tlog/checkpoint.ts';
import { isNoteSignedBy, parseNote } from '#contracts/tlog/note.ts';
import { verifyTreeHead } from './tree-head.ts';

export type LogVerification =
  | { isValid: true; treeSize: number; treeHeads: number; checkpoints: number }
  | { isValid: false; treeSize: number; treeHeads: number; checkpoints: number; problems: string[] };

const PAGE = 10_000;
const MAX_PROBLEMS = 1_000;

export async function verifyWholeLog(
  db: Queryable,
  hubSigningKey: KeyObject,
  options: { onProgress?: (checked: number, total: number) => void } = {},
): Promise<LogVerification> {
  const problems: string[] = [];
  const report = (problem: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push(problem);
  };
  const heads = await db.query<{ tree_size: string; root_hash: Buffer; signature: string }>(
    'SELECT tree_size, root_hash, signature FROM tree_heads ORDER BY tree_size',
  );
  const checkpoints = await db.query<{ tree_size: string; root_hash: Buffer; note: string }>(
    'SELECT tree_size, root_hash, note FROM log_checkpoints ORDER BY tree_size',
  );
  const total = Number((await db.one<{ n: string }>('SELECT count(*) AS n FROM log_leaves'))!.n);
  const accumulator = createRootAccumulator();
  let nextHead = 0;
  let nextCheckpoint = 0;
  const checkHeadsAt = (size: number) => {
    while (nextHead < heads.length && Number(heads[nextHead]!.tree_size) === size) {
      const head = heads[nextHead]!;
      nextHead += 1;
      const signed = verifyTreeHead(head.signature, hubSigningKey);
      if (!signed || signed.treeSize !== size || signed.rootHash !== encodeHash(head.root_hash)) {
        report(`signed tree head ${size} has an invalid signature`);
        continue;
      }
      if (encodeHash(accumulator.root()) !== signed.rootHash) report(`signed tree head ${size} does not match the recomputed tree`);
    }
    while (nextCheckpoint < checkpoints.length && Number(checkpoints[nextCheckpoint]!.tree_size) === size) {
      const row = checkpoints[nextCheckpoint]!;
      nextCheckpoint += 1;
      // The hub's signature (the key name is the checkpoint's origin); the witnesses' cosignatures are theirs to check.
      const note = parseNote(row.note);
      const checkpoint = note ? parseCheckpointText(note.text) : null;
      if (
        !note ||
        !checkpoint ||
        !isNoteSignedBy(note, { name: checkpoint.origin, publicKey: hubSigningKey }) ||
        checkpoint.treeSize !== size ||
        !checkpoint.rootHash.equals(row.root_hash)
      ) {
        report(`checkpoint ${size} has an invalid signature`);
        continue;
      }
      if (!checkpoint.rootHash.equals(accumulator.root())) report(`checkpoint ${size} does not match the recomputed tree`);
    }
  };
  checkHeadsAt(0);
  for (let from = 0; ; from += PAGE) {
    const leaves = await db.query<{ leaf_index: string; leaf: Buffer; leaf_hash: Buffer; node_hash: Buffer | null }>(
      `SELECT l.leaf_index, l.leaf, l.leaf_hash, n.hash AS node_hash FROM log_leaves l LEFT JOIN log_nodes n ON n.level = 0 AND n.node_index = l.leaf_index
        WHERE l.leaf_index >= $1 AND l.leaf_index < $2 ORDER BY l.leaf_index`,
      [from, from + PAGE],
    );
    if (leaves.length === 0 && from >= total) break;
    for (const row of leaves) {
      const index = Number(row.leaf_index);
      while (accumulator.size < index) {
        report(`entry ${accumulator.size} is missing`);
        return { isValid: false, treeSize: accumulator.size, treeHeads: heads.length, checkpoints: checkpoints.length, problems };
      }
      const recomputed = hashLeaf(row.leaf);
      if (!recomputed.equals(row.leaf_hash) || (row.node_hash && !row.node_hash.equals(recomputed))) {
        report(`entry ${index} was changed: its content no longer matches its hash`);
      }
      accumulator.add(recomputed);
      checkHeadsAt(accumulator.size);
    }
    options.onProgress?.(accumulator.size, total);
    if (leaves.length < PAGE && accumulator.size >= total) break;
  }
  for (; nextHead < heads.length; nextHead += 1) report(`signed tree head ${heads[nextHead]!.tree_size} covers entries that are missing`);
  for (; nextCheckpoint < checkpoints.length; nextCheckpoint += 1)
    report(`checkpoint ${checkpoints[nextCheckpoint]!.tree_size} covers entries that are missing`);
  const counts = { treeSize: accumulator.size, treeHeads: heads.length, checkpoints: checkpoints.length };
  return problems.length === 0 ? { isValid: true, ...counts } : { isValid: false, ...counts, problems };
}
