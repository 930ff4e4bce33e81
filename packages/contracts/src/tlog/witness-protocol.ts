/**
 * The body of C2SP tlog-witness `add-checkpoint`: `old <size>\n`, zero to 63 consistency proof lines
 * (one base64 hash each), an empty line, then the signed checkpoint. The answer on success is one or
 * more note signature lines; on a size conflict, 409 with `text/x.tlog.size` and the witness's size.
 */
import { decodeHash, encodeHash } from '../merkle/hashes.ts';

export const MAX_PROOF_LINES = 63;
export const TLOG_SIZE_CONTENT_TYPE = 'text/x.tlog.size';

export type AddCheckpointRequest = { oldSize: number; proof: Buffer[]; checkpoint: string };

export function formatAddCheckpoint(request: { oldSize: number; proof: readonly Uint8Array[]; checkpoint: string }): string {
  if (request.proof.length > MAX_PROOF_LINES) throw new RangeError('tlog-witness: at most 63 proof lines');
  return `old ${request.oldSize}\n${request.proof.map((hash) => `${encodeHash(hash)}\n`).join('')}\n${request.checkpoint}`;
}

/** Null when the body is not exactly the format (the witness then answers 400). */
export function parseAddCheckpoint(body: string): AddCheckpointRequest | null {
  const match = /^old (0|[1-9][0-9]*)\n/.exec(body);
  if (!match) return null;
  const oldSize = Number(match[1]);
  if (!Number.isSafeInteger(oldSize)) return null;
  let offset = match[0].length;
  const proof: Buffer[] = [];
  for (;;) {
    const end = body.indexOf('\n', offset);
    if (end < 0) return null;
    const line = body.slice(offset, end);
    offset = end + 1;
    if (line === '') break;
    const hash = decodeHash(line);
    if (!hash.ok || proof.length === MAX_PROOF_LINES) return null;
    proof.push(hash.hash);
  }
  return { oldSize, proof, checkpoint: body.slice(offset) };
}
