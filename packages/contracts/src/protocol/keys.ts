/**
 * An institution's key material for the exchange protocol (architecture principles 4 and 5): an
 * Ed25519 pair that signs every message it sends and an X25519 pair to which providers encrypt the
 * summaries it receives. Keys stay parsed `KeyObject`s for the life of the process — importing a key
 * costs more than using it, so nothing here is meant to run per message.
 *
 * The private halves live in PKCS#8 PEM files (mode 0600) on the institution's own node; only the
 * public halves leave it, as the JWKS published in the hub's registry. A `kid` is the RFC 7638 JWK
 * thumbprint of the public key, so it is derived, never stored, and identical on every node.
 */
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createFileIfAbsent, readFileIfExists } from '#platform/secret-file.ts';
import { isRecord } from './jose-compact.ts';

export type KeyPair = { kid: string; privateKey: KeyObject; publicKey: KeyObject };

export type InstitutionKeys = {
  /** Ed25519: signs the messages this institution sends. */
  signing: KeyPair;
  /** X25519: summaries for this institution are encrypted to it. */
  encryption: KeyPair;
};

export type PublicKeyRef = { kid: string; publicKey: KeyObject };

/** The public halves, which is all `toPublicJwks` needs (an `InstitutionKeys` fits too). */
export type InstitutionPublicKeys = { signing: PublicKeyRef; encryption: PublicKeyRef };

export type SigningJwk = { kty: 'OKP'; crv: 'Ed25519'; use: 'sig'; kid: string; alg: 'EdDSA'; x: string };
export type EncryptionJwk = { kty: 'OKP'; crv: 'X25519'; use: 'enc'; kid: string; alg: 'ECDH-ES'; x: string };
export type PublicJwks = { keys: (SigningJwk | EncryptionJwk)[] };

export type ImportJwksResult =
  | { ok: true; signing: PublicKeyRef[]; encryption: PublicKeyRef[] }
  | { ok: false; code: 'jwks.malformed' | 'jwks.unsupported-key' | 'jwks.private-key' | 'jwks.duplicate-kid'; message: string };

export const SIGNING_KEY_FILE = 'signing-ed25519.pem';
export const ENCRYPTION_KEY_FILE = 'encryption-x25519.pem';

/** A registry entry has a handful of keys (current ones plus those being rotated out). */
const MAX_JWKS_KEYS = 16;
const KID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
const OKP_X_PATTERN = /^[A-Za-z0-9_-]{43}$/;

type OkpCurve = 'Ed25519' | 'X25519';

function readOkpX(publicKey: KeyObject): string {
  const jwk = publicKey.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new TypeError('The key is not an OKP key');
  return jwk.x;
}

/** RFC 7638 thumbprint: SHA-256 over the required members in lexicographic order, base64url. */
export function computeKid(publicKey: KeyObject): string {
  const curve = curveOf(publicKey);
  const canonical = `{"crv":"${curve}","kty":"OKP","x":"${readOkpX(publicHalf(publicKey))}"}`;
  return createHash('sha256').update(canonical).digest('base64url');
}

function curveOf(key: KeyObject): OkpCurve {
  if (key.asymmetricKeyType === 'ed25519') return 'Ed25519';
  if (key.asymmetricKeyType === 'x25519') return 'X25519';
  throw new TypeError(`Expected an Ed25519 or X25519 key, got ${String(key.asymmetricKeyType)}`);
}

function toKeyPair(privateKey: KeyObject, expected: 'ed25519' | 'x25519'): KeyPair {
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== expected) {
    throw new TypeError(`Expected a private ${expected} key, got a ${privateKey.type} ${String(privateKey.asymmetricKeyType)} key`);
  }
  const publicKey = createPublicKey(privateKey);
  return { kid: computeKid(publicKey), privateKey, publicKey };
}

/**
 * A new private key, read back from its PKCS #8 encoding: the KeyObject shares nothing with the generation
 * job, whose destructor would take the key's mutex while an export of the key holds it (a hang on Node 20;
 * see BASE_POINT in encryption.ts). Rare enough (a key is made once) to pay the slower DER import.
 */
function generatePrivateKey(type: 'ed25519' | 'x25519'): KeyObject {
  const encoded: Buffer =
    type === 'ed25519'
      ? generateKeyPairSync('ed25519', {
          publicKeyEncoding: { type: 'spki', format: 'der' },
          privateKeyEncoding: { type: 'pkcs8', format: 'der' },
        }).privateKey
      : generateKeyPairSync('x25519', {
          publicKeyEncoding: { type: 'spki', format: 'der' },
          privateKeyEncoding: { type: 'pkcs8', format: 'der' },
        }).privateKey;
  return createPrivateKey({ key: encoded, format: 'der', type: 'pkcs8' });
}

export function generateInstitutionKeys(): InstitutionKeys {
  return {
    signing: toKeyPair(generatePrivateKey('ed25519'), 'ed25519'),
    encryption: toKeyPair(generatePrivateKey('x25519'), 'x25519'),
  };
}

/** A private KeyObject passed by mistake must not leak its `d` into a published JWKS. */
function publicHalf(key: KeyObject): KeyObject {
  return key.type === 'private' ? createPublicKey(key) : key;
}

/** The JWKS the institution registers at the hub. Never contains private members. */
export function toPublicJwks(keys: InstitutionPublicKeys): PublicJwks {
  if (curveOf(keys.signing.publicKey) !== 'Ed25519') throw new TypeError('The signing key must be Ed25519');
  if (curveOf(keys.encryption.publicKey) !== 'X25519') throw new TypeError('The encryption key must be X25519');
  const signingX = readOkpX(publicHalf(keys.signing.publicKey));
  const encryptionX = readOkpX(publicHalf(keys.encryption.publicKey));
  return {
    keys: [
      { kty: 'OKP', crv: 'Ed25519', use: 'sig', kid: keys.signing.kid, alg: 'EdDSA', x: signingX },
      { kty: 'OKP', crv: 'X25519', use: 'enc', kid: keys.encryption.kid, alg: 'ECDH-ES', x: encryptionX },
    ],
  };
}

function failJwks(code: Extract<ImportJwksResult, { ok: false }>['code'], message: string): ImportJwksResult {
  return { ok: false, code, message };
}

/**
 * Parses a registry JWKS into KeyObjects, split by use. Input comes from another institution, so
 * anything unexpected is refused rather than guessed at: each key must be an OKP key with a `kid`,
 * `use` matching its curve (sig/Ed25519, enc/X25519) and, when present, the matching `alg`. A key
 * carrying a private member (`d`) is refused outright: whoever published it has leaked it.
 */
export function importPublicJwks(jwks: unknown): ImportJwksResult {
  if (!isRecord(jwks) || !Array.isArray(jwks.keys)) return failJwks('jwks.malformed', 'A JWKS is an object with a "keys" array.');
  if (jwks.keys.length === 0 || jwks.keys.length > MAX_JWKS_KEYS) {
    return failJwks('jwks.malformed', `A JWKS holds between 1 and ${MAX_JWKS_KEYS} keys.`);
  }
  const signing: PublicKeyRef[] = [];
  const encryption: PublicKeyRef[] = [];
  const kids = new Set<string>();
  for (const [index, jwk] of jwks.keys.entries()) {
    if (!isRecord(jwk)) return failJwks('jwks.malformed', `Key ${index} is not an object.`);
    if ('d' in jwk) return failJwks('jwks.private-key', `Key ${index} contains private key material.`);
    if (typeof jwk.kid !== 'string' || !KID_PATTERN.test(jwk.kid)) return failJwks('jwks.malformed', `Key ${index} has no valid "kid".`);
    if (kids.has(jwk.kid)) return failJwks('jwks.duplicate-kid', `The kid of key ${index} is used twice.`);
    kids.add(jwk.kid);
    if (jwk.kty !== 'OKP') return failJwks('jwks.unsupported-key', `Key ${index} is not an OKP key.`);
    const isSigning = jwk.crv === 'Ed25519' && jwk.use === 'sig' && (jwk.alg === undefined || jwk.alg === 'EdDSA');
    const isEncryption = jwk.crv === 'X25519' && jwk.use === 'enc' && (jwk.alg === undefined || jwk.alg === 'ECDH-ES');
    if (!isSigning && !isEncryption) {
      return failJwks('jwks.unsupported-key', `Key ${index} must be Ed25519 with use "sig" or X25519 with use "enc".`);
    }
    if (typeof jwk.x !== 'string' || !OKP_X_PATTERN.test(jwk.x)) return failJwks('jwks.malformed', `Key ${index} has no valid "x".`);
    let publicKey: KeyObject;
    try {
      publicKey = createPublicKey({ key: { kty: 'OKP', crv: jwk.crv as string, x: jwk.x }, format: 'jwk' });
    } catch {
      return failJwks('jwks.malformed', `Key ${index} is not a valid ${String(jwk.crv)} public key.`);
    }
    (isSigning ? signing : encryption).push({ kid: jwk.kid, publicKey });
  }
  return { ok: true, signing, encryption };
}

function temporaryName(file: string): string {
  return `${file}.${process.pid}.${randomUUID()}.tmp`;
}

const pemOf = (key: KeyObject) => key.export({ format: 'pem', type: 'pkcs8' }) as string;

/**
 * Writes the keys, replacing any present (rotation, restore). Each file is written under a
 * temporary name with mode 0600 and renamed, so it is never visible half-written nor, even
 * briefly, readable by others.
 */
export async function savePrivateKeys(directory: string, keys: InstitutionKeys): Promise<void> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  for (const [name, key] of [
    [SIGNING_KEY_FILE, keys.signing.privateKey],
    [ENCRYPTION_KEY_FILE, keys.encryption.privateKey],
  ] as const) {
    const file = path.join(directory, name);
    const temporary = temporaryName(file);
    await writeFile(temporary, pemOf(key), { mode: 0o600, flag: 'wx' });
    await rename(temporary, file);
  }
}

function parsePrivatePem(pem: string, file: string, expected: 'ed25519' | 'x25519'): KeyPair {
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: pem, format: 'pem' });
  } catch {
    throw new Error(`${file} does not hold a readable PKCS#8 private key`);
  }
  if (key.asymmetricKeyType !== expected) throw new Error(`${file} holds a ${String(key.asymmetricKeyType)} key, expected ${expected}`);
  return toKeyPair(key, expected);
}

/**
 * Loads the institution's keys from `directory`, creating both on first start. Exactly one file
 * present is refused: silently generating the missing half would change a key registered at the
 * hub, and every peer would then reject this node with no clue why.
 */
export async function loadOrCreatePrivateKeys(directory: string): Promise<InstitutionKeys> {
  const signingFile = path.join(directory, SIGNING_KEY_FILE);
  const encryptionFile = path.join(directory, ENCRYPTION_KEY_FILE);
  const readBoth = () => Promise.all([readFileIfExists(signingFile), readFileIfExists(encryptionFile)]);
  let [signingPem, encryptionPem] = await readBoth();
  if (signingPem === undefined && encryptionPem === undefined) {
    // Two processes of one node may start together: whichever creates a file first wins it, and
    // both read back what is on disk, so they cannot end up running with different keys.
    const keys = generateInstitutionKeys();
    await mkdir(directory, { recursive: true, mode: 0o700 });
    await createFileIfAbsent(signingFile, pemOf(keys.signing.privateKey));
    await createFileIfAbsent(encryptionFile, pemOf(keys.encryption.privateKey));
    [signingPem, encryptionPem] = await readBoth();
  }
  // One file without its sibling may be another process's creation half done (it links one file, then
  // the other, ADR 0019): read again for a moment before calling it a lost key.
  for (let wait = 0; wait < 40 && (signingPem === undefined) !== (encryptionPem === undefined); wait += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    [signingPem, encryptionPem] = await readBoth();
  }
  if (signingPem === undefined || encryptionPem === undefined) {
    const missing = signingPem === undefined ? signingFile : encryptionFile;
    throw new Error(`${missing} is missing while its sibling key exists; restore it from backup rather than generate a new one`);
  }
  return {
    signing: parsePrivatePem(signingPem, signingFile, 'ed25519'),
    encryption: parsePrivatePem(encryptionPem, encryptionFile, 'x25519'),
  };
}
