/**
 * Sealing a record's free text at rest (AES-256-GCM) under a key of the service's key directory, bound
 * to the row it belongs to (additional data): a database dump or a backup shows no person's words
 * (issue 12, F6: the hub kept block reasons in plain text). The key never leaves the service.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { loadOrCreateSecret } from './secret-file.ts';

export type Sealer = {
  /** The text sealed: version (1), IV (12), tag (16), ciphertext. */
  seal(text: string, boundTo: string): Buffer;
  /** The text, or null when the sealed value was altered or bound to another row. */
  open(sealed: Buffer, boundTo: string): string | null;
};

const VERSION = 1;

export function createSealer(key: Buffer): Sealer {
  if (key.length !== 32) throw new RangeError('A sealing key has 32 bytes');
  return {
    seal(text, boundTo) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(boundTo, 'utf8'));
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.of(VERSION), iv, cipher.getAuthTag(), body]);
    },
    open(sealed, boundTo) {
      if (sealed.length < 29 || sealed[0] !== VERSION) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(1, 13));
        decipher.setAAD(Buffer.from(boundTo, 'utf8'));
        decipher.setAuthTag(sealed.subarray(13, 29));
        return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]).toString('utf8');
      } catch {
        return null;
      }
    },
  };
}

/** The sealer of `<directory>/<name>.key`, created (random, mode 0600) on first use, once for every process. */
export async function loadSealer(directory: string, name = 'records'): Promise<Sealer> {
  return createSealer(await loadOrCreateSecret(directory, `${name}.key`));
}
