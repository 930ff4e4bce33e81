/**
 * The hub keys persons by HMAC-SHA256(secret, NISS): the directory and the log hold no plain NISS
 * (architecture, Identifiers). The secret never leaves the hub.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export type Pseudonymiser = (niss: string) => Buffer;

export async function loadPseudonymiser(directory: string): Promise<Pseudonymiser> {
  await mkdir(directory, { recursive: true, mode: 0o700 });
  const file = path.join(directory, 'pseudonym.key');
  let secret: Buffer;
  if (existsSync(file)) secret = Buffer.from((await readFile(file, 'utf8')).trim(), 'base64');
  else {
    secret = randomBytes(32);
    await writeFile(file, secret.toString('base64'), { mode: 0o600 });
  }
  return (niss) => createHmac('sha256', secret).update(niss).digest();
}
