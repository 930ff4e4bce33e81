/**
 * One witness (ADR 0017): follows the hub's exchange log and cosigns a checkpoint only if it extends
 * the last one it cosigned (C2SP tlog-witness add-checkpoint; tlog-cosignature/v1). Its state is one
 * row per log in its own PostgreSQL database, moved forward by compare-and-swap.
 */
import type { KeyObject } from 'node:crypto';
import type { Logger } from '#platform/logger.ts';
import { cosign } from '#contracts/tlog/cosignature.ts';
import { formatVerifierKey, SIGNATURE_TYPE_COSIGNATURE_V1 } from '#contracts/tlog/note.ts';
import { TLOG_SIZE_CONTENT_TYPE } from '#contracts/tlog/witness-protocol.ts';
import { judge, readRequest, type FollowedLog } from './witness.ts';
import type { WitnessRepository } from './witness.repository.ts';

export type WitnessAnswer = { status: number; contentType: string; body: string; code?: string };

export type WitnessDeps = {
  /** The witness's name (a schema-less URL, e.g. `witness.apd-gba.example/rse`). */
  name: string;
  privateKey: KeyObject;
  logs: readonly FollowedLog[];
  repository: WitnessRepository;
  clock: () => Date;
  log: Logger;
};

export function createWitness(deps: WitnessDeps) {
  const text = (status: number, body: string, code?: string, contentType = 'text/plain; charset=utf-8'): WitnessAnswer => ({
    status,
    contentType,
    body,
    ...(code ? { code } : {}),
  });
  return {
    name: deps.name,
    /** The witness's cosigning key as a vkey (type 0x04), what a log operator configures. */
    verifierKey: () => formatVerifierKey(deps.name, SIGNATURE_TYPE_COSIGNATURE_V1, deps.privateKey),
    followed: () => deps.repository.followed(),
    refusals: (limit = 50) => deps.repository.refusals(limit),

    async addCheckpoint(body: string): Promise<WitnessAnswer> {
      const request = readRequest(body, deps.logs);
      if (!('ok' in request)) return text(request.status, `${request.message}\n`, request.code);
      const stored = await deps.repository.state(request.log.origin);
      const verdict = judge(request, stored);
      if (verdict.kind !== 'cosign') {
        if (verdict.evidence) {
          await deps.repository.recordRefusal(verdict.evidence, stored);
          // Sizes and origin only: a log's checkpoint carries no personal data, but keep the line short.
          deps.log.error(
            {
              origin: request.log.origin,
              reason: verdict.evidence.reason,
              storedSize: stored?.treeSize ?? 0,
              presentedSize: request.treeSize,
            },
            'WITNESS: refused a checkpoint the log signed',
          );
        }
        if (verdict.kind === 'conflict') return text(409, `${verdict.storedSize}\n`, verdict.code, TLOG_SIZE_CONTENT_TYPE);
        return text(verdict.status, `${verdict.message}\n`, verdict.code);
      }
      const moved = await deps.repository.compareAndSwap(verdict.origin, verdict.oldSize, {
        treeSize: verdict.treeSize,
        rootHash: verdict.rootHash,
        checkpoint: verdict.checkpoint,
      });
      if (!moved) {
        const now = await deps.repository.state(verdict.origin);
        return text(409, `${now?.treeSize ?? 0}\n`, 'witness.old-size-mismatch', TLOG_SIZE_CONTENT_TYPE);
      }
      const timestamp = Math.floor(deps.clock().getTime() / 1000);
      return text(200, cosign(verdict.text, timestamp, { name: deps.name, privateKey: deps.privateKey }));
    },
  };
}

export type Witness = ReturnType<typeof createWitness>;
