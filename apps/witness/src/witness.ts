/**
 * The rules of a tlog witness (C2SP tlog-witness, add-checkpoint), pure: given the request and what
 * the witness stored for the origin, the answer — cosign, or the status the spec names. The service
 * (witness.service.ts) stores the new size by compare-and-swap and signs.
 */
import type { KeyObject } from 'node:crypto';
import { verifyConsistency } from '#contracts/merkle/verify.ts';
import { openCheckpoint, parseCheckpointText } from '#contracts/tlog/checkpoint.ts';
import { parseNote } from '#contracts/tlog/note.ts';
import { parseAddCheckpoint } from '#contracts/tlog/witness-protocol.ts';

/** A log the witness follows: its origin and the key (name = origin by convention) that signs its checkpoints. */
export type FollowedLog = { origin: string; name: string; publicKey: KeyObject };
export type StoredState = { treeSize: number; rootHash: Buffer } | null;

export type Verdict =
  | { kind: 'cosign'; origin: string; treeSize: number; rootHash: Buffer; text: string; checkpoint: string; oldSize: number }
  | { kind: 'refuse'; status: 400 | 403 | 404 | 422; code: string; message: string; evidence?: Evidence }
  | { kind: 'conflict'; storedSize: number; code: string; message: string; evidence?: Evidence };

/** A refusal of a validly signed checkpoint, worth keeping. */
export type Evidence = { origin: string; reason: string; presentedSize: number; presentedRoot: Buffer; checkpoint: string };

/** First step: the request and its signature, before reading the stored state. */
export function readRequest(
  body: string,
  logs: readonly FollowedLog[],
):
  | { ok: true; oldSize: number; proof: Buffer[]; log: FollowedLog; checkpoint: string; text: string; treeSize: number; rootHash: Buffer }
  | Extract<Verdict, { kind: 'refuse' }> {
  const request = parseAddCheckpoint(body);
  if (!request)
    return { kind: 'refuse', status: 400, code: 'witness.malformed', message: 'Not an add-checkpoint body (C2SP tlog-witness).' };
  const note = parseNote(request.checkpoint);
  const unsigned = note ? parseCheckpointText(note.text) : null;
  if (!note || !unsigned)
    return { kind: 'refuse', status: 400, code: 'witness.malformed', message: 'The checkpoint is not a signed note.' };
  const log = logs.find((candidate) => candidate.origin === unsigned.origin);
  if (!log) return { kind: 'refuse', status: 404, code: 'witness.unknown-log', message: 'This witness does not follow that log.' };
  const opened = openCheckpoint(request.checkpoint, log);
  if (!opened)
    return { kind: 'refuse', status: 403, code: 'witness.bad-signature', message: "The checkpoint is not signed by the log's key." };
  if (request.oldSize > unsigned.treeSize)
    return { kind: 'refuse', status: 400, code: 'witness.old-size-too-large', message: 'The old size exceeds the checkpoint size.' };
  return {
    ok: true,
    oldSize: request.oldSize,
    proof: request.proof,
    log,
    checkpoint: request.checkpoint,
    text: note.text,
    treeSize: unsigned.treeSize,
    rootHash: unsigned.rootHash,
  };
}

/** Second step: against what the witness cosigned last for that origin. */
export function judge(request: Extract<ReturnType<typeof readRequest>, { ok: true }>, stored: StoredState): Verdict {
  const storedSize = stored?.treeSize ?? 0;
  const evidence = (reason: string): Evidence => ({
    origin: request.log.origin,
    reason,
    presentedSize: request.treeSize,
    presentedRoot: request.rootHash,
    checkpoint: request.checkpoint,
  });
  if (request.oldSize !== storedSize)
    return {
      kind: 'conflict',
      storedSize,
      code: 'witness.old-size-mismatch',
      message: 'The old size is not the size this witness cosigned last.',
    };
  const cosign: Verdict = {
    kind: 'cosign',
    origin: request.log.origin,
    treeSize: request.treeSize,
    rootHash: request.rootHash,
    text: request.text,
    checkpoint: request.checkpoint,
    oldSize: request.oldSize,
  };
  if (stored && request.treeSize === stored.treeSize) {
    if (!request.rootHash.equals(stored.rootHash))
      return {
        kind: 'conflict',
        storedSize,
        code: 'witness.split-view',
        message: 'Another tree of the same size was cosigned: the log shows two different views.',
        evidence: evidence('same size, different root'),
      };
    return request.proof.length === 0
      ? cosign
      : { kind: 'refuse', status: 422, code: 'witness.proof-invalid', message: 'A proof between equal sizes is empty.' };
  }
  if (!stored || storedSize === 0) {
    return request.proof.length === 0
      ? cosign
      : { kind: 'refuse', status: 422, code: 'witness.proof-invalid', message: 'The proof from size 0 is empty.' };
  }
  const isConsistent = verifyConsistency({
    first: stored.treeSize,
    second: request.treeSize,
    firstRoot: stored.rootHash,
    secondRoot: request.rootHash,
    consistencyPath: request.proof,
  });
  if (!isConsistent)
    return {
      kind: 'refuse',
      status: 422,
      code: 'witness.inconsistent',
      message: 'The consistency proof does not lead from the cosigned tree to this one.',
      evidence: evidence('consistency proof does not verify'),
    };
  return cosign;
}
