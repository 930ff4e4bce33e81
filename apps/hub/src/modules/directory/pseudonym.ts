/**
 * The hub keys persons by HMAC-SHA256(secret, NISS): the directory and the log hold no plain NISS
 * (architecture, Identifiers). The secret never leaves the hub.
 */
import { createHmac } from 'node:crypto';
import { loadOrCreateSecret } from '#platform/secret-file.ts';

export type Pseudonymiser = (niss: string) => Buffer;

/** The secret is created once, on first use; every hub process of one deployment reads the same file (ADR 0019). */
export async function loadPseudonymiser(directory: string): Promise<Pseudonymiser> {
  const secret = await loadOrCreateSecret(directory, 'pseudonym.key');
  return (niss) => createHmac('sha256', secret).update(niss).digest();
}
