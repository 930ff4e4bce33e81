/**
 * The exchange log as a C2SP tiled log (ADR 0017), beside the RFC 9162 endpoints of ADR 0007:
 *
 * - tiles and entry bundles are read from the same immutable rows (`log_nodes`, `log_leaves`): the
 *   tile at level l is the complete subtree hashes at Merkle height 8·l, so serving one is a range scan;
 * - a checkpoint (signed note, Ed25519 by the hub) is published only once a quorum of k of the n
 *   configured witnesses cosigned it (tlog-witness add-checkpoint, tlog-cosignature). Each witness
 *   checks it extends the last one it cosigned, so a hub that shows two different trees to two groups
 *   of readers cannot get both cosigned by a quorum (a split view is refused, nothing is published).
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Logger } from '#platform/logger.ts';
import { createPeriodicTask } from '#platform/periodic.ts';
import { encodeHash } from '#contracts/merkle/hashes.ts';
import { signCheckpoint } from '#contracts/tlog/checkpoint.ts';
import { countCosigners, verifyCosignature } from '#contracts/tlog/cosignature.ts';
import { formatVerifierKey, parseSignatureLines, SIGNATURE_TYPE_ED25519 } from '#contracts/tlog/note.ts';
import { encodeEntryBundle, TILE_HEIGHT, TILE_WIDTH, type TileRef } from '#contracts/tlog/tiles.ts';
import { formatAddCheckpoint, TLOG_SIZE_CONTENT_TYPE } from '#contracts/tlog/witness-protocol.ts';
import { formatTlogProof } from '#contracts/tlog/proof.ts';
import type { PublishedCheckpoint, TlogRepository } from './tlog.repository.ts';

/** One witness the hub asks: its name and cosigning key, and how to reach its add-checkpoint. */
export type WitnessEndpoint = {
  name: string;
  publicKey: KeyObject;
  addCheckpoint(body: string): Promise<{ status: number; contentType: string; text: string }>;
};

export type TlogDeps = {
  repository: TlogRepository;
  /** The RFC 9162 log: its size, roots and consistency proofs (exchange-log.service.ts). */
  tree: {
    currentSize(): Promise<number>;
    rootAt(size: number): Promise<Buffer>;
    consistencyPath(first: number, second: number): Promise<Buffer[]>;
    inclusionPath?(leafIndex: number, size: number): Promise<Buffer[]>;
  };
  origin: string;
  signing: { privateKey: KeyObject };
  witnesses: readonly WitnessEndpoint[];
  /** k of the n witnesses; 0 publishes on the hub's signature alone (a hub without witnesses). */
  quorum: number;
  log: Logger;
  /**
   * Runs a publication while holding the hub-wide publication lock (a PostgreSQL advisory lock): two
   * hub processes publishing at once take turns, and the second finds the first's checkpoint instead
   * of asking the witnesses for an older size they would refuse (ADR 0019). Without it: in turn in this process only.
   */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
};

export type PublishResult =
  | { published: true; checkpoint: PublishedCheckpoint }
  | { published: false; treeSize: number; cosigners: string[]; reasons: Record<string, string> };

export function createTlog(deps: TlogDeps) {
  let witnesses = deps.witnesses;
  let quorum = deps.quorum;
  if (quorum > witnesses.length) throw new Error('tlog: the quorum exceeds the number of witnesses');
  /** The size each witness last cosigned, as the hub learned it (corrected by a 409 answer). */
  const witnessSizes = new Map<string, number>();
  let turn: Promise<unknown> = Promise.resolve();
  const exclusive: <T>(work: () => Promise<T>) => Promise<T> =
    deps.exclusive ??
    (<T>(work: () => Promise<T>) => {
      const next = turn.then(work, work);
      turn = next.catch(() => undefined);
      return next;
    });

  async function askWitness(witness: WitnessEndpoint, checkpoint: { treeSize: number; text: string; note: string }): Promise<string> {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const oldSize = Math.min(witnessSizes.get(witness.name) ?? 0, checkpoint.treeSize);
      const proof = oldSize === 0 ? [] : await deps.tree.consistencyPath(oldSize, checkpoint.treeSize);
      const answer = await witness.addCheckpoint(formatAddCheckpoint({ oldSize, proof, checkpoint: checkpoint.note }));
      if (answer.status === 200) {
        const lines = parseSignatureLines(answer.text);
        const valid = (lines ?? []).filter((line) => verifyCosignature(checkpoint.text, line, witness) !== null);
        if (valid.length === 0) throw new Error('the witness answered without a valid cosignature');
        witnessSizes.set(witness.name, checkpoint.treeSize);
        return answer.text
          .split('\n')
          .filter((line) => line !== '' && valid.some((signature) => line.startsWith(`\u2014 ${signature.name} `)))
          .map((line) => `${line}\n`)
          .join('');
      }
      if (answer.status === 409 && answer.contentType.startsWith(TLOG_SIZE_CONTENT_TYPE) && /^(0|[1-9][0-9]*)\n$/.test(answer.text)) {
        const known = Number(answer.text.trim());
        if (attempt === 0 && known !== oldSize && known <= checkpoint.treeSize) {
          witnessSizes.set(witness.name, known);
          continue;
        }
      }
      throw new Error(`the witness refused the checkpoint (HTTP ${answer.status})`);
    }
    throw new Error('the witness refused the checkpoint');
  }

  /**
   * Signs a checkpoint of the current tree, collects cosignatures and stores it only with a quorum.
   * A tree that did not grow since the last published checkpoint publishes nothing new.
   */
  async function publishNow(): Promise<PublishResult> {
    const latest = await deps.repository.latestCheckpoint();
    const treeSize = await deps.tree.currentSize();
    if (latest && latest.treeSize >= treeSize) return { published: true, checkpoint: latest };
    // A witness that cosigned the latest checkpoint (perhaps asked by another hub process) knows at least its size.
    for (const name of latest?.cosigners ?? [])
      if ((witnessSizes.get(name) ?? 0) < latest!.treeSize) witnessSizes.set(name, latest!.treeSize);
    const rootHash = await deps.tree.rootAt(treeSize);
    const note = signCheckpoint({ origin: deps.origin, treeSize, rootHash }, { name: deps.origin, privateKey: deps.signing.privateKey });
    const text = note.slice(0, note.lastIndexOf('\n\n') + 1);
    const reasons: Record<string, string> = {};
    const answers = await Promise.all(
      witnesses.map(async (witness) => {
        try {
          return await askWitness(witness, { treeSize, text, note });
        } catch (error) {
          reasons[witness.name] = error instanceof Error ? error.message : 'unreachable';
          return '';
        }
      }),
    );
    const cosigned = note + answers.join('');
    const cosigners = countCosigners(text, parseSignatureLines(answers.join('')) ?? [], witnesses);
    if (cosigners.length < quorum) {
      await deps.repository.insertFailure({ treeSize, rootHash, cosigners, reasons });
      // No person data: sizes and witness names only.
      deps.log.error({ treeSize, cosigners, quorum, reasons }, 'exchange log checkpoint NOT published: no witness quorum');
      return { published: false, treeSize, cosigners, reasons };
    }
    await deps.repository.insertCheckpoint({ treeSize, rootHash, note: cosigned, cosigners });
    deps.log.debug({ treeSize, rootHash: encodeHash(rootHash), cosigners }, 'exchange log checkpoint published');
    return { published: true, checkpoint: (await deps.repository.latestCheckpoint())! };
  }

  const publishing = createPeriodicTask(() => exclusive(publishNow), {
    onError: (error) => deps.log.error({ err: error }, 'exchange log checkpoint: publication failed'),
    whileRunning: 'rerun',
  });

  return {
    origin: deps.origin,
    /** The hub's log key as a vkey (Ed25519, type 0x01), what a witness operator configures (WITNESS_LOG_KEY). */
    verifierKey: () => formatVerifierKey(deps.origin, SIGNATURE_TYPE_ED25519, deps.signing.privateKey),
    /** What a node of this process trusts to check key proofs (the embedded federation; ADR 0017). */
    trust() {
      return {
        origin: deps.origin,
        logKey: createPublicKey(deps.signing.privateKey),
        witnesses: witnesses.map((witness) => ({ name: witness.name, publicKey: witness.publicKey })),
        quorum,
      };
    },
    /** Who cosigns from now on (the embedded federation starts its witnesses after the hub). */
    useWitnesses(next: readonly WitnessEndpoint[], nextQuorum: number) {
      if (nextQuorum > next.length) throw new Error('tlog: the quorum exceeds the number of witnesses');
      witnesses = next;
      quorum = nextQuorum;
      witnessSizes.clear();
    },
    get quorum() {
      return quorum;
    },
    get witnessNames() {
      return witnesses.map((witness) => witness.name);
    },
    /** Publishes a checkpoint every `intervalMs` when the log grew (one at a time). */
    start: publishing.start,
    stop: publishing.stop,
    /** The checkpoint to serve: the latest one published with its quorum. */
    latestCheckpoint: () => deps.repository.latestCheckpoint(),

    /**
     * Signs a checkpoint of the current tree, collects cosignatures and stores it only with a quorum
     * (after the publication under way, if any). A tree that did not grow since the last published
     * checkpoint publishes nothing new. One publication at a time across every hub process (`exclusive`).
     */
    publish: (): Promise<PublishResult> => publishing.run(),

    /**
     * The offline proof (C2SP tlog-proof) of one entry against the latest published checkpoint, the
     * entry itself in `extra` — what a letter or notice about an exchange can carry. Null when the
     * entry is not yet covered by a published checkpoint.
     */
    async offlineProof(leafIndex: number): Promise<string | null> {
      const checkpoint = await deps.repository.latestCheckpoint();
      if (!checkpoint || leafIndex >= checkpoint.treeSize || !deps.tree.inclusionPath) return null;
      const [entry] = await deps.repository.entries(leafIndex, 1);
      if (!entry) return null;
      const proof = await deps.tree.inclusionPath(leafIndex, checkpoint.treeSize);
      return formatTlogProof({ extra: entry, index: leafIndex, proof, checkpoint: checkpoint.note });
    },

    /**
     * A tile's bytes, or null when it does not exist (yet): a full tile once its 256 hashes exist, a
     * partial one of exactly width W when at least W exist — the hashes of a tile never change, so a
     * partial tile is a prefix of the full one.
     */
    async readTile(ref: TileRef): Promise<Buffer | null> {
      if (ref.kind === 'entries') {
        const entries = await deps.repository.entries(ref.index * TILE_WIDTH, ref.width);
        return entries.length === ref.width ? encodeEntryBundle(entries) : null;
      }
      const hashes = await deps.repository.subtreeHashes(ref.level * TILE_HEIGHT, ref.index * TILE_WIDTH, ref.width);
      return hashes.length === ref.width ? Buffer.concat(hashes) : null;
    },
  };
}

export type TlogService = ReturnType<typeof createTlog>;
