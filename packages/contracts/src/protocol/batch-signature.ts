/**
 * One signature over a batch of messages (ADR 0023), as X-Road's batch signatures do: the signer
 * hashes each message's signing input (`header.payload`, exactly as a compact JWS would sign it) as a
 * leaf of an RFC 9162 Merkle tree, signs the tree's root once, and gives each message its own
 * inclusion proof. A batch-signed message is then
 *
 *     header.payload.proof.rootHeader.rootClaims.rootSignature
 *
 * where `proof` is base64url(leaf index as 4 bytes big-endian ‖ the audit path's 32-byte hashes) and
 * the last three parts are a plain compact JWS (typ `rse-batch+jwt`) of `{ iss, iat, jti, size, root }`.
 * Each message stays separable evidence: with its proof and the signed root anyone can check it alone,
 * with any JOSE library for the root and RFC 9162 for the proof, whatever happened to the others.
 *
 * A batch of one is a plain compact JWS: an idle sender and every receiver that knows only RFC 7515
 * see no change. The media type `application/rse-batch+jose` names the batch form on the wire; a
 * sender uses it only towards a receiver known to verify it (channel.ts).
 */
import { randomUUID, sign, verify, type KeyObject } from 'node:crypto';
import { HASH_SIZE, hashChildren, hashLeafText } from '../merkle/hashes.ts';
import { buildTree } from '../merkle/tree.ts';
import { verifyInclusion, type HashChildren } from '../merkle/verify.ts';
import { decodeBase64url, encodeBase64urlJson, parseJsonObject } from './jose-compact.ts';

export const BATCH_MEDIA_TYPE = 'application/rse-batch+jose';
export const BATCH_ROOT_TYPE = 'rse-batch+jwt';
/** A batch form has six dot-separated parts: the message's two, the proof, the root JWS's three. */
export const BATCH_PARTS = 6;
/** Beyond this many messages a batch is split: the proof stays under 12 hashes. */
export const MAX_BATCH_SIZE = 4096;

/** True when a token is in the batch form (it may still fail verification). */
export function isBatchForm(token: string): boolean {
  let dots = 0;
  for (let index = token.indexOf('.'); index !== -1; index = token.indexOf('.', index + 1)) dots += 1;
  return dots === BATCH_PARTS - 1;
}

/** The media type a signed token travels under. */
export const mediaTypeOf = (token: string): string => (isBatchForm(token) ? BATCH_MEDIA_TYPE : 'application/jose');

export type BatchSigner = { issuer: string; kid: string; privateKey: KeyObject };

/**
 * Signs the messages' signing inputs (`header.payload`, at least two) with one signature, and returns
 * each message's batch form, in order. The tree is built in memory at once (merkle/tree.ts `buildTree`, which the
 * tests hold to the log's own prover).
 */
export function signBatch(signingInputs: readonly string[], signer: BatchSigner, now: Date): string[] {
  if (signingInputs.length < 2 || signingInputs.length > MAX_BATCH_SIZE)
    throw new RangeError(`A batch has 2 to ${MAX_BATCH_SIZE} messages`);
  const tree = buildTree(signingInputs.map(hashLeafText));
  const header = encodeBase64urlJson({ alg: 'EdDSA', kid: signer.kid, typ: BATCH_ROOT_TYPE });
  const claims = encodeBase64urlJson({
    iss: signer.issuer,
    iat: Math.floor(now.getTime() / 1000),
    jti: randomUUID(),
    size: tree.treeSize,
    root: tree.rootHash.toString('base64url'),
  });
  const rootInput = `${header}.${claims}`;
  const rootJws = `${rootInput}.${sign(null, Buffer.from(rootInput, 'ascii'), signer.privateKey).toString('base64url')}`;
  return signingInputs.map((input, index) => {
    const auditPath = tree.auditPath(index);
    const proof = Buffer.allocUnsafe(4 + auditPath.length * HASH_SIZE);
    proof.writeUInt32BE(index, 0);
    auditPath.forEach((hash, at) => hash.copy(proof, 4 + at * HASH_SIZE));
    return `${input}.${proof.toString('base64url')}.${rootJws}`;
  });
}

export type BatchRoot = { iss: string; kid: string; iat: number; size: number; root: Buffer; signingInput: string; signature: Buffer };

export type OpenedBatch =
  | { ok: true; signingInput: string; leafIndex: number; auditPath: Buffer[]; root: BatchRoot; rootJws: string }
  | { ok: false; message: string };

/** Splits and decodes a batch form's proof and root (nothing is verified yet). */
export function openBatchForm(parts: readonly string[]): OpenedBatch {
  const [header = '', payload = '', proofPart = '', rootHeaderPart = '', rootClaimsPart = '', rootSignaturePart = ''] = parts;
  const proof = decodeBase64url(proofPart);
  if (!proof || proof.length < 4 || (proof.length - 4) % HASH_SIZE !== 0) return { ok: false, message: 'The batch proof is malformed.' };
  const auditPath: Buffer[] = [];
  for (let offset = 4; offset < proof.length; offset += HASH_SIZE) auditPath.push(proof.subarray(offset, offset + HASH_SIZE));
  const rootHeaderBytes = decodeBase64url(rootHeaderPart);
  const rootClaimsBytes = decodeBase64url(rootClaimsPart);
  const signature = decodeBase64url(rootSignaturePart);
  if (!rootHeaderBytes || !rootClaimsBytes || !signature) return { ok: false, message: 'A part of the batch root is not base64url.' };
  const rootHeader = parseJsonObject(rootHeaderBytes);
  const rootClaims = parseJsonObject(rootClaimsBytes);
  if (!rootHeader || !rootClaims) return { ok: false, message: 'The batch root is not JSON.' };
  if (rootHeader.alg !== 'EdDSA' || rootHeader.typ !== BATCH_ROOT_TYPE || 'crit' in rootHeader || 'b64' in rootHeader) {
    return { ok: false, message: `The batch root must be an EdDSA ${BATCH_ROOT_TYPE}.` };
  }
  const { kid } = rootHeader;
  const { iss, iat, size, root } = rootClaims;
  const rootHash = typeof root === 'string' ? decodeBase64url(root) : undefined;
  if (typeof kid !== 'string' || typeof iss !== 'string' || typeof iat !== 'number' || !Number.isFinite(iat)) {
    return { ok: false, message: 'The batch root has no kid, issuer or issued-at time.' };
  }
  if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 2 || size > MAX_BATCH_SIZE || rootHash?.length !== HASH_SIZE) {
    return { ok: false, message: 'The batch root has no valid size or root hash.' };
  }
  return {
    ok: true,
    signingInput: `${header}.${payload}`,
    leafIndex: proof.readUInt32BE(0),
    auditPath,
    root: { iss, kid, iat, size, root: rootHash, signingInput: `${rootHeaderPart}.${rootClaimsPart}`, signature },
    rootJws: `${rootHeaderPart}.${rootClaimsPart}.${rootSignaturePart}`,
  };
}

/**
 * True when the message's leaf is in the signed root's tree at its index (RFC 9162 §2.1.3.2). `nodes`, the cache of
 * the root's interior hashes (`VerifiedRoots.nodesOf`), lets the messages of one batch share the hashes their paths
 * have in common: the first message of a batch of n computes log2(n) of them, the others mostly one.
 */
export function isIncluded(opened: Extract<OpenedBatch, { ok: true }>, nodes?: NodeCache): boolean {
  return verifyInclusion(
    {
      leafHash: hashLeafText(opened.signingInput),
      leafIndex: opened.leafIndex,
      treeSize: opened.root.size,
      auditPath: opened.auditPath,
      rootHash: opened.root.root,
    },
    nodes?.combine,
  );
}

/**
 * A cache of `hashChildren` for one batch's tree: keyed by the two children's exact bytes, it answers only what
 * hashing them would, so a proof is accepted or refused exactly as without it. At most `limit` entries (twice the
 * tree's size: a tree of n leaves has n − 1 interior nodes), so proofs that lead nowhere cannot grow it further.
 */
export type NodeCache = { combine: HashChildren };

function createNodeCache(limit: number): NodeCache {
  const parents = new Map<string, Uint8Array>();
  const bytesOf = (hash: Uint8Array) =>
    (Buffer.isBuffer(hash) ? hash : Buffer.from(hash.buffer, hash.byteOffset, hash.byteLength)).toString('latin1');
  return {
    combine(left, right) {
      const key = bytesOf(left) + bytesOf(right);
      const known = parents.get(key);
      if (known) return known;
      const parent = hashChildren(left, right);
      if (parents.size < limit) parents.set(key, parent);
      return parent;
    },
  };
}

/**
 * The roots whose signature this receiver has already checked, so that the messages of one batch cost
 * one verification between them. Keyed by the whole root JWS; a hit counts only for the very key it was
 * verified with, so a key removed from the registry is never trusted from the cache. The most recent
 * `maxNodeCaches` of them also keep their tree's interior hashes (`nodesOf`): the messages of a batch arrive
 * together, so a few suffice, and memory stays bounded: at most 2 × 4,096 hashes each (≈ 3 MB), ≈ 45 MB in all
 * at the default of 16 (measured), and a few MB for the batches of a few hundred messages seen under load.
 */
export type VerifiedRoots = {
  isVerified(rootJws: string, key: KeyObject): boolean;
  remember(rootJws: string, key: KeyObject): void;
  /** The hash cache of a root this receiver has verified (undefined for any other root). */
  nodesOf(rootJws: string, size: number): NodeCache | undefined;
};

export function createVerifiedRoots(maxEntries = 4096, maxNodeCaches = 16): VerifiedRoots {
  const roots = new Map<string, KeyObject>();
  const caches = new Map<string, NodeCache>();
  return {
    isVerified(rootJws, key) {
      return roots.get(rootJws)?.equals(key) === true;
    },
    remember(rootJws, key) {
      if (roots.size >= maxEntries) roots.delete(roots.keys().next().value as string);
      roots.set(rootJws, key);
    },
    nodesOf(rootJws, size) {
      if (!roots.has(rootJws)) return undefined;
      let cache = caches.get(rootJws);
      if (!cache) {
        if (caches.size >= maxNodeCaches) caches.delete(caches.keys().next().value as string);
        cache = createNodeCache(2 * size);
        caches.set(rootJws, cache);
      }
      return cache;
    },
  };
}

/** Verifies the root's signature with the issuer's key, through the cache of verified roots. */
export function isRootSignatureValid(root: BatchRoot, rootJws: string, key: KeyObject, cache: VerifiedRoots | undefined): boolean {
  if (cache?.isVerified(rootJws, key)) return true;
  if (root.signature.length !== 64) return false;
  const isValid = verify(null, Buffer.from(root.signingInput, 'ascii'), key, root.signature);
  if (isValid) cache?.remember(rootJws, key);
  return isValid;
}
